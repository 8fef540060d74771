namespace Hyperdual.Minimization;

/// <summary>Why a minimiser stopped.</summary>
public enum StopReason
{
    /// <summary>The gradient norm fell to the gradient tolerance: a first-order stationary point.</summary>
    GradientTolerance,

    /// <summary>The step (or the trust radius) fell below the step tolerance relative to ‖x‖.</summary>
    StepTolerance,

    /// <summary>An accepted step changed the value by no more than the function tolerance relative to |f|.</summary>
    FunctionTolerance,

    /// <summary>The value reached the requested target.</summary>
    TargetValue,

    /// <summary>The iteration limit was reached.</summary>
    MaxIterations,

    /// <summary>The function-evaluation limit was reached.</summary>
    MaxFunctionEvaluations,

    /// <summary>The value, gradient, curvature or step became NaN or infinite.</summary>
    NonFinite,

    /// <summary>Constrained problems: the constraint violation and the Lagrangian gradient met their tolerances.</summary>
    ConstraintTolerance,

    /// <summary>Constrained problems: the outer augmented-Lagrangian iteration limit was reached without meeting the tolerances.</summary>
    MaxOuterIterations,
}
