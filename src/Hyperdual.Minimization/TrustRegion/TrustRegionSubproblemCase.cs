namespace Hyperdual.Minimization.TrustRegion;

/// <summary>Which case of the trust-region subproblem a solution falls in.</summary>
public enum TrustRegionSubproblemCase
{
    /// <summary>The Hessian is positive definite and the Newton step lies strictly inside the region (λ = 0).</summary>
    Interior,

    /// <summary>The step lies on the boundary, <c>‖p‖ = Δ</c>, with λ &gt; max(0, −λ_min) from the secular equation.</summary>
    Boundary,

    /// <summary>
    /// The hard case: the gradient is (numerically) orthogonal to the eigenspace of the smallest eigenvalue,
    /// λ = −λ_min, and the step is completed to the boundary along that eigenspace.
    /// </summary>
    HardCase,
}
