namespace Hyperdual.Optimizers;

/// <summary>
/// Cosine decay with an optional linear warm-up. For <c>t ≤ W</c> (warm-up steps) the multiplier is
/// <c>t / W</c>; after it, with progress <c>p = min(1, (t − W) / (N − W))</c> over <c>N</c> total steps,
/// the multiplier is <c>m + (1 − m)·½(1 + cos πp)</c>, falling from 1 to the floor <c>m</c> at step
/// <c>N</c> and staying at <c>m</c> past it.
/// </summary>
public sealed class CosineSchedule : ILearningRateSchedule
{
    /// <summary>Creates a cosine schedule.</summary>
    /// <param name="totalSteps">The step <c>N</c> at which the multiplier reaches its floor; greater than <paramref name="warmupSteps"/>.</param>
    /// <param name="warmupSteps">The number <c>W</c> of linear warm-up steps; 0 for none.</param>
    /// <param name="floor">The final multiplier <c>m</c>; in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public CosineSchedule(long totalSteps, long warmupSteps = 0, double floor = 0.0)
    {
        if (warmupSteps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(warmupSteps), warmupSteps, "The number of warm-up steps must not be negative.");
        }

        if (totalSteps <= warmupSteps)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps, $"The total number of steps must exceed the warm-up steps ({warmupSteps}).");
        }

        if (!(floor >= 0.0 && floor <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "The floor multiplier must lie in [0, 1].");
        }

        TotalSteps = totalSteps;
        WarmupSteps = warmupSteps;
        Floor = floor;
    }

    /// <summary>The step at which the multiplier reaches its floor.</summary>
    public long TotalSteps { get; }

    /// <summary>The number of linear warm-up steps.</summary>
    public long WarmupSteps { get; }

    /// <summary>The final multiplier.</summary>
    public double Floor { get; }

    /// <inheritdoc/>
    public double Multiplier(long step)
    {
        if (step <= WarmupSteps)
        {
            return Math.Max(0, step) / (double)WarmupSteps;
        }

        double progress = Math.Min(1.0, (step - WarmupSteps) / (double)(TotalSteps - WarmupSteps));
        return Floor + ((1.0 - Floor) * 0.5 * (1.0 + Math.Cos(Math.PI * progress)));
    }
}
