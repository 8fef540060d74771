namespace Hyperdual.Optimizers;

/// <summary>How SOAA's trust-region factor <c>d</c> follows the ratio <c>ρ</c> of observed to predicted loss reduction.</summary>
public enum SoaaTrustRegionRule
{
    /// <summary>Vo 2024 as transcribed: <c>d ← clip(ρ·d, lower(t), upper(t))</c>.</summary>
    ClippedRatio = 0,

    /// <summary>
    /// Tadam's three-band rule (Yang, Cho &amp; Lee 2023): shrink <c>d ← (1 − γ)d</c> when <c>ρ &lt; γ</c>,
    /// grow <c>d ← (1 + γ)d</c> when <c>ρ &gt; 1 − γ</c>, keep <c>d</c> otherwise; then clip into the band.
    /// The factors <c>1 ∓ γ</c> are our choice (the paper's text is not available to us).
    /// </summary>
    ThreeBand = 1,
}
