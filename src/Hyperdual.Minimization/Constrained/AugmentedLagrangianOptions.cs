namespace Hyperdual.Minimization.Constrained;

/// <summary>Settings of <see cref="ConstrainedMinimizer.AugmentedLagrangian"/>.</summary>
public sealed record AugmentedLagrangianOptions
{
    /// <summary>Maximum number of outer (multiplier-update) iterations. Default 100.</summary>
    public int MaxOuterIterations { get; init; } = 100;

    /// <summary>Required constraint violation (complementarity-aware for inequalities). Default 1e-9.</summary>
    public double ConstraintTolerance { get; init; } = 1e-9;

    /// <summary>Required norm of the gradient of the Lagrangian at the final point. Default 1e-8.</summary>
    public double OptimalityTolerance { get; init; } = 1e-8;

    /// <summary>The initial penalty ρ₀. Default 10.</summary>
    public double InitialPenalty { get; init; } = 10.0;

    /// <summary>The factor by which ρ grows when the violation did not fall to a quarter. Default 10.</summary>
    public double PenaltyGrowth { get; init; } = 10.0;

    /// <summary>The largest penalty. Default 1e10.</summary>
    public double MaxPenalty { get; init; } = 1e10;

    /// <summary>Settings of the inner Newton trust-region solves. Default: 500 iterations, gradient tolerance 1e-10.</summary>
    public NewtonTrustRegionOptions Inner { get; init; } = new() { MaxIterations = 500, GradientTolerance = 1e-10 };

    /// <summary>Record one trace row per outer iteration. Default false.</summary>
    public bool RecordTrace { get; init; }

    internal void Validate()
    {
        if (MaxOuterIterations < 1)
        {
            throw new ArgumentException($"Option MaxOuterIterations = {MaxOuterIterations} must be ≥ 1.", "options");
        }

        if (!(ConstraintTolerance > 0.0) || !(OptimalityTolerance > 0.0))
        {
            throw new ArgumentException("Options ConstraintTolerance and OptimalityTolerance must be positive.", "options");
        }

        if (!(InitialPenalty > 0.0) || !double.IsFinite(InitialPenalty) || !(PenaltyGrowth > 1.0) || !(MaxPenalty >= InitialPenalty))
        {
            throw new ArgumentException("Options need InitialPenalty > 0 finite, PenaltyGrowth > 1 and MaxPenalty ≥ InitialPenalty.", "options");
        }

        ArgumentNullException.ThrowIfNull(Inner);
        Inner.Validate();
    }
}
