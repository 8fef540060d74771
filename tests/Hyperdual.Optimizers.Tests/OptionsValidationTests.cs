namespace Hyperdual.Optimizers.Tests;

/// <summary>Every out-of-range hyper-parameter is refused with an exception that names it.</summary>
public sealed class OptionsValidationTests
{
    public static IEnumerable<object[]> BadOptions()
    {
        object[] Row(string name, Action construct) => [name, construct];

        yield return Row("LearningRate", () => _ = new SgdOptimizer<double>(3, new SgdOptions { LearningRate = -1 }));
        yield return Row("LearningRate", () => _ = new SgdOptimizer<double>(3, new SgdOptions { LearningRate = double.NaN }));
        yield return Row("Momentum", () => _ = new SgdOptimizer<double>(3, new SgdOptions { Momentum = 1.0 }));
        yield return Row("Dampening", () => _ = new SgdOptimizer<double>(3, new SgdOptions { Dampening = -0.1 }));
        yield return Row("WeightDecay", () => _ = new SgdOptimizer<double>(3, new SgdOptions { WeightDecay = double.PositiveInfinity }));
        yield return Row("Nesterov", () => _ = new SgdOptimizer<double>(3, new SgdOptions { Nesterov = true }));
        yield return Row("Nesterov", () => _ = new SgdOptimizer<double>(3, new SgdOptions { Nesterov = true, Momentum = 0.9, Dampening = 0.1 }));
        yield return Row("schedule", () => _ = new SgdOptimizer<double>(3, new SgdOptions { Schedule = null! }));
        yield return Row("parameterCount", () => _ = new SgdOptimizer<double>(0));

        yield return Row("LearningRate", () => _ = new AdamOptimizer<float>(3, new AdamOptions { LearningRate = -1e-3 }));
        yield return Row("Beta1", () => _ = new AdamOptimizer<float>(3, new AdamOptions { Beta1 = 1.0 }));
        yield return Row("Beta1", () => _ = new AdamOptimizer<float>(3, new AdamOptions { Beta1 = -0.5 }));
        yield return Row("Beta2", () => _ = new AdamOptimizer<float>(3, new AdamOptions { Beta2 = 1.5 }));
        yield return Row("Epsilon", () => _ = new AdamOptimizer<float>(3, new AdamOptions { Epsilon = 0 }));
        yield return Row("WeightDecay", () => _ = new AdamOptimizer<float>(3, new AdamOptions { WeightDecay = -1 }));
        yield return Row("parameterCount", () => _ = new AdamOptimizer<float>(-4));

        yield return Row("Beta2", () => _ = new AdamWOptimizer<double>(3, new AdamWOptions { Beta2 = 1.0 }));
        yield return Row("Epsilon", () => _ = new AdamWOptimizer<double>(3, new AdamWOptions { Epsilon = -1e-8 }));
        yield return Row("WeightDecay", () => _ = new AdamWOptimizer<double>(3, new AdamWOptions { WeightDecay = double.NaN }));

        yield return Row("PlannedSteps", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 0 }));
        yield return Row("Gamma", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, Gamma = 1.0 }));
        yield return Row("Gamma", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, Gamma = -0.1 }));
        yield return Row("Beta1", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, Beta1 = 2 }));
        yield return Row("Epsilon", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, Epsilon = 0 }));
        yield return Row("TrustRegionRule", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, TrustRegionRule = (SoaaTrustRegionRule)7 }));
        yield return Row("FisherScale", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, FisherScale = (SoaaFisherScale)7 }));
        yield return Row("AfterPlannedSteps", () => _ = new SoaaOptimizer<double>(3, new SoaaOptions { PlannedSteps = 10, AfterPlannedSteps = (SoaaBandAfterPlannedSteps)7 }));
        yield return Row("options", () => _ = new SoaaOptimizer<double>(3, null!));

        yield return Row("stepSize", () => _ = new StepDecaySchedule(0, 0.5));
        yield return Row("decayFactor", () => _ = new StepDecaySchedule(10, 0));
        yield return Row("decayFactor", () => _ = new StepDecaySchedule(10, 1.5));
        yield return Row("totalSteps", () => _ = new CosineSchedule(10, 10));
        yield return Row("warmupSteps", () => _ = new CosineSchedule(10, -1));
        yield return Row("floor", () => _ = new CosineSchedule(10, 0, 1.5));
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void BadHyperParameterIsNamed(string parameterName, Action construct)
    {
        var e = Assert.ThrowsAny<ArgumentException>(construct);
        Assert.Equal(parameterName, e.ParamName);
    }

    [Fact]
    public void DefaultsAreTheDocumentedOnes()
    {
        var adam = new AdamOptions();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 0.0, false), (adam.LearningRate, adam.Beta1, adam.Beta2, adam.Epsilon, adam.WeightDecay, adam.AmsGrad));
        var adamW = new AdamWOptions();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 1e-2), (adamW.LearningRate, adamW.Beta1, adamW.Beta2, adamW.Epsilon, adamW.WeightDecay));
        var soaa = new SoaaOptions { PlannedSteps = 5 };
        Assert.Equal((1e-3, 0.9, 0.999, 0.1, 0.0, 1e-8), (soaa.LearningRate, soaa.Beta1, soaa.Beta2, soaa.Gamma, soaa.WeightDecay, soaa.Epsilon));
        Assert.Equal(SoaaTrustRegionRule.ClippedRatio, soaa.TrustRegionRule);
        var tadam = SoaaOptions.Tadam(5);
        Assert.Equal((0.25, SoaaTrustRegionRule.ThreeBand, SoaaFisherScale.SumOfRatios), (tadam.Gamma, tadam.TrustRegionRule, tadam.FisherScale));
        var sgd = new SgdOptions();
        Assert.Equal((1e-2, 0.0, 0.0, false, 0.0), (sgd.LearningRate, sgd.Momentum, sgd.Dampening, sgd.Nesterov, sgd.WeightDecay));
        Assert.Same(ConstantSchedule.Instance, sgd.Schedule);
    }

    public static IEnumerable<object[]> EveryOptimizer() =>
        from name in ReferenceImplementationTests.Configurations select new object[] { name };

    [Theory]
    [MemberData(nameof(EveryOptimizer))]
    public void WrongSpanLengthsAreNamed(string name)
    {
        IGradientOptimizer<float> optimizer = OptimizerCatalog.Create<float>(name, 5, 10);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => optimizer.Step(new float[4], new float[5], 1.0)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => optimizer.Step(new float[5], new float[6], 1.0)).ParamName);
        Assert.Equal(0, optimizer.StepCount);
    }

    [Fact]
    public void ABrokenScheduleIsReported()
    {
        var optimizer = new AdamOptimizer<double>(2, new AdamOptions { Schedule = new NegativeSchedule() });
        var e = Assert.Throws<InvalidOperationException>(() => optimizer.Step(new double[2], new double[2], 0.0));
        Assert.Contains(nameof(NegativeSchedule), e.Message);
    }

    [Fact]
    public void TheLossIsIgnoredByOptimizersThatDoNotUseIt()
    {
        double[] a = [1, 2], b = [1, 2];
        var first = new AdamOptimizer<double>(2);
        var second = new AdamOptimizer<double>(2);
        first.Step(a, [0.5, -0.5], double.NaN);
        second.Step(b, [0.5, -0.5], 3.0);
        Assert.Equal(a, b);
    }

    private sealed class NegativeSchedule : ILearningRateSchedule
    {
        public double Multiplier(long step) => -1.0;
    }
}
