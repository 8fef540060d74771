namespace Hyperdual.Minimization.TrustRegion;

/// <summary>The trust-radius update shared by the trust-region Newton methods (dense and matrix-free).</summary>
/// <remarks>
/// ρ &lt; ¼: shrink by <see cref="TrustRadiusUpdate"/>; ρ &gt; ¾ with the step on the boundary: Δ ← min(2Δ, Δ_max);
/// otherwise Δ is kept.
/// </remarks>
internal static class TrustRadius
{
    /// <summary>The smallest fraction of the failed step the interpolated rule shrinks to.</summary>
    private const double SmallestShrink = 0.2;

    /// <summary>The largest fraction of the failed step the interpolated rule shrinks to.</summary>
    private const double LargestShrink = 0.5;

    /// <summary>The radius for the next iteration.</summary>
    /// <param name="rule">The shrink rule.</param>
    /// <param name="radius">The current radius Δ.</param>
    /// <param name="maxRadius">The largest radius.</param>
    /// <param name="rho">The ratio of actual to predicted reduction (−∞ when the trial value is not finite).</param>
    /// <param name="stepNorm">‖p‖.</param>
    /// <param name="onBoundary">Whether the step lies on the boundary of the region.</param>
    /// <param name="value">f(x).</param>
    /// <param name="slope">The directional derivative ∇f(x)ᵀp (negative for a model-decreasing step).</param>
    /// <param name="trialValue">f(x + p), possibly not finite.</param>
    /// <returns>The new radius.</returns>
    public static double Next(TrustRadiusUpdate rule, double radius, double maxRadius, double rho, double stepNorm, bool onBoundary, double value, double slope, double trialValue)
    {
        if (rho < 0.25)
        {
            return rule == TrustRadiusUpdate.Classic ? 0.25 * stepNorm : ShrinkFraction(value, slope, trialValue) * stepNorm;
        }

        return rho > 0.75 && onBoundary ? Math.Min(2.0 * radius, maxRadius) : radius;
    }

    /// <summary>
    /// The minimiser t of the quadratic φ(t) with φ(0) = f(x), φ′(0) = ∇f(x)ᵀp, φ(1) = f(x + p), namely
    /// t = −φ′(0) / (2(φ(1) − φ(0) − φ′(0))), kept in [0.2, 0.5]. A non-finite trial value gives 0.2; a
    /// quadratic without a minimum (curvature ≤ 0) or an ascent slope gives 0.5.
    /// </summary>
    internal static double ShrinkFraction(double value, double slope, double trialValue)
    {
        if (!double.IsFinite(trialValue))
        {
            return SmallestShrink;
        }

        double curvature = trialValue - value - slope;
        if (!(curvature > 0.0) || !(slope < 0.0))
        {
            return LargestShrink;
        }

        return Math.Clamp(-slope / (2.0 * curvature), SmallestShrink, LargestShrink);
    }
}
