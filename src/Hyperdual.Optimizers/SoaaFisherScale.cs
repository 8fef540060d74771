namespace Hyperdual.Optimizers;

/// <summary>How SOAA's scalar Fisher factor <c>s</c> in <c>F = s·v̂</c> is formed from the bias-corrected moments.</summary>
public enum SoaaFisherScale
{
    /// <summary>Vo 2024 as transcribed: <c>s = 1 + Σᵢ m̂ᵢ² / Σᵢ (v̂ᵢ + ε)</c> (a ratio of sums over all parameters).</summary>
    RatioOfSums = 0,

    /// <summary>Tadam's form: <c>s = 1 + Σᵢ m̂ᵢ² / (v̂ᵢ + ε)</c> (a sum of ratios).</summary>
    SumOfRatios = 1,
}
