using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Hyperdual.Tensors;

/// <summary>
/// The record of one reverse-mode evaluation: every op on <see cref="TapeTensor{T}"/> values that
/// depend on a leaf appends a node naming its reverse rule (the op's <c>Backward</c> in <c>Ops/</c>),
/// its input nodes and the tensors it saved; <see cref="Backward"/> runs the rules in reverse order.
/// </summary>
/// <remarks>
/// Memory: a saved tensor is counted by its storage; when <see cref="Backward"/> starts, every buffer of
/// the active <see cref="Workspace{T}"/> that no node saved is given back (activations no rule needs),
/// and after each node's rule ran its saved tensors and its output gradient are given back as soon as
/// nothing else holds them, so the backward pass's gradients reuse the forward pass's buffers. Tensors
/// given back become invalid. Reuse a tape across steps with <see cref="Clear"/>. Not thread-safe.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed class Tape<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly List<TapeNode<T>> _nodes = [];
    private readonly Dictionary<T[], int> _saveCounts = [];
    private T[]? _pendingScratch;
    private bool _ran;

    /// <summary>The number of recorded nodes (leaves included).</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Forgets every node (keeps the tape's own lists for the next step).</summary>
    public void Clear()
    {
        foreach (TapeNode<T> node in _nodes)
        {
            ReturnIndices(node);
        }

        _nodes.Clear();
        _saveCounts.Clear();
        _pendingScratch = null;
        _ran = false;
    }

    /// <summary>Records a leaf (a parameter block) whose gradient accumulates into
    /// <paramref name="gradient"/>[<paramref name="offset"/> .. offset + value.Length).</summary>
    /// <param name="value">The leaf's value.</param>
    /// <param name="gradient">The array receiving the gradient (the caller zeroes it; a leaf that gets no contribution is left as it is).</param>
    /// <param name="offset">Where the leaf's block starts in <paramref name="gradient"/>.</param>
    /// <returns>The taped leaf.</returns>
    public TapeTensor<T> Leaf(Tensor<T> value, T[] gradient, int offset)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(gradient);
        if (offset < 0 || (long)offset + value.Length > gradient.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset,
                $"The leaf's {value.Length} elements do not fit in a gradient of length {gradient.Length} at this offset.");
        }

        ThrowIfRan();
        TapeNode<T> node = TapeNode<T>.Empty;
        node.Length = value.Length;
        node.Gradient = gradient;
        node.GradientOffset = offset;
        node.IsLeaf = true;
        _nodes.Add(node);
        return new TapeTensor<T>(value, this, _nodes.Count - 1);
    }

    /// <summary>
    /// Runs the reverse pass from the scalar <paramref name="loss"/> (seed dL/dL = 1): every leaf's
    /// gradient slice receives dL/dleaf. Gives intermediate buffers back as it goes (see remarks).
    /// </summary>
    /// <param name="loss">A scalar recorded on this tape.</param>
    public void Backward(TapeTensor<T> loss)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (loss.Tape != this || loss.Node < 0)
        {
            throw new ArgumentException("The loss was not recorded on this tape (it depends on no leaf of it).", nameof(loss));
        }

        if (loss.Value.Length != 1)
        {
            throw new ArgumentException($"The loss must be a scalar; it has shape {TensorShape.Format(loss.Shape)}.", nameof(loss));
        }

        ThrowIfRan();
        _ran = true;
        Workspace<T>? workspace = Workspace<T>.Current;
        workspace?.ReturnWhere(buffer => !_saveCounts.ContainsKey(buffer));

        Span<TapeNode<T>> nodes = CollectionsMarshal.AsSpan(_nodes);
        Span<T> seed = BeginGradient(loss.Node);
        seed[0] = T.One;
        EndGradient(loss.Node);
        for (int i = loss.Node; i >= 0; i--)
        {
            ref TapeNode<T> node = ref nodes[i];
            if (node.Rule is not null && node.HasGradient)
            {
                node.Rule(this, in node);
            }

            Release(node.Saved0);
            Release(node.Saved1);
            Release(node.Saved2);
            node.Saved0 = node.Saved1 = node.Saved2 = null;
            ReturnIndices(node);
            node.Indices = null;
            if (!node.IsLeaf && node.Gradient is not null)
            {
                workspace?.Return(node.Gradient);
                node.Gradient = null;
            }
        }
    }

    /// <summary>The tape the operands that need a gradient are recorded on, or null when none does.</summary>
    internal static Tape<T>? Of(TapeTensor<T>? a, TapeTensor<T>? b = null, TapeTensor<T>? c = null)
    {
        Tape<T>? tape = null;
        foreach (TapeTensor<T>? operand in (ReadOnlySpan<TapeTensor<T>?>)[a, b, c])
        {
            if (operand is null || operand.Node < 0)
            {
                continue;
            }

            if (tape is not null && operand.Tape != tape)
            {
                throw new ArgumentException("The operands are recorded on different tapes.", nameof(b));
            }

            tape = operand.Tape;
        }

        return tape;
    }

    /// <summary>
    /// Records the op that produced <paramref name="value"/> from the operands <paramref name="a"/>,
    /// <paramref name="b"/>, <paramref name="c"/>: on the tape they are recorded on, with the node's inputs set
    /// to theirs; a constant when none of them needs a gradient.
    /// </summary>
    /// <param name="value">The op's output.</param>
    /// <param name="node">The node: the reverse rule, saved tensors and arguments (its inputs are set here).</param>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand, if any.</param>
    /// <param name="c">The third operand, if any.</param>
    /// <returns>The output on the tape, or a constant.</returns>
    internal static TapeTensor<T> Record(Tensor<T> value, TapeNode<T> node, TapeTensor<T>? a, TapeTensor<T>? b = null, TapeTensor<T>? c = null)
    {
        if (Of(a, b, c) is not { } tape)
        {
            return TapeTensor<T>.Constant(value);
        }

        node.A = a?.Node ?? -1;
        node.B = b?.Node ?? -1;
        node.C = c?.Node ?? -1;
        return tape.Append(value, node);
    }

    /// <summary>Appends <paramref name="node"/> for the op that produced <paramref name="value"/>.</summary>
    private TapeTensor<T> Append(Tensor<T> value, TapeNode<T> node)
    {
        ThrowIfRan();
        node.Length = value.Length;
        Save(node.Saved0);
        Save(node.Saved1);
        Save(node.Saved2);
        _nodes.Add(node);
        return new TapeTensor<T>(value, this, _nodes.Count - 1);
    }

    /// <summary>
    /// Where to write a contribution to node <paramref name="index"/>'s gradient (overwrite it, then call
    /// <see cref="EndGradient"/>): the gradient itself for the first contribution, a scratch buffer after.
    /// </summary>
    internal Span<T> BeginGradient(int index)
    {
        ref TapeNode<T> node = ref CollectionsMarshal.AsSpan(_nodes)[index];
        if (!node.HasGradient)
        {
            node.Gradient ??= Workspace<T>.RentAtLeastOrAllocate(node.Length);
            return node.Gradient.AsSpan(node.GradientOffset, node.Length);
        }

        _pendingScratch = Workspace<T>.RentAtLeastOrAllocate(node.Length);
        return _pendingScratch.AsSpan(0, node.Length);
    }

    /// <summary>Completes the contribution begun by <see cref="BeginGradient"/>.</summary>
    internal void EndGradient(int index)
    {
        ref TapeNode<T> node = ref CollectionsMarshal.AsSpan(_nodes)[index];
        if (_pendingScratch is { } scratch)
        {
            Span<T> gradient = node.Gradient.AsSpan(node.GradientOffset, node.Length);
            TensorPrimitives.Add(gradient, scratch.AsSpan(0, node.Length), gradient);
            Workspace<T>.Current?.Return(scratch);
            _pendingScratch = null;
        }

        node.HasGradient = true;
    }

    /// <summary>Adds <paramref name="scale"/>·<paramref name="contribution"/> to node <paramref name="index"/>'s gradient (no-op for −1).</summary>
    internal void AddGradient(int index, ReadOnlySpan<T> contribution, T scale)
    {
        if (index < 0)
        {
            return;
        }

        Span<T> dest = BeginGradient(index);
        if (scale == T.One)
        {
            contribution.CopyTo(dest);
        }
        else
        {
            TensorPrimitives.Multiply(contribution, scale, dest);
        }

        EndGradient(index);
    }

    /// <summary>The gradient of the node's output (valid while its rule runs).</summary>
    internal static ReadOnlySpan<T> OutputGradient(in TapeNode<T> node) => node.Gradient.AsSpan(node.GradientOffset, node.Length);

    /// <summary>A temporary buffer for a reverse rule; give it back with <see cref="ReturnScratch"/>.</summary>
    internal static T[] RentScratch(int length) => Workspace<T>.RentAtLeastOrAllocate(length);

    /// <summary>Gives a temporary buffer back to the active workspace.</summary>
    internal static void ReturnScratch(T[] buffer) => Workspace<T>.Current?.Return(buffer);

    private void Save(Tensor<T>? tensor)
    {
        if (tensor is not null)
        {
            T[] storage = tensor.Storage;
            _saveCounts[storage] = _saveCounts.GetValueOrDefault(storage) + 1;
        }
    }

    private void Release(Tensor<T>? tensor)
    {
        if (tensor is null)
        {
            return;
        }

        T[] storage = tensor.Storage;
        int count = _saveCounts.GetValueOrDefault(storage) - 1;
        if (count > 0)
        {
            _saveCounts[storage] = count;
            return;
        }

        _saveCounts.Remove(storage);
        Workspace<T>.Current?.Return(storage);
    }

    private static void ReturnIndices(in TapeNode<T> node)
    {
        if (node.IndicesPooled && node.Indices is not null)
        {
            ArrayPool<int>.Shared.Return(node.Indices);
        }
    }

    private void ThrowIfRan()
    {
        if (_ran)
        {
            throw new InvalidOperationException("This tape has run backward; call Clear before recording a new evaluation.");
        }
    }
}
