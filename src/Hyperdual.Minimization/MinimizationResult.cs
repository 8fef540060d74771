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

    /// <summary>Hessian-vector products (the matrix-free Newton method's conjugate-gradient iterations); 0 for the other methods.</summary>
    public int HessianVectorProducts { get; init; }

    /// <summary>Why the method stopped.</summary>
    public required StopReason Reason { get; init; }

    /// <summary>The per-iteration trace when it was requested, otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<IterationRecord>? Trace { get; init; }

    /// <summary>The default of <see cref="ConvergedGradientNorm"/>.</summary>
    public const double DefaultConvergedGradientNorm = 1e-6;

    /// <summary>
    /// The largest ‖∇f‖ at which a stop by the step or function-change test still counts as converged
    /// (default <see cref="DefaultConvergedGradientNorm"/>): a trust region that collapses away from a
    /// minimiser also stops on the step test.
    /// </summary>
    public double ConvergedGradientNorm { get; init; } = DefaultConvergedGradientNorm;

    /// <summary>
    /// Whether the run ended at a first-order stationary point: it stopped on the gradient test, or on the
    /// step or function-change test with ‖∇f‖ ≤ <see cref="ConvergedGradientNorm"/>; or it reached the
    /// caller's own target value. A limit (iterations, evaluations) or a non-finite value is never converged.
    /// </summary>
    public bool Converged => Reason switch
    {
        StopReason.GradientTolerance or StopReason.TargetValue => true,
        StopReason.StepTolerance or StopReason.FunctionTolerance or StopReason.ConstraintTolerance => GradientNorm <= ConvergedGradientNorm,
        _ => false,
    };
}
