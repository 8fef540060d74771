namespace Hyperdual.Tensors.Losses;

/// <summary>What a loss compares the output with: integer labels and/or a target tensor (a constant of the number system).</summary>
/// <typeparam name="TSelf">The number system.</typeparam>
/// <param name="Labels">Class labels, one per row, or null.</param>
/// <param name="Values">Target values, or null.</param>
public readonly record struct LossTargets<TSelf>(int[]? Labels, TSelf? Values);
