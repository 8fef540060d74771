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
}
