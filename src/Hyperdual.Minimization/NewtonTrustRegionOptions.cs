using Hyperdual.Minimization.TrustRegion;

namespace Hyperdual.Minimization;

/// <summary>Settings of <see cref="Minimizer.NewtonTrustRegion"/> and <see cref="Minimizer.NewtonConjugateGradient"/>.</summary>
public sealed record NewtonTrustRegionOptions
{
    /// <summary>Maximum number of trust-region iterations (accepted or rejected). Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Maximum number of plain-value plus derivative evaluations. Default 100 000.</summary>
    public int MaxFunctionEvaluations { get; init; } = 100_000;

    /// <summary>Stop when ‖∇f‖₂ ≤ this. Default 1e-10.</summary>
    public double GradientTolerance { get; init; } = 1e-10;

    /// <summary>Stop when the step (or the trust radius after a rejection) is ≤ this × (1 + ‖x‖). Default 1e-15.</summary>
    public double StepTolerance { get; init; } = 1e-15;

    /// <summary>Stop when an accepted step changes f by ≤ this × max(|f|, tiny). Default 0 (off: exact arithmetic stalls are caught by the step test).</summary>
    public double FunctionTolerance { get; init; }

    /// <summary>The initial trust radius Δ₀. Default 1.</summary>
    public double InitialRadius { get; init; } = 1.0;

    /// <summary>The largest trust radius. Default 1e10.</summary>
    public double MaxRadius { get; init; } = 1e10;

    /// <summary>Accept a step when the ratio ρ of actual to predicted reduction exceeds this. Default 1e-4.</summary>
    public double AcceptanceRatio { get; init; } = 1e-4;

    /// <summary>
    /// How the radius shrinks after a poor step. Default <see cref="TrustRadiusUpdate.Interpolated"/> (100-D chained
    /// Rosenbrock from the standard start to ‖∇f‖ ≤ 1e-5: 159 iterations, 4 rejected, against 359 and 115 with
    /// <see cref="TrustRadiusUpdate.Classic"/>).
    /// </summary>
    public TrustRadiusUpdate RadiusUpdate { get; init; } = TrustRadiusUpdate.Interpolated;

    /// <summary>Record a per-iteration trace in the result. Default false.</summary>
    public bool RecordTrace { get; init; }

    /// <summary>Called with each iteration's record as the run goes (on the calling thread), e.g. for a verbose display; optional.</summary>
    public Action<IterationRecord>? OnIteration { get; init; }

    internal void Validate()
    {
        Require(MaxIterations >= 0, nameof(MaxIterations), MaxIterations, "must be ≥ 0");
        Require(MaxFunctionEvaluations >= 1, nameof(MaxFunctionEvaluations), MaxFunctionEvaluations, "must be ≥ 1");
        Require(GradientTolerance >= 0.0, nameof(GradientTolerance), GradientTolerance, "must be ≥ 0");
        Require(StepTolerance >= 0.0, nameof(StepTolerance), StepTolerance, "must be ≥ 0");
        Require(FunctionTolerance >= 0.0, nameof(FunctionTolerance), FunctionTolerance, "must be ≥ 0");
        Require(InitialRadius > 0.0 && double.IsFinite(InitialRadius), nameof(InitialRadius), InitialRadius, "must be positive and finite");
        Require(MaxRadius >= InitialRadius && double.IsFinite(MaxRadius), nameof(MaxRadius), MaxRadius, "must be finite and ≥ InitialRadius");
        Require(Enum.IsDefined(RadiusUpdate), nameof(RadiusUpdate), (double)RadiusUpdate, "is not a defined rule");
        Require(AcceptanceRatio >= 0.0 && AcceptanceRatio < 0.25, nameof(AcceptanceRatio), AcceptanceRatio, "must lie in [0, 0.25)");
    }

    private static void Require(bool condition, string name, double value, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Option {name} = {value} {problem}.", "options");
        }
    }
}
