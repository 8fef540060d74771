using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>
/// A tensor value recorded on a reverse-mode <see cref="Tape{T}"/>: the number system of backpropagation.
/// A model written once against <see cref="ITensorNumber{TSelf}"/> runs on it unchanged; every op whose
/// operands depend on a leaf computes its value with the plain value rule and appends a node to the tape,
/// and <see cref="Tape{T}.Backward"/> then gives ∇L with respect to every leaf.
/// </summary>
/// <remarks>
/// A constant (data, targets) has no tape and no node; ops on constants only stay constants. Reshape
/// and flatten are views sharing the node of their input (the gradient is the same run of numbers).
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed partial class TapeTensor<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal TapeTensor(Tensor<T> value, Tape<T>? tape, int node)
    {
        Value = value;
        Tape = tape;
        Node = node;
    }

    /// <summary>The value.</summary>
    public Tensor<T> Value { get; }

    /// <summary>The tape this value is recorded on; null for a constant.</summary>
    public Tape<T>? Tape { get; }

    /// <summary>The node index on the tape; −1 for a constant.</summary>
    public int Node { get; }

    /// <summary>Whether the value depends on a leaf of its tape (whether it has a gradient).</summary>
    public bool RequiresGradient => Node >= 0;

    /// <summary>The dimensions.</summary>
    public ReadOnlySpan<int> Shape => Value.Shape;

    /// <summary>Wraps a constant (data, targets): no tape, no gradient. The value is not copied.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The constant.</returns>
    public static TapeTensor<T> Constant(Tensor<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TapeTensor<T>(value, null, -1);
    }

    /// <summary>The same node seen with another value view (reshape, flatten).</summary>
    internal TapeTensor<T> WithValue(Tensor<T> view) => new(view, Tape, Node);

    /// <inheritdoc/>
    public override string ToString() =>
        $"TapeTensor<{typeof(T).Name}>{TensorShape.Format(Value.Shape)}{(RequiresGradient ? $" node {Node}" : " constant")}";
}
