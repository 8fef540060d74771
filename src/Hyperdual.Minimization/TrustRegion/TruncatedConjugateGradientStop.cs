namespace Hyperdual.Minimization.TrustRegion;

/// <summary>Why the truncated conjugate-gradient (Steihaug–Toint) iteration ended.</summary>
public enum TruncatedConjugateGradientStop
{
    /// <summary>The model gradient <c>g + Hp</c> fell below the tolerance inside the region (an interior, approximately Newton, step).</summary>
    Converged,

    /// <summary>A CG step would have left the region; the step was cut at the boundary.</summary>
    Boundary,

    /// <summary>A search direction of non-positive curvature was met; the step follows it to the boundary.</summary>
    NegativeCurvature,

    /// <summary>The iteration limit was reached inside the region.</summary>
    IterationLimit,
}
