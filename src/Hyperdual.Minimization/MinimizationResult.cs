namespace Hyperdual.Minimization;

/// <summary>The outcome of an unconstrained minimisation.</summary>
public sealed record MinimizationResult
{
    /// <summary>The final iterate (the best accepted point for Newton trust region).</summary>
    public required double[] Minimizer { get; init; }

    /// <summary>The function value at <see cref="Minimizer"/>.</summary>
    public required double Value { get; init; }

    /// <summary>‖∇f‖ at <see cref="Minimizer"/> (computed once at the end for the forward-mode methods).</summary>
    public required double GradientNorm { get; init; }

    /// <summary>The number of iterations performed (accepted or rejected trust-region steps; optimizer steps).</summary>
    public required int Iterations { get; init; }

    /// <summary>Plain-value evaluations of the function.</summary>
    public required int FunctionEvaluations { get; init; }

    /// <summary>Derivative evaluations (a value–gradient–Hessian call, a gradient call or a directional pair each count one).</summary>
    public required int DerivativeEvaluations { get; init; }

    /// <summary>Why the method stopped.</summary>
    public required StopReason Reason { get; init; }

    /// <summary>The per-iteration trace when it was requested, otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<IterationRecord>? Trace { get; init; }

    /// <summary>Whether the stop reason is a convergence test (gradient, step, function change, target) rather than a limit or a failure.</summary>
    public bool Converged => Reason is StopReason.GradientTolerance or StopReason.StepTolerance or StopReason.FunctionTolerance or StopReason.TargetValue or StopReason.ConstraintTolerance;
}
