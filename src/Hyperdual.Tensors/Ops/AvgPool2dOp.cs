using System.Numerics;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// 2-D average pooling of NCHW input (no padding). Linear: every part is pooled alike, so the jet
/// rule is one kernel call over all stored parts as a batch of <c>parts·n</c> images.
/// </summary>
public static class AvgPool2dOp
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
        PoolGeometry g = PoolGeometry.Create(input.Shape, kernel, stride, "AvgPool2d");
        Tensor<T> y = Tensor<T>.Allocate(g.OutputShape, clear: false);
        Pooling2d.AvgForward<T>(input.Span, g.N, g.C, g.H, g.W, kernel, kernel, stride, stride, 0, 0, y.Span);
        return y;
    }

    /// <summary>Jet rule: all parts pooled as one batch.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X jet.</param>
    /// <param name="kernel">The window side.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled jet.</returns>
    public static Jet<T> Forward<T>(Jet<T> input, int kernel, int stride) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        PoolGeometry g = PoolGeometry.Create(input.Shape, kernel, stride, "AvgPool2d");
        Jet<T> y = input.AllocateLike(g.OutputShape, input.HasTangents, input.HasSecondOrder, clear: false);
        Pooling2d.AvgForward<T>(input.Parts, input.StoredPartCount * g.N, g.C, g.H, g.W, kernel, kernel, stride, stride, 0, 0, y.Parts);
        return y;
    }
    /// <summary>Taped rule: the value rule; nothing saved but the geometry.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X.</param>
    /// <param name="kernel">The window side.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled output on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input, int kernel, int stride) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor<T> y = Forward(input.Value, kernel, stride);
        Tensor<T> x = input.Value;
        PoolArguments arguments = new(x.Dim(0), x.Dim(1), x.Dim(2), x.Dim(3), kernel, stride);
        return Tape<T>.Record(y, new() { Rule = Backward<T>, Arguments = TapeArguments.Of(arguments) }, input);
    }

    /// <summary>The taped arguments of average pooling: the input's shape, the square kernel and the stride.</summary>
    private readonly record struct PoolArguments(int N, int C, int H, int W, int Kernel, int Stride);

    /// <summary>Reverse rule: each ȳ spread evenly over its window (<see cref="Pooling2d.AvgBackward{T}"/>).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gy = Tape<T>.OutputGradient(node);
        Span<T> gx = tape.BeginGradient(node.A);
        PoolArguments p = node.Arguments.As<PoolArguments>();
        Pooling2d.AvgBackward(gy, p.N, p.C, p.H, p.W, p.Kernel, p.Kernel, p.Stride, p.Stride, 0, 0, gx);
        tape.EndGradient(node.A);
    }
}
