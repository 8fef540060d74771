namespace Hyperdual.Tensors.Losses;

/// <summary>Mean cross-entropy of logits <c>[n, classes]</c> against integer labels.</summary>
public sealed class CrossEntropyLoss : ILoss
{
    /// <summary>The shared instance.</summary>
    public static CrossEntropyLoss Instance { get; } = new();

    /// <inheritdoc/>
    public TSelf Compute<TSelf>(TSelf output, LossTargets<TSelf> targets) where TSelf : ITensorNumber<TSelf> =>
        TSelf.CrossEntropy(output, targets.Labels ?? throw new ArgumentException("Cross-entropy needs integer labels in the batch.", nameof(targets)));
}
