using Hyperdual.Tensors.Ops;

namespace Hyperdual.Tensors.Tests.Ops;

/// <summary>
/// The elementwise functions that draw on the scalar rules table give log's and exp's closed forms inside the
/// domain, the boundary limits at 0, and NaN in every part outside the domain.
/// </summary>
public sealed class ScalarRuleFunctionTests
{
    [Theory]
    [InlineData(2.0)]
    [InlineData(0.5)]
    [InlineData(1e-300)]
    [InlineData(7.25e10)]
    public void LogInsideTheDomainIsOneOverXAndMinusOneOverXSquared(double x)
    {
        default(LogFunction).Evaluate(x, out double value, out double first, out double second);
        Assert.Equal(Math.Log(x), value, 15);
        Assert.Equal(1.0 / x, first, 1.0 / x * 1e-15);
        Assert.Equal(-1.0 / (x * x), second, 1.0 / (x * x) * 1e-15);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-300)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void LogBelowZeroOrAtNaNIsNaNInEveryPart(double x)
    {
        default(LogFunction).Evaluate(x, out double value, out double first, out double second);
        Assert.True(double.IsNaN(value), $"value {value}");
        Assert.True(double.IsNaN(first), $"first {first}");
        Assert.True(double.IsNaN(second), $"second {second}");
        Assert.True(double.IsNaN(default(LogFunction).Value(x)));
    }

    [Fact]
    public void LogAtZeroHasMinusInfiniteValueInfiniteSlopeOfTheZerosSignAndMinusInfiniteCurvature()
    {
        default(LogFunction).Evaluate(0.0, out double value, out double first, out double second);
        Assert.Equal(double.NegativeInfinity, value);
        Assert.Equal(double.PositiveInfinity, first);
        Assert.Equal(double.NegativeInfinity, second);

        default(LogFunction).Evaluate(-0.0, out _, out double firstAtNegativeZero, out _);
        Assert.Equal(double.NegativeInfinity, firstAtNegativeZero);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.5)]
    [InlineData(2.0)]
    public void ExpHasEveryPartEqualToExp(double x)
    {
        default(ExpFunction).Evaluate(x, out double value, out double first, out double second);
        double e = Math.Exp(x);
        Assert.Equal(e, value, e * 1e-15);
        Assert.Equal(e, first, e * 1e-15);
        Assert.Equal(e, second, e * 1e-15);
    }

    [Fact]
    public void LogInFloatMatchesTheClosedFormsAndIsNaNBelowZero()
    {
        default(LogFunction).Evaluate(4f, out float value, out float first, out float second);
        Assert.Equal(MathF.Log(4f), value, 6);
        Assert.Equal(0.25f, first, 6);
        Assert.Equal(-0.0625f, second, 6);

        default(LogFunction).Evaluate(-4f, out float v, out float f1, out float f2);
        Assert.True(float.IsNaN(v) && float.IsNaN(f1) && float.IsNaN(f2));
    }
}
