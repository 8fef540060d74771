namespace Hyperdual.Optimizers;

/// <summary>Another schedule's multiplier times a constant factor (e.g. 0.5ʰ after h halvings on divergence).
/// Schedules are not part of an optimizer's saved state, so an optimizer rebuilt with a scaled schedule loads
/// the state of the unscaled one.</summary>
public sealed class ScaledSchedule : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="inner">The schedule to scale.</param>
    /// <param name="factor">The factor, finite and positive.</param>
    public ScaledSchedule(ILearningRateSchedule inner, double factor)
    {
        OptionChecks.Schedule(inner);
        OptionChecks.Positive(factor, nameof(factor));
        Inner = inner;
        Factor = factor;
    }

    /// <summary>The scaled schedule.</summary>
    public ILearningRateSchedule Inner { get; }

    /// <summary>The factor.</summary>
    public double Factor { get; }

    /// <inheritdoc/>
    public double Multiplier(long step) => Inner.Multiplier(step) * Factor;
}
