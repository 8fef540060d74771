using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>A reverse rule: reads the node's output gradient from the tape and accumulates its inputs' gradients.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="tape">The tape (gradients live there).</param>
/// <param name="node">The node being run backward.</param>
internal delegate void TapeBackward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>;

/// <summary>
/// One recorded op: which reverse rule to run (the op's <c>Backward</c>, in its file under <c>Ops/</c>),
/// which nodes fed it, what it saved for the backward pass, and the gradient of its output.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal struct TapeNode<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The reverse rule; null for a leaf (a parameter).</summary>
    public TapeBackward<T>? Rule;

    /// <summary>The output's length (its gradient's length).</summary>
    public int Length;

    /// <summary>The input nodes (−1: a constant, or no such operand).</summary>
    public int A, B, C;

    /// <summary>Tensors kept for the backward pass (released as soon as this node's rule ran).</summary>
    public Tensor<T>? Saved0, Saved1, Saved2;

    /// <summary>The op's own record of plain arguments (kernel, stride, shapes, a scale).</summary>
    public TapeArguments Arguments;

    /// <summary>Integer data (labels, argmax; argmax is rented from the shared pool and returned on release).</summary>
    public int[]? Indices;

    /// <summary>Whether <see cref="Indices"/> came from the shared array pool.</summary>
    public bool IndicesPooled;

    /// <summary>The gradient of the output (null until the first contribution, except for leaves).</summary>
    public T[]? Gradient;

    /// <summary>Where the gradient starts in <see cref="Gradient"/> (a leaf's slice of the flat gradient).</summary>
    public int GradientOffset;

    /// <summary>Whether a contribution has been written to the gradient.</summary>
    public bool HasGradient;

    /// <summary>Whether this node is a leaf (its gradient belongs to the caller).</summary>
    public bool IsLeaf;

    /// <summary>A node with no inputs and nothing saved.</summary>
    public static TapeNode<T> Empty => new() { A = -1, B = -1, C = -1 };
}
