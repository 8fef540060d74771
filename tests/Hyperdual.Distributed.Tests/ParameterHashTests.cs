namespace Hyperdual.Distributed.Tests;

public class ParameterHashTests
{
    [Fact]
    public void EqualVectorsHashEqual() => Assert.Equal(ParameterHash.Of([1.0, 2.5, -3.0]), ParameterHash.Of([1.0, 2.5, -3.0]));

    [Fact]
    public void OneChangedBitChangesTheHash()
    {
        double[] theta = [1.0, 2.5, -3.0];
        ulong before = ParameterHash.Of(theta);
        theta[1] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(theta[1]) ^ 1);
        Assert.NotEqual(before, ParameterHash.Of(theta));
    }

    [Fact]
    public void MinusZeroAndZeroDiffer() => Assert.NotEqual(ParameterHash.Of([0.0]), ParameterHash.Of([-0.0]));

    [Fact]
    public void TheEmptyVectorHashesToTheFnvOffsetBasis() => Assert.Equal(14695981039346656037UL, ParameterHash.Of([]));
}
