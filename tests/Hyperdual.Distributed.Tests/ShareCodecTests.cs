namespace Hyperdual.Distributed.Tests;

public class ShareCodecTests
{
    [Theory]
    [InlineData(1, 24)]
    [InlineData(2, 48)]
    [InlineData(3, 80)]
    [InlineData(4, 120)]
    public void AForwardModeShareIsEightBytesPerNumber(int k, int bytes)
    {
        // 1 + K + K(K+1)/2 float64 numbers: 3, 6, 10, 15.
        int numbers = 1 + k + (k * (k + 1) / 2);
        Assert.Equal(bytes, ShareCodec.Length(numbers, 8));
        Assert.Equal(bytes, ShareCodec.Encode(new double[numbers], 8).Length);
    }

    [Fact]
    public void AFloat32GradientShareIsTheLossPlusFourBytesPerParameter() =>
        Assert.Equal(8 + (4 * 7850), ShareCodec.Encode(new double[1 + 7850], 4).Length);

    [Fact]
    public void Float64ValuesRoundTripExactly()
    {
        double[] values = [Math.PI, -1e-300, double.MaxValue, 0.1, -0.0];
        Assert.Equal(values, ShareCodec.Decode(ShareCodec.Encode(values, 8), 8));
    }

    [Fact]
    public void Float32ValuesKeepAFloat64Loss()
    {
        double[] values = [Math.PI, 0.1, 3.0];
        double[] decoded = ShareCodec.Decode(ShareCodec.Encode(values, 4), 4);
        Assert.Equal(Math.PI, decoded[0]);
        Assert.Equal((double)0.1f, decoded[1]);
        Assert.Equal(3.0, decoded[2]);
    }

    [Fact]
    public void ALengthThatDoesNotFitTheWidthIsRejected() =>
        Assert.Throws<InvalidDataException>(() => ShareCodec.Decode(new byte[8 + 6], 4));

    [Fact]
    public void AWidthOtherThanFourOrEightIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ShareCodec.Encode([1.0], 2));
}
