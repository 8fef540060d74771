using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.Reverse;

/// <summary>Bad arguments get the same exception, argument name and message as in forward mode.</summary>
public sealed class ReverseArgumentTests
{
    private static readonly Sphere F = new();

    public static TheoryData<double[]> BadPoints() => new([], [1.0, double.NaN], [double.PositiveInfinity], [2.0, 3.0, double.NegativeInfinity]);

    [Theory]
    [MemberData(nameof(BadPoints))]
    public void BadPointsAreRejectedAsInForwardMode(double[] x)
    {
        ArgumentException forward = Assert.Throws<ArgumentException>(() => Derivatives.Gradient(F, x));
        ArgumentException reverse = Assert.Throws<ArgumentException>(() => ReverseDerivatives.Gradient(F, x));
        Assert.Equal("x", reverse.ParamName);
        Assert.Equal(forward.Message, reverse.Message);
        Assert.Equal(forward.Message, Assert.Throws<ArgumentException>(() => ReverseDerivatives.ValueAndGradient(F, x)).Message);
        double[] v = new double[x.Length];
        Assert.Equal(forward.Message, Assert.Throws<ArgumentException>(() => ReverseDerivatives.HessianVectorProduct(F, x, v)).Message);
        Assert.Equal(forward.Message, Assert.Throws<ArgumentException>(() => ReverseDerivatives.Gradient(F, x, new GradientTape<double>())).Message);
    }

    [Theory]
    [InlineData(new[] { 1.0 })]
    [InlineData(new[] { 1.0, 2.0, 3.0 })]
    [InlineData(new[] { 1.0, double.NaN })]
    [InlineData(new[] { double.NegativeInfinity, 1.0 })]
    public void BadDirectionsAreRejectedAsInForwardMode(double[] v)
    {
        double[] x = [1.0, 2.0];
        ArgumentException forward = Assert.Throws<ArgumentException>(() => Derivatives.HessianVectorProduct(F, x, v));
        ArgumentException reverse = Assert.Throws<ArgumentException>(() => ReverseDerivatives.HessianVectorProduct(F, x, v));
        Assert.Equal("v", reverse.ParamName);
        Assert.Equal(forward.Message, reverse.Message);
        ArgumentException withTape = Assert.Throws<ArgumentException>(
            () => ReverseDerivatives.HessianVectorProduct<double>(F, x, v, new GradientTape<Dual<double>>()));
        Assert.Equal(forward.Message, withTape.Message);
    }

    [Fact]
    public void NullArgumentsAreNamed()
    {
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => ReverseDerivatives.Gradient(null!, [1.0])).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => ReverseDerivatives.HessianVectorProduct(null!, [1.0], [1.0])).ParamName);
        Assert.Equal("tape", Assert.Throws<ArgumentNullException>(() => ReverseDerivatives.Gradient<double>(F, [1.0], null!)).ParamName);
        Assert.Equal("tape", Assert.Throws<ArgumentNullException>(
            () => ReverseDerivatives.HessianVectorProduct<double>(F, [1.0], [1.0], null!)).ParamName);
    }
}
