using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>Checked NCHW pooling geometry (square window, no padding).</summary>
internal readonly record struct PoolGeometry(int N, int C, int H, int W, int OutH, int OutW)
{
    public int[] OutputShape => [N, C, OutH, OutW];

    public static PoolGeometry Create(ReadOnlySpan<int> shape, int kernel, int stride, string op)
    {
        JetChecks.Rank(shape, 4, op, "input", "[n, c, h, w]");
        if (kernel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(kernel), kernel, $"{op}: the window side must be at least 1.");
        }

        if (stride < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(stride), stride, $"{op}: the stride must be at least 1.");
        }

        if (shape[2] < kernel || shape[3] < kernel)
        {
            throw new ArgumentException($"{op}: the window {kernel}×{kernel} is larger than the input plane {shape[2]}×{shape[3]}.", nameof(kernel));
        }

        (int oh, int ow) = Pooling2d.OutputSize(shape[2], shape[3], kernel, kernel, stride, stride, 0, 0);
        return new PoolGeometry(shape[0], shape[1], shape[2], shape[3], oh, ow);
    }
}
