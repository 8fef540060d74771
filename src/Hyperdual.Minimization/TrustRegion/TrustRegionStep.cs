namespace Hyperdual.Minimization.TrustRegion;

/// <summary>A solution of the trust-region subproblem <c>min gᵀp + ½ pᵀHp</c> subject to <c>‖p‖ ≤ Δ</c>.</summary>
/// <param name="Step">The step <c>p</c>.</param>
/// <param name="ModelChange">The model value <c>gᵀp + ½ pᵀHp</c> at the step (≤ 0).</param>
/// <param name="Multiplier">The Lagrange multiplier λ ≥ 0 of the norm constraint: <c>(H + λI)p = −g</c>.</param>
/// <param name="Case">Interior, boundary or hard case.</param>
public sealed record TrustRegionStep(double[] Step, double ModelChange, double Multiplier, TrustRegionSubproblemCase Case)
{
    /// <summary>Whether the step lies on the trust-region boundary.</summary>
    public bool OnBoundary => Case != TrustRegionSubproblemCase.Interior;
}
