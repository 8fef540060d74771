namespace Hyperdual.Optimizers;

/// <summary>
/// Hyper-parameters of <see cref="SoaaOptimizer{T}"/>. The defaults are Vo 2024's (η = 1e-3,
/// β = (0.9, 0.999), γ = 0.1, λ = 0, ε = 1e-8); <see cref="Tadam"/> gives the closest published
/// ancestor's choices instead. <see cref="PlannedSteps"/> has no default: it is the training run's length.
/// </summary>
public sealed record SoaaOptions
{
    /// <summary>The base learning rate η. Default 1e-3.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The first-moment decay β₁ in [0, 1), also the decay of the loss average. Default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>The second-moment decay β₂ in [0, 1). Default 0.999.</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>The trust-region band parameter γ in [0, 1). Default 0.1.</summary>
    public double Gamma { get; init; } = 0.1;

    /// <summary>The decoupled weight decay λ: each step also subtracts <c>ηλθ</c>. Default 0.</summary>
    public double WeightDecay { get; init; }

    /// <summary>The ε of the denominator, of the Fisher factor and of <c>max(p, ε)</c> in ρ; positive. Default 1e-8.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>The planned number of steps <c>T</c> of the training run, which sets the band's schedule; at least 1.</summary>
    public required long PlannedSteps { get; init; }

    /// <summary>How <c>d</c> follows <c>ρ</c>. Default <see cref="SoaaTrustRegionRule.ClippedRatio"/>.</summary>
    public SoaaTrustRegionRule TrustRegionRule { get; init; } = SoaaTrustRegionRule.ClippedRatio;

    /// <summary>How the Fisher factor is formed. Default <see cref="SoaaFisherScale.RatioOfSums"/>.</summary>
    public SoaaFisherScale FisherScale { get; init; } = SoaaFisherScale.RatioOfSums;

    /// <summary>What the band does past <see cref="PlannedSteps"/>. Default <see cref="SoaaBandAfterPlannedSteps.Continue"/>.</summary>
    public SoaaBandAfterPlannedSteps AfterPlannedSteps { get; init; } = SoaaBandAfterPlannedSteps.Continue;

    /// <summary>Adapt <c>d</c> from ρ; false holds <c>d = 1</c> at every step (an ablation). Default true.</summary>
    public bool AdaptTrustRegion { get; init; } = true;

    /// <summary>The learning-rate schedule. Default constant.</summary>
    public ILearningRateSchedule Schedule { get; init; } = ConstantSchedule.Instance;

    /// <summary>
    /// Tadam's choices (Yang, Cho &amp; Lee 2023) on SOAA's state: the three-band rule for <c>d</c>,
    /// γ = 0.25 and the sum-of-ratios Fisher factor. Tadam's centred variance state is not reproduced.
    /// </summary>
    /// <param name="plannedSteps">The planned number of steps <c>T</c>.</param>
    /// <returns>The options; change others with <c>with</c>.</returns>
    public static SoaaOptions Tadam(long plannedSteps) => new()
    {
        PlannedSteps = plannedSteps,
        Gamma = 0.25,
        TrustRegionRule = SoaaTrustRegionRule.ThreeBand,
        FisherScale = SoaaFisherScale.SumOfRatios,
    };

    /// <summary>Checks every hyper-parameter.</summary>
    /// <exception cref="ArgumentException">A hyper-parameter is out of range; the exception names it.</exception>
    public void Validate()
    {
        OptionChecks.NonNegative(LearningRate, nameof(LearningRate));
        OptionChecks.DecayRate(Beta1, nameof(Beta1));
        OptionChecks.DecayRate(Beta2, nameof(Beta2));
        OptionChecks.DecayRate(Gamma, nameof(Gamma));
        OptionChecks.NonNegative(WeightDecay, nameof(WeightDecay));
        OptionChecks.Positive(Epsilon, nameof(Epsilon));
        OptionChecks.Schedule(Schedule);
        if (PlannedSteps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PlannedSteps), PlannedSteps, "PlannedSteps must be at least 1.");
        }

        if (!Enum.IsDefined(TrustRegionRule))
        {
            throw new ArgumentOutOfRangeException(nameof(TrustRegionRule), TrustRegionRule, "Unknown trust-region rule.");
        }

        if (!Enum.IsDefined(FisherScale))
        {
            throw new ArgumentOutOfRangeException(nameof(FisherScale), FisherScale, "Unknown Fisher scale.");
        }

        if (!Enum.IsDefined(AfterPlannedSteps))
        {
            throw new ArgumentOutOfRangeException(nameof(AfterPlannedSteps), AfterPlannedSteps, "Unknown band behaviour after the planned steps.");
        }
    }
}
