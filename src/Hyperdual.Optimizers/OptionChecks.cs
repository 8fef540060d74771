namespace Hyperdual.Optimizers;

/// <summary>The value checks of the options records (rates, decays, the schedule); each names the offending argument.</summary>
internal static class OptionChecks
{
    public static void NonNegative(double value, string name)
    {
        if (!(value >= 0.0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and non-negative.");
        }
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0.0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and positive.");
        }
    }

    /// <summary>A decay rate such as Adam's β: in [0, 1).</summary>
    public static void DecayRate(double value, string name)
    {
        if (!(value >= 0.0 && value < 1.0))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [0, 1).");
        }
    }

    public static void Schedule(ILearningRateSchedule? schedule)
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule), "Schedule must not be null; use ConstantSchedule.Instance for a constant rate.");
        }
    }
}
