namespace Hyperdual.Minimization.TrustRegion;

/// <summary>An approximate solution of the trust-region subproblem from <see cref="TruncatedConjugateGradient"/>.</summary>
/// <param name="Step">The step <c>p</c>, with <c>‖p‖ ≤ Δ</c>.</param>
/// <param name="ModelChange">The model value <c>gᵀp + ½ pᵀHp</c> at the step (≤ 0), accumulated exactly from the CG recurrences.</param>
/// <param name="Products">The number of Hessian-vector products used.</param>
/// <param name="Stop">Why the iteration ended.</param>
public sealed record TruncatedConjugateGradientStep(double[] Step, double ModelChange, int Products, TruncatedConjugateGradientStop Stop)
{
    /// <summary>Whether the step lies on the trust-region boundary.</summary>
    public bool OnBoundary => Stop is TruncatedConjugateGradientStop.Boundary or TruncatedConjugateGradientStop.NegativeCurvature;
}
