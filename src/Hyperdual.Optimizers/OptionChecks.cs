using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>Argument checks shared by the options records and optimizers; each names the offending argument.</summary>
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

    public static void ParameterCount(int parameterCount)
    {
        if (parameterCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parameterCount), parameterCount, "An optimizer needs at least one parameter.");
        }
    }

    public static void Schedule(ILearningRateSchedule? schedule)
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule), "Schedule must not be null; use ConstantSchedule.Instance for a constant rate.");
        }
    }

    public static void StepSpans<T>(Span<T> parameters, ReadOnlySpan<T> gradient, int parameterCount)
    {
        if (parameters.Length != parameterCount)
        {
            throw new ArgumentException($"The parameter vector has {parameters.Length} elements; this optimizer was built for {parameterCount}.", nameof(parameters));
        }

        if (gradient.Length != parameterCount)
        {
            throw new ArgumentException($"The gradient has {gradient.Length} elements; the parameter vector has {parameterCount}.", nameof(gradient));
        }
    }

    /// <summary>The learning rate of step <paramref name="step"/>: base rate times the schedule's multiplier, checked.</summary>
    public static double ScheduledRate(double learningRate, ILearningRateSchedule schedule, long step)
    {
        double multiplier = schedule.Multiplier(step);
        if (!(multiplier >= 0.0 && double.IsFinite(multiplier)))
        {
            throw new InvalidOperationException($"The learning-rate schedule {schedule.GetType().Name} returned {multiplier} at step {step}; a multiplier must be finite and non-negative.");
        }

        return learningRate * multiplier;
    }

    public static bool UseVectors<T>() where T : unmanaged, INumber<T> => Vector.IsHardwareAccelerated && Vector<T>.IsSupported;
}
