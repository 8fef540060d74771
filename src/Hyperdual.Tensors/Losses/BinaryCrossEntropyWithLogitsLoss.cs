namespace Hyperdual.Tensors.Losses;

/// <summary>Mean binary cross-entropy of logits against targets in [0, 1].</summary>
public sealed class BinaryCrossEntropyWithLogitsLoss : ILoss
{
    /// <summary>The shared instance.</summary>
    public static BinaryCrossEntropyWithLogitsLoss Instance { get; } = new();

    /// <inheritdoc/>
    public TSelf Compute<TSelf>(TSelf output, LossTargets<TSelf> targets) where TSelf : ITensorNumber<TSelf> =>
        TSelf.BinaryCrossEntropyWithLogits(output, targets.Values ?? throw new ArgumentException("BCE needs target values in the batch.", nameof(targets)));
}
