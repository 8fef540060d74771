namespace Hyperdual.Optimizers;

/// <summary>The constant schedule: the base learning rate at every step (multiplier 1).</summary>
public sealed class ConstantSchedule : ILearningRateSchedule
{
    /// <summary>The shared instance.</summary>
    public static ConstantSchedule Instance { get; } = new();

    private ConstantSchedule()
    {
    }

    /// <inheritdoc/>
    public double Multiplier(long step) => 1.0;
}
