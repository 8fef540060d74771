namespace Hyperdual.Minimization.TrustRegion;

/// <summary>How the trust radius Δ shrinks after a step whose actual reduction fell short of the model's (ρ &lt; ¼).</summary>
public enum TrustRadiusUpdate
{
    /// <summary>
    /// Δ ← t‖p‖ with t the minimiser of the quadratic through f(x), ∇f(x)ᵀp and f(x + p) along the step,
    /// kept in [0.2, 0.5] (the interpolation of Dennis &amp; Schnabel 1983, Algorithm A6.4.5, which keeps it in
    /// [0.1, 0.5]). The upper limit ½ is what breaks the classic rule's cycle; the lower limit 0.2 was chosen among
    /// 0.05, 0.1, 0.15, 0.2 and 0.25 as the one that keeps every built-in function's iteration count at or below
    /// the classic rule's and SciPy 1.10 <c>trust-exact</c>'s from the standard starts.
    /// </summary>
    Interpolated,

    /// <summary>
    /// Δ ← ¼‖p‖ (Nocedal &amp; Wright, Algorithm 4.1). On long curved valleys (chained Rosenbrock in 100
    /// dimensions) it cycles: a step of Δ fails, ¼Δ succeeds twice, doubling back to Δ, which fails again.
    /// </summary>
    Classic,
}
