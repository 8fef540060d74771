namespace Hyperdual.Optimizers;

/// <summary>The learning rate a schedule gives at a step.</summary>
internal static class ScheduledRate
{
    /// <summary>The learning rate of step <paramref name="step"/>: base rate times the schedule's multiplier, checked.</summary>
    public static double At(double learningRate, ILearningRateSchedule schedule, long step)
    {
        double multiplier = schedule.Multiplier(step);
        if (!(multiplier >= 0.0 && double.IsFinite(multiplier)))
        {
            throw new InvalidOperationException($"The learning-rate schedule {schedule.GetType().Name} returned {multiplier} at step {step}; a multiplier must be finite and non-negative.");
        }

        return learningRate * multiplier;
    }
}
