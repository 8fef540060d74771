namespace Hyperdual.Tensors.Losses;

/// <summary>Mean squared error against target values.</summary>
public sealed class MeanSquaredErrorLoss : ILoss
{
    /// <summary>The shared instance.</summary>
    public static MeanSquaredErrorLoss Instance { get; } = new();

    /// <inheritdoc/>
    public TSelf Compute<TSelf>(TSelf output, LossTargets<TSelf> targets) where TSelf : ITensorNumber<TSelf> =>
        TSelf.MeanSquaredError(output, targets.Values ?? throw new ArgumentException("MSE needs target values in the batch.", nameof(targets)));
}
