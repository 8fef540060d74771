using Hyperdual.Minimization.TrustRegion;

namespace Hyperdual.Minimization.Tests.TrustRegion;

public sealed class TrustRadiusTests
{
    [Theory]
    // φ(0) = 1, φ′(0) = −1, φ(1) = 1: φ(t) = 1 − t + t², minimum at t = ½.
    [InlineData(1.0, -1.0, 1.0, 0.5)]
    // φ(1) = 2: φ(t) = 1 − t + 2t², minimum at t = ¼.
    [InlineData(1.0, -1.0, 2.0, 0.25)]
    // φ(1) = 2.25: curvature 2.25, minimum at t = 2/9.
    [InlineData(1.0, -1.0, 2.25, 2.0 / 9.0)]
    // φ(1) = 100: t = 1/200, kept at the lower limit 0.2.
    [InlineData(1.0, -1.0, 100.0, 0.2)]
    // φ(1) = 0.2 < φ(0) + φ′(0): the quadratic has no minimum; the upper limit ½.
    [InlineData(1.0, -1.0, -0.2, 0.5)]
    public void ShrinkFractionIsTheMinimiserOfTheFittedQuadraticKeptInALimitedRange(double value, double slope, double trial, double expected)
    {
        Assert.Equal(expected, TrustRadius.ShrinkFraction(value, slope, trial), 1e-15);
    }

    [Fact]
    public void NonFiniteTrialShrinksToTheLowerLimit()
    {
        Assert.Equal(0.2, TrustRadius.ShrinkFraction(1.0, -1.0, double.PositiveInfinity));
        Assert.Equal(0.2, TrustRadius.ShrinkFraction(1.0, -1.0, double.NaN));
    }

    [Theory]
    // Step of length 2; φ(t) = 1 − t + 1.5t² (φ(1) = 1.5): minimum at t = 1/3, so 2/3 under the interpolated rule; ¼ · 2 classically.
    [InlineData(TrustRadiusUpdate.Classic, 0.5)]
    [InlineData(TrustRadiusUpdate.Interpolated, 2.0 / 3.0)]
    public void PoorStepShrinksTheRadiusByTheChosenRule(TrustRadiusUpdate rule, double expected)
    {
        double next = TrustRadius.Next(rule, radius: 2.0, maxRadius: 10.0, rho: 0.1, stepNorm: 2.0, onBoundary: true, value: 1.0, slope: -1.0, trialValue: 1.5);
        Assert.Equal(expected, next, 1e-15);
    }

    [Fact]
    public void GoodBoundaryStepDoublesUpToTheLimitAndOtherStepsKeepTheRadius()
    {
        Assert.Equal(4.0, TrustRadius.Next(TrustRadiusUpdate.Interpolated, 2.0, 10.0, 0.9, 2.0, true, 1.0, -1.0, 0.0));
        Assert.Equal(3.0, TrustRadius.Next(TrustRadiusUpdate.Interpolated, 2.0, 3.0, 0.9, 2.0, true, 1.0, -1.0, 0.0));
        Assert.Equal(2.0, TrustRadius.Next(TrustRadiusUpdate.Interpolated, 2.0, 10.0, 0.9, 1.0, false, 1.0, -1.0, 0.0));
        Assert.Equal(2.0, TrustRadius.Next(TrustRadiusUpdate.Interpolated, 2.0, 10.0, 0.5, 2.0, true, 1.0, -1.0, 0.0));
    }
}
