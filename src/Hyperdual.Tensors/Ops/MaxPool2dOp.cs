using System.Buffers;
using System.Numerics;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// 2-D max pooling of NCHW input (no padding). Piecewise linear: the value part chooses each
/// window's maximum (ties: the first in row-major window order), and every tangent and second-order
/// part takes the element at the same position: <c>yᵢ = xᵢ[argmax x₀]</c>, <c>yᵢⱼ = xᵢⱼ[argmax x₀]</c>.
/// </summary>
public static class MaxPool2dOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X <c>[n, c, h, w]</c>.</param>
    /// <param name="kernel">The window side.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled output.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> input, int kernel, int stride) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        PoolGeometry g = PoolGeometry.Create(input.Shape, kernel, stride, "MaxPool2d");
        Tensor<T> y = Tensor<T>.Allocate(g.OutputShape, clear: false);
        int[] argmax = ArrayPool<int>.Shared.Rent(y.Length);
        try
        {
            Pooling2d.MaxForward<T>(input.Span, g.N, g.C, g.H, g.W, kernel, kernel, stride, stride, 0, 0, y.Span, argmax.AsSpan(0, y.Length));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(argmax);
        }

        return y;
    }

    /// <summary>Jet rule: the value's argmax gathers every other part.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X jet.</param>
    /// <param name="kernel">The window side.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled jet.</returns>
    public static Jet<T> Forward<T>(Jet<T> input, int kernel, int stride) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        PoolGeometry g = PoolGeometry.Create(input.Shape, kernel, stride, "MaxPool2d");
        Jet<T> y = input.AllocateLike(g.OutputShape, input.HasTangents, input.HasSecondOrder, clear: false);
        int n = y.PartLength, m = input.PartLength;
        int[] rented = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Span<int> argmax = rented.AsSpan(0, n);
            Pooling2d.MaxForward<T>(input.Value, g.N, g.C, g.H, g.W, kernel, kernel, stride, stride, 0, 0, y.Value, argmax);
            ParallelRanges.For(y.StoredPartCount - 1, n, (first, count) =>
            {
                ReadOnlySpan<int> indices = rented.AsSpan(0, n);
                for (int p = 1 + first; p < 1 + first + count; p++)
                {
                    Pooling2d.GatherByIndex<T>(input.Parts.Slice(p * m, m), indices, y.Parts.Slice(p * n, n));
                }
            }, align: 1);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return y;
    }
    /// <summary>Taped rule: the value rule keeping only the argmax of each window (not the input).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X.</param>
    /// <param name="kernel">The window side.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled output on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input, int kernel, int stride) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Tape<T>.Of(input) is null)
        {
            return TapeTensor<T>.Constant(Forward(input.Value, kernel, stride));
        }

        PoolGeometry g = PoolGeometry.Create(input.Shape, kernel, stride, "MaxPool2d");
        Tensor<T> y = Tensor<T>.Allocate(g.OutputShape, clear: false);
        int[] argmax = ArrayPool<int>.Shared.Rent(y.Length);
        Pooling2d.MaxForward<T>(input.Value.Span, g.N, g.C, g.H, g.W, kernel, kernel, stride, stride, 0, 0, y.Span, argmax.AsSpan(0, y.Length));
        return Tape<T>.Record(y, new() { Rule = Backward<T>, Indices = argmax, IndicesPooled = true }, input);
    }

    /// <summary>Reverse rule: each ȳ goes to its window's argmax (<see cref="Pooling2d.MaxBackward{T}"/>).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gy = Tape<T>.OutputGradient(node);
        Span<T> gx = tape.BeginGradient(node.A);
        Pooling2d.MaxBackward(gy, node.Indices.AsSpan(0, gy.Length), gx);
        tape.EndGradient(node.A);
    }
}
