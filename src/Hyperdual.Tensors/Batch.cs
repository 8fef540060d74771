using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>A mini-batch: inputs (first dimension = batch size) with integer labels and/or target values.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class Batch<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates the batch.</summary>
    /// <param name="inputs">The inputs, rank ≥ 1.</param>
    /// <param name="labels">One label per input, or null.</param>
    /// <param name="targets">Target values whose first dimension is the batch size, or null.</param>
    public Batch(Tensor<T> inputs, int[]? labels = null, Tensor<T>? targets = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Rank == 0)
        {
            throw new ArgumentException("The inputs need a batch dimension.", nameof(inputs));
        }

        int n = inputs.Dim(0);
        if (labels is not null && labels.Length != n)
        {
            throw new ArgumentException($"{labels.Length} labels for a batch of {n} inputs.", nameof(labels));
        }

        if (targets is not null && (targets.Rank == 0 || targets.Dim(0) != n))
        {
            throw new ArgumentException($"The targets {TensorShape.Format(targets.Shape)} do not have the batch size {n} first.", nameof(targets));
        }

        Inputs = inputs;
        Labels = labels;
        Targets = targets;
    }

    /// <summary>The inputs.</summary>
    public Tensor<T> Inputs { get; }

    /// <summary>The labels, or null.</summary>
    public int[]? Labels { get; }

    /// <summary>The target values, or null.</summary>
    public Tensor<T>? Targets { get; }

    /// <summary>The batch size.</summary>
    public int Size => Inputs.Dim(0);
}
