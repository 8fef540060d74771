namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>The hyper-parameters of <see cref="ForwardModeOptimizer"/>.</summary>
public sealed record ForwardOptimizerOptions
{
    /// <summary>The base learning rate η.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>K, the number of directions per step (FoMoH-KD only; FGD, FoMoH and FoMoH-BP use one).</summary>
    public int Directions { get; init; } = 3;

    /// <summary>Where FoMoH-KD's directions come from.</summary>
    public DirectionMode DirectionMode { get; init; } = DirectionMode.Random;

    /// <summary>The direction seed: step t (t = 1, 2, …) draws its directions from <c>Directions.StepSeed(Seed, t − 1)</c>.</summary>
    public ulong Seed { get; init; }

    /// <summary>How FoMoH-KD makes the hyperplane Hessian positive definite.</summary>
    public CurvatureRepairOptions Repair { get; init; } = new();

    /// <summary>ε in FoMoH's <c>(∇L·v) / (|vᵀ∇²L v| + ε)</c>; also FoMoH-BP's.</summary>
    public double CurvatureEpsilon { get; init; } = 1e-8;

    /// <summary>The largest update norm ‖Δθ‖ allowed; a longer update is scaled down to it (∞: no clipping).</summary>
    public double MaxUpdateNorm { get; init; } = double.PositiveInfinity;

    /// <summary>Whether to backtrack (Armijo, sufficient decrease 1e-4, halving) on the same mini-batch's loss.</summary>
    public bool Backtracking { get; init; }

    /// <summary>The most halvings backtracking tries before it drops the step.</summary>
    public int MaxHalvings { get; init; } = 10;

    /// <summary>The learning-rate schedule.</summary>
    public ILearningRateSchedule Schedule { get; init; } = ConstantSchedule.Instance;

    /// <summary>Checks every option; throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        OptionChecks.Positive(LearningRate, nameof(LearningRate));
        if (Directions < 1 || Directions > HyperplaneStep.MaxDirections)
        {
            throw new ArgumentOutOfRangeException(nameof(Directions), Directions, $"{nameof(Directions)} (K) must lie in [1, {HyperplaneStep.MaxDirections}].");
        }

        if (!Enum.IsDefined(DirectionMode))
        {
            throw new ArgumentOutOfRangeException(nameof(DirectionMode), DirectionMode, "Unknown direction mode.");
        }

        ArgumentNullException.ThrowIfNull(Repair, nameof(Repair));
        Repair.Validate();
        OptionChecks.NonNegative(CurvatureEpsilon, nameof(CurvatureEpsilon));
        if (!(MaxUpdateNorm > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxUpdateNorm), MaxUpdateNorm, $"{nameof(MaxUpdateNorm)} must be positive (∞ for no clipping).");
        }

        if (MaxHalvings < 1 || MaxHalvings > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHalvings), MaxHalvings, $"{nameof(MaxHalvings)} must lie in [1, 60].");
        }

        OptionChecks.Schedule(Schedule);
    }
}
