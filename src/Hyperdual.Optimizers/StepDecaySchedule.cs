namespace Hyperdual.Optimizers;

/// <summary>
/// Step decay: the multiplier is <c>γ^⌊(t − 1) / StepSize⌋</c>, so steps 1 … StepSize use the base rate,
/// the next StepSize steps use <c>γ</c> times it, and so on.
/// </summary>
public sealed class StepDecaySchedule : ILearningRateSchedule
{
    /// <summary>Creates a step-decay schedule.</summary>
    /// <param name="stepSize">The number of steps between decays; at least 1.</param>
    /// <param name="decayFactor">The factor <c>γ</c> applied at each decay; in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public StepDecaySchedule(long stepSize, double decayFactor)
    {
        if (stepSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "The step size must be at least 1.");
        }

        if (!(decayFactor > 0.0 && decayFactor <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(decayFactor), decayFactor, "The decay factor must lie in (0, 1].");
        }

        StepSize = stepSize;
        DecayFactor = decayFactor;
    }

    /// <summary>The number of steps between decays.</summary>
    public long StepSize { get; }

    /// <summary>The factor applied at each decay.</summary>
    public double DecayFactor { get; }

    /// <inheritdoc/>
    public double Multiplier(long step)
    {
        long decays = Math.Max(0, step - 1) / StepSize;
        return Math.Pow(DecayFactor, decays);
    }
}
