namespace Hyperdual.Minimization.Constrained;

/// <summary>
/// The outcome of a constrained minimisation. Multipliers follow the Lagrangian
/// <c>L = f − Σ λᵢ cᵢ − Σ μⱼ hⱼ − Σ νₖ (xₖ − lₖ) − Σ ωₖ (uₖ − xₖ)</c>, so at a KKT point
/// <c>∇f = Σ λᵢ∇cᵢ + Σ μⱼ∇hⱼ + ν − ω</c> with μ, ν, ω ≥ 0.
/// </summary>
public sealed record ConstrainedResult
{
    /// <summary>The final point.</summary>
    public required double[] Minimizer { get; init; }

    /// <summary>The objective f at <see cref="Minimizer"/>.</summary>
    public required double Value { get; init; }

    /// <summary>The constraint violation at <see cref="Minimizer"/> (<see cref="ConstrainedProblem.Violation"/>).</summary>
    public required double ConstraintViolation { get; init; }

    /// <summary>‖∇ₓL‖ with the final multipliers.</summary>
    public required double LagrangianGradientNorm { get; init; }

    /// <summary>The multipliers λ of the equality constraints.</summary>
    public required double[] EqualityMultipliers { get; init; }

    /// <summary>The multipliers μ ≥ 0 of the inequality constraints (0 for inactive ones).</summary>
    public required double[] InequalityMultipliers { get; init; }

    /// <summary>The multipliers ν ≥ 0 of the lower bounds (0 where the bound is −∞ or inactive).</summary>
    public required double[] LowerBoundMultipliers { get; init; }

    /// <summary>The multipliers ω ≥ 0 of the upper bounds (0 where the bound is +∞ or inactive).</summary>
    public required double[] UpperBoundMultipliers { get; init; }

    /// <summary>Outer (multiplier-update) iterations.</summary>
    public required int OuterIterations { get; init; }

    /// <summary>Newton trust-region iterations summed over all inner solves.</summary>
    public required int InnerIterations { get; init; }

    /// <summary>Plain-value evaluations of the augmented Lagrangian.</summary>
    public required int FunctionEvaluations { get; init; }

    /// <summary>Derivative evaluations of the augmented Lagrangian.</summary>
    public required int DerivativeEvaluations { get; init; }

    /// <summary>The final penalty ρ.</summary>
    public required double Penalty { get; init; }

    /// <summary>Why the method stopped: <see cref="StopReason.ConstraintTolerance"/> on success.</summary>
    public required StopReason Reason { get; init; }

    /// <summary>One row per outer iteration when requested, otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<ConstrainedIterationRecord>? Trace { get; init; }

    /// <summary>Whether both tolerances were met.</summary>
    public bool Converged => Reason == StopReason.ConstraintTolerance;
}
