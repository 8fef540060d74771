using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// The explicit state of <see cref="SoaaOptimizer{T}"/>: Adam's moments (the same record Adam uses) plus
/// the scalars of the trust region.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SoaaState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal SoaaState(int parameterCount)
    {
        Moments = new AdamState<T>(parameterCount, amsGrad: false);
    }

    /// <summary>Adam's moments and the step count.</summary>
    public AdamState<T> Moments { get; }

    /// <summary>The number of steps taken.</summary>
    public long Count => Moments.Count;

    /// <summary>The trust-region factor <c>d</c> used by the last step (1 before the first).</summary>
    public double TrustRegion { get; internal set; } = 1.0;

    /// <summary>The exponential average of the losses with β₁, not bias-corrected (0 before the first step).</summary>
    public double LossAverage { get; internal set; }

    /// <summary>The reduction <c>p = η(Σ m̂·u − ½ Σ v̂·u²)</c> predicted by the last step's model (0 before the first).</summary>
    public double PredictedReduction { get; internal set; }

    /// <summary>The ratio ρ computed at the last step; NaN until step 2, the first step that has one.</summary>
    public double LastRatio { get; internal set; } = double.NaN;

    /// <summary>The Fisher factor <c>s</c> of the last step, <c>F = s·v̂</c> (NaN before the first step).</summary>
    public double FisherFactor { get; internal set; } = double.NaN;
}
