namespace Hyperdual.Optimizers;

/// <summary>
/// The hyper-parameters of the Adam family, shared by <see cref="AdamOptions"/> and <see cref="AdamWOptions"/>:
/// the two differ only in where the weight decay enters (<see cref="WeightDecayMode"/>) and in its default.
/// </summary>
public abstract record AdamHyperParameters
{
    /// <summary>The base learning rate η. Default 1e-3.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The first-moment decay β₁ in [0, 1). Default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>The second-moment decay β₂ in [0, 1). Default 0.999.</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>The ε added to <c>√v̂</c> in the denominator; positive. Default 1e-8.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>The weight decay λ, applied as <see cref="WeightDecayMode"/> says.</summary>
    public double WeightDecay { get; init; }

    /// <summary>AMSGrad: divide by the running maximum of the second moment. Default false.</summary>
    public bool AmsGrad { get; init; }

    /// <summary>The learning-rate schedule. Default constant.</summary>
    public ILearningRateSchedule Schedule { get; init; } = ConstantSchedule.Instance;

    /// <summary>Where the weight decay enters the step.</summary>
    public abstract AdamWeightDecay WeightDecayMode { get; }

    /// <summary>Checks every hyper-parameter.</summary>
    /// <exception cref="ArgumentException">A hyper-parameter is out of range; the exception names it.</exception>
    public void Validate()
    {
        OptionChecks.NonNegative(LearningRate, nameof(LearningRate));
        OptionChecks.DecayRate(Beta1, nameof(Beta1));
        OptionChecks.DecayRate(Beta2, nameof(Beta2));
        OptionChecks.Positive(Epsilon, nameof(Epsilon));
        OptionChecks.NonNegative(WeightDecay, nameof(WeightDecay));
        OptionChecks.Schedule(Schedule);
    }
}
