namespace Hyperdual.Optimizers.Tests;

/// <summary>The properties of SOAA the paper claims, plus the band's closed forms.</summary>
public sealed class SoaaTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(5000)]
    public void WithTinyGradientsAndDHeldAtOneTheStepIsAdams(int n)
    {
        // d·s·v̂ < √v̂ for |g| ~ 1e-6, so max(d·F, √v̂) = √v̂ and u = m̂ / (√v̂ + ε): Adam's step exactly.
        var soaa = new SoaaOptimizer<double>(n, new SoaaOptions { PlannedSteps = 100, AdaptTrustRegion = false, WeightDecay = 1e-3 });
        var adamW = new AdamWOptimizer<double>(n, new AdamWOptions { WeightDecay = 1e-3 });
        var adam = new AdamOptimizer<double>(n, new AdamOptions());
        var soaaNoDecay = new SoaaOptimizer<double>(n, new SoaaOptions { PlannedSteps = 100, AdaptTrustRegion = false });
        var random = new Random(3);
        double[] theta = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        double[] a = (double[])theta.Clone(), b = (double[])theta.Clone(), c = (double[])theta.Clone(), e = (double[])theta.Clone();
        var g = new double[n];
        for (int step = 0; step < 20; step++)
        {
            for (int i = 0; i < n; i++)
            {
                g[i] = 1e-6 * ((2.0 * random.NextDouble()) - 1.0);
            }

            double loss = 1.0 + random.NextDouble();
            soaa.Step(a, g, loss);
            adamW.Step(b, g, loss);
            soaaNoDecay.Step(c, g, loss);
            adam.Step(e, g, loss);
            Assert.Equal(1.0, soaa.State.TrustRegion);
            Assert.True(soaa.State.FisherFactor < 1.01, $"Fisher factor {soaa.State.FisherFactor} is not ≈ 1: the precondition d·s·v̂ < √v̂ is not met.");
        }

        Assert.Equal(b, a);
        Assert.Equal(e, c);
        Assert.NotEqual(theta, a);
    }

    [Fact]
    public void TheFirstStepHasDEqualToOne()
    {
        var soaa = new SoaaOptimizer<float>(4, new SoaaOptions { PlannedSteps = 10 });
        float[] theta = [1, 2, 3, 4];
        soaa.Step(theta, [1e-6f, -1e-6f, 2e-6f, 0f], 5.0);
        Assert.Equal(1.0, soaa.State.TrustRegion);
        Assert.True(double.IsNaN(soaa.State.LastRatio));
    }

    public static IEnumerable<object[]> BandCases() =>
        from rule in new[] { SoaaTrustRegionRule.ClippedRatio, SoaaTrustRegionRule.ThreeBand }
        from after in new[] { SoaaBandAfterPlannedSteps.Continue, SoaaBandAfterPlannedSteps.HoldFinal }
        from gamma in new[] { 0.1, 0.25 }
        select new object[] { rule, after, gamma };

    [Theory]
    [MemberData(nameof(BandCases))]
    public void DStaysInsideItsBandAtEveryStepIncludingPastT(SoaaTrustRegionRule rule, SoaaBandAfterPlannedSteps after, double gamma)
    {
        const long planned = 40;
        const int n = 9;
        var options = new SoaaOptions { PlannedSteps = planned, Gamma = gamma, TrustRegionRule = rule, AfterPlannedSteps = after, LearningRate = 1e-2 };
        var soaa = new SoaaOptimizer<double>(n, options);
        var random = new Random(11);
        var theta = new double[n];
        var g = new double[n];
        bool touchedLower = false, touchedUpper = false;
        for (long t = 1; t <= 5 * planned; t++)
        {
            // Erratic losses and gradients of every scale drive ρ far to both sides.
            double scale = Math.Pow(10, random.Next(-6, 4));
            for (int i = 0; i < n; i++)
            {
                g[i] = scale * ((2.0 * random.NextDouble()) - 1.0);
            }

            double loss = random.Next(4) switch { 0 => 1.0, 1 => 1e3 * random.NextDouble(), 2 => -random.NextDouble(), _ => 10.0 };
            soaa.Step(theta, g, loss);

            // The band, written from its definition here.
            double exponent = (t - 1) / (double)planned;
            if (after == SoaaBandAfterPlannedSteps.HoldFinal)
            {
                exponent = Math.Min(exponent, 1.0);
            }

            double lower = Math.Pow(1 - gamma, exponent), upper = 1 + Math.Pow(gamma, exponent);
            double d = soaa.State.TrustRegion;
            Assert.True(d >= lower && d <= upper, $"t={t}: d = {d} outside [{lower}, {upper}].");
            touchedLower |= t > 1 && d == lower;
            touchedUpper |= t > 1 && d == upper;
            Assert.All(theta, x => Assert.True(double.IsFinite(x)));
        }

        Assert.True(touchedLower && touchedUpper, "The run never pushed d to both edges; it does not exercise the clipping.");
    }

    [Theory]
    [InlineData(SoaaTrustRegionRule.ClippedRatio)]
    [InlineData(SoaaTrustRegionRule.ThreeBand)]
    public void AConstantLossGivesNoNaN(SoaaTrustRegionRule rule)
    {
        var soaa = new SoaaOptimizer<float>(6, new SoaaOptions { PlannedSteps = 20, TrustRegionRule = rule });
        var random = new Random(5);
        var theta = new float[6];
        var g = new float[6];
        for (int t = 1; t <= 60; t++)
        {
            for (int i = 0; i < g.Length; i++)
            {
                g[i] = (float)random.NextDouble();
            }

            soaa.Step(theta, g, 3.0);
            Assert.True(double.IsFinite(soaa.State.TrustRegion), $"t={t}: d = {soaa.State.TrustRegion}");
            Assert.True(t == 1 || double.IsFinite(soaa.State.LastRatio), $"t={t}: ρ = {soaa.State.LastRatio}");
            Assert.All(theta, x => Assert.True(float.IsFinite(x)));
        }
    }

    [Fact]
    public void ANonPositivePredictionGivesNoNaN()
    {
        // A zero gradient makes u = 0 and p = 0 ≤ 0; ρ then divides by ε and must stay finite.
        var soaa = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10 });
        double[] theta = [1, 2, 3];
        double[] zero = [0, 0, 0];
        double[] losses = [2.0, 1.0, 1.0, 5.0, 0.5];
        bool sawNonPositive = false;
        foreach (double loss in losses)
        {
            sawNonPositive |= soaa.StepCount > 0 && soaa.State.PredictedReduction <= 0.0;
            soaa.Step(theta, zero, loss);
            Assert.True(double.IsFinite(soaa.State.TrustRegion));
            Assert.True(soaa.StepCount == 1 || double.IsFinite(soaa.State.LastRatio));
            Assert.Equal([1.0, 2.0, 3.0], theta);
        }

        Assert.True(sawNonPositive);
    }

    [Fact]
    public void ANaNLossIsRejectedNotAbsorbed()
    {
        var soaa = new SoaaOptimizer<double>(2, new SoaaOptions { PlannedSteps = 10 });
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => soaa.Step(new double[2], new double[2], double.NaN));
        Assert.Equal("loss", e.ParamName);
        Assert.Equal(0, soaa.StepCount);
    }

    [Theory]
    [InlineData(SoaaTrustRegionRule.ClippedRatio, 0.1, 0.05)]
    [InlineData(SoaaTrustRegionRule.ClippedRatio, 0.1, -3.0)]
    [InlineData(SoaaTrustRegionRule.ThreeBand, 0.25, 0.2)]
    [InlineData(SoaaTrustRegionRule.ThreeBand, 0.25, -1.0)]
    public void ARatioBelowGammaShrinksD(SoaaTrustRegionRule rule, double gamma, double rho)
    {
        var options = new SoaaOptions { PlannedSteps = 10, Gamma = gamma, TrustRegionRule = rule };
        double d = SoaaTrustRegion.Update(1.0, rho, step: 6, options);
        Assert.True(d < 1.0, $"ρ = {rho} gave d = {d}");
        double lower = Math.Pow(1 - gamma, 0.5);
        double expected = rule == SoaaTrustRegionRule.ClippedRatio ? lower : Math.Max(1 - gamma, lower);
        Assert.Equal(expected, d, 15);
    }

    [Theory]
    [InlineData(SoaaTrustRegionRule.ClippedRatio, 0.1, 1.05)]
    [InlineData(SoaaTrustRegionRule.ClippedRatio, 0.1, 50.0)]
    [InlineData(SoaaTrustRegionRule.ThreeBand, 0.25, 0.8)]
    [InlineData(SoaaTrustRegionRule.ThreeBand, 0.25, 1e6)]
    public void ALargeRatioGrowsD(SoaaTrustRegionRule rule, double gamma, double rho)
    {
        var options = new SoaaOptions { PlannedSteps = 10, Gamma = gamma, TrustRegionRule = rule };
        double d = SoaaTrustRegion.Update(1.0, rho, step: 6, options);
        double upper = 1 + Math.Pow(gamma, 0.5);
        double expected = rule == SoaaTrustRegionRule.ClippedRatio ? Math.Min(rho, upper) : Math.Min(1 + gamma, upper);
        Assert.True(d > 1.0, $"ρ = {rho} gave d = {d}");
        Assert.Equal(expected, d, 15);
    }

    [Fact]
    public void ThreeBandKeepsDInTheMiddleBand()
    {
        var options = SoaaOptions.Tadam(10);
        Assert.Equal(1.1, SoaaTrustRegion.Update(1.1, 0.5, step: 6, options));
    }

    [Fact]
    public void StepShrinksDWhenTheLossRisesAndGrowsItWhenItFallsMoreThanPredicted()
    {
        // Same first step; then a loss that rises (ρ < 0 < γ) or falls far more than p₁ (ρ ≫ 1).
        double dAfterRise = SecondStepD(lossAtStep2: 2.0, out double pRise, out double rhoRise);
        double dAfterFall = SecondStepD(lossAtStep2: 1.0 - 1e-2, out double pFall, out double rhoFall);
        double lower = Math.Pow(0.9, 1.0 / 50), upper = 1 + Math.Pow(0.1, 1.0 / 50);

        Assert.True(pRise > 0 && pFall > 0);
        Assert.Equal((1.0 - 2.0) / pRise, rhoRise, 12);
        Assert.Equal((1.0 - 0.99) / pFall, rhoFall, 12);
        Assert.Equal(lower, dAfterRise, 15);
        Assert.Equal(Math.Min(rhoFall, upper), dAfterFall, 15);
        Assert.True(dAfterRise < 1.0 && dAfterFall > 1.0);
    }

    private static double SecondStepD(double lossAtStep2, out double predictedAfterStep1, out double rho)
    {
        var soaa = new SoaaOptimizer<double>(2, new SoaaOptions { PlannedSteps = 50 });
        double[] theta = [0.5, -0.5];
        soaa.Step(theta, [1e-3, -2e-3], 1.0);
        predictedAfterStep1 = soaa.State.PredictedReduction;
        soaa.Step(theta, [1e-3, -2e-3], lossAtStep2);
        rho = soaa.State.LastRatio;
        return soaa.State.TrustRegion;
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    public void TheBandHasItsClosedForms(double gamma)
    {
        const long T = 100;
        Assert.Equal((1.0, 2.0), SoaaTrustRegion.Band(1, T, gamma, SoaaBandAfterPlannedSteps.Continue));
        (double lo, double hi) = SoaaTrustRegion.Band(T + 1, T, gamma, SoaaBandAfterPlannedSteps.Continue);
        Assert.Equal(1 - gamma, lo, 15);
        Assert.Equal(1 + gamma, hi, 15);
        (lo, hi) = SoaaTrustRegion.Band((2 * T) + 1, T, gamma, SoaaBandAfterPlannedSteps.Continue);
        Assert.Equal((1 - gamma) * (1 - gamma), lo, 15);
        Assert.Equal(1 + (gamma * gamma), hi, 15);
        (lo, hi) = SoaaTrustRegion.Band((2 * T) + 1, T, gamma, SoaaBandAfterPlannedSteps.HoldFinal);
        Assert.Equal(1 - gamma, lo, 15);
        Assert.Equal(1 + gamma, hi, 15);
    }

    [Fact]
    public void FarPastTheLowerEdgeUnderflowsWithoutNaN()
    {
        // (1 − γ)^((t−1)/T) underflows to 0 for huge t; an infinite ρ times d = 0 must not give NaN.
        var options = new SoaaOptions { PlannedSteps = 1 };
        (double lower, _) = SoaaTrustRegion.Band(1_000_000, 1, 0.1, SoaaBandAfterPlannedSteps.Continue);
        Assert.Equal(0.0, lower);
        Assert.Equal(0.0, SoaaTrustRegion.Update(0.0, double.PositiveInfinity, 1_000_000, options));
        Assert.Equal(0.0, SoaaTrustRegion.Update(1.0, double.NaN, 1_000_000, options));
    }
}
