namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>
/// How <see cref="HyperplaneStep"/> makes the K×K hyperplane curvature H̃ safely positive definite: with
/// <c>H̃ = QΛQᵀ</c>, each eigenvalue λ becomes <c>max(|λ|, RelativeFloor·max|λ|, AbsoluteFloor)</c>; an
/// all-zero H̃ becomes the identity.
/// </summary>
public sealed record CurvatureRepairOptions
{
    /// <summary>
    /// Whether to repair H̃ before solving. Default true. Without it an indefinite or singular H̃ is solved as
    /// it is (the FoMoH reference's behaviour), which can step uphill or arbitrarily far.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// The floor relative to the largest curvature, in [0, 1]: no repaired eigenvalue falls below
    /// <c>RelativeFloor·max|λ|</c>, so the repaired H̃ has condition number at most 1/RelativeFloor. Default
    /// 1e-8: small enough to leave any reasonably conditioned positive-definite H̃ untouched (so K = n
    /// reproduces Newton's step where the Hessian is positive definite), large enough to keep the solve finite.
    /// </summary>
    public double RelativeFloor { get; init; } = 1e-8;

    /// <summary>
    /// The floor in the loss's own units, finite and ≥ 0: no repaired eigenvalue falls below it, so
    /// <c>‖κ‖ ≤ ‖g̃‖/AbsoluteFloor</c> however small the curvature. Default 0 (off), so that the step does not
    /// depend on the loss's scale (multiplying L by c > 0 leaves κ unchanged) and the function minimisers
    /// keep their behaviour: on the Rosenbrock study's 69,000 hyperplane solves the smallest repaired
    /// eigenvalue is 3.1e-7, and no single floor would suit losses of every scale. Set it, in the loss's
    /// units, where a cap on the step length matters more than scale invariance.
    /// </summary>
    public double AbsoluteFloor { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">An option is out of range (the exception's parameter name is the option's);
    /// with repair enabled at least one floor must be positive.</exception>
    public void Validate()
    {
        if (!(RelativeFloor >= 0.0 && RelativeFloor <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeFloor), RelativeFloor, $"{nameof(RelativeFloor)} must lie in [0, 1].");
        }

        OptionChecks.NonNegative(AbsoluteFloor, nameof(AbsoluteFloor));
        if (Enabled && RelativeFloor == 0.0 && AbsoluteFloor == 0.0)
        {
            throw new ArgumentException($"With repair enabled, {nameof(RelativeFloor)} or {nameof(AbsoluteFloor)} must be positive, or a singular H̃ gives an infinite step.", nameof(RelativeFloor));
        }
    }
}
