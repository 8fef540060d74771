namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>The explicit state of <see cref="ForwardModeOptimizer"/>: the step count and, in
/// <see cref="DirectionMode.Momentum"/>, the previous update. Directions themselves are never stored: each
/// step's are regenerated from the seed and the step number.</summary>
public sealed class ForwardModeState
{
    internal ForwardModeState(long count, double[]? previousUpdate)
    {
        Count = count;
        PreviousUpdate = previousUpdate;
    }

    /// <summary>The number of steps taken.</summary>
    public long Count { get; internal set; }

    /// <summary>The last update Δθ (momentum mode only; all zero before the first step or after a dropped step).</summary>
    public double[]? PreviousUpdate { get; }
}
