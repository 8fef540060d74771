using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <content>im2col / col2im: the layout change that turns a convolution into one GEMM.</content>
public static partial class Convolution2d
{
    /// <summary>
    /// Unfolds every window of an NCHW input into a row of <paramref name="columns"/>: row
    /// <c>(n·oh + oy)·ow + ox</c>, column <c>(c·kh + ky)·kw + kx</c> holds
    /// <c>input[n, c, oy·strideH − padH + ky, ox·strideW − padW + kx]</c> (zero outside the input).
    /// <paramref name="columns"/> is <c>[batch·oh·ow, channels·kh·kw]</c> row-major and is overwritten.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">Input <c>[batch, channels, height, width]</c>.</param>
    /// <param name="batch">Images.</param>
    /// <param name="channels">Channels per image.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="kernelH">Window height.</param>
    /// <param name="kernelW">Window width.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="columns">Output <c>[batch·oh·ow, channels·kh·kw]</c>.</param>
    public static void Im2Col<T>(ReadOnlySpan<T> input, int batch, int channels, int height, int width,
        int kernelH, int kernelW, int strideH, int strideW, int padH, int padW, Span<T> columns)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        KernelArguments.RequireLength(columns.Length, (long)g.Batch * g.OutputPlane * g.PatchSize, nameof(columns));
        Im2ColCore(input, g, columns);
    }

    /// <summary>
    /// Folds <paramref name="columns"/> back onto the input layout, the adjoint of
    /// <see cref="Im2Col{T}"/>: every input element receives the sum of the column entries that were
    /// copied from it. <paramref name="input"/> is overwritten (padding entries are dropped).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="columns">Columns <c>[batch·oh·ow, channels·kh·kw]</c>.</param>
    /// <param name="batch">Images.</param>
    /// <param name="channels">Channels per image.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="kernelH">Window height.</param>
    /// <param name="kernelW">Window width.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="input">Output <c>[batch, channels, height, width]</c>.</param>
    public static void Col2Im<T>(ReadOnlySpan<T> columns, int batch, int channels, int height, int width,
        int kernelH, int kernelW, int strideH, int strideW, int padH, int padW, Span<T> input)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        KernelArguments.RequireLength(columns.Length, (long)g.Batch * g.OutputPlane * g.PatchSize, nameof(columns));
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        Col2ImCore(columns, g, input);
    }

    /// <summary>im2col for the <see cref="WindowGeometry.Batch"/> images of <paramref name="g"/> (validated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe void Im2ColCore<T>(ReadOnlySpan<T> input, in WindowGeometry g, Span<T> columns)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int kh = g.KernelH, kw = g.KernelW, h = g.Height, w = g.Width, channels = g.Channels;
        int plane = g.InputPlane, patch = g.PatchSize;
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        KernelArguments.RequireLength(columns.Length, (long)g.Batch * g.OutputPlane * patch, nameof(columns));
        fixed (T* source = input, target = columns)
        {
            T* dst = target;
            for (int n = 0; n < g.Batch; n++)
            {
                T* image = source + ((long)n * channels * plane);
                for (int oy = 0; oy < g.OutHeight; oy++)
                {
                    int iy0 = (oy * g.StrideH) - g.PadH;
                    for (int ox = 0; ox < g.OutWidth; ox++)
                    {
                        int ix0 = (ox * g.StrideW) - g.PadW;
                        bool insideX = ix0 >= 0 && ix0 + kw <= w;
                        for (int ch = 0; ch < channels; ch++)
                        {
                            T* channel = image + (ch * plane);
                            for (int ky = 0; ky < kh; ky++, dst += kw)
                            {
                                int iy = iy0 + ky;
                                if ((uint)iy >= (uint)h)
                                {
                                    for (int kx = 0; kx < kw; kx++)
                                    {
                                        dst[kx] = T.Zero;
                                    }
                                }
                                else if (insideX)
                                {
                                    T* src = channel + (iy * w) + ix0;
                                    for (int kx = 0; kx < kw; kx++)
                                    {
                                        dst[kx] = src[kx];
                                    }
                                }
                                else
                                {
                                    T* row = channel + (iy * w);
                                    for (int kx = 0; kx < kw; kx++)
                                    {
                                        int ix = ix0 + kx;
                                        dst[kx] = (uint)ix < (uint)w ? row[ix] : T.Zero;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// im2col transposed, for the images of <paramref name="g"/> (validated): row <c>(c·kh + ky)·kw + kx</c>, column
    /// <c>(n·oh + oy)·ow + ox</c> of <paramref name="columns"/> (<c>[channels·kh·kw, batch·oh·ow]</c>) holds
    /// <c>input[n, c, oy·strideH − padH + ky, ox·strideW − padW + kx]</c>, zero outside the input. Each (row, n, oy)
    /// is one run of ow outputs: with stride 1, a contiguous copy of the input row between zero-filled edges.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe void Im2ColTransposedCore<T>(ReadOnlySpan<T> input, in WindowGeometry g, Span<T> columns)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int kh = g.KernelH, kw = g.KernelW, h = g.Height, w = g.Width, channels = g.Channels;
        int oh = g.OutHeight, ow = g.OutWidth, sh = g.StrideH, sw = g.StrideW;
        int plane = g.InputPlane, outPlane = g.OutputPlane;
        long rowLength = (long)g.Batch * outPlane;
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        KernelArguments.RequireLength(columns.Length, g.PatchSize * rowLength, nameof(columns));
        fixed (T* source = input, target = columns)
        {
            for (int ch = 0; ch < channels; ch++)
            {
                for (int ky = 0; ky < kh; ky++)
                {
                    for (int kx = 0; kx < kw; kx++)
                    {
                        T* dst = target + ((((ch * kh) + ky) * kw) + kx) * rowLength;
                        int offsetX = kx - g.PadW;

                        // The outputs whose column ix = ox·sw + offsetX lies in [0, w): ox in [first, end).
                        int first = offsetX >= 0 ? 0 : Math.Min(ow, (-offsetX + sw - 1) / sw);
                        int end = Math.Clamp((w - offsetX + sw - 1) / sw, first, ow);
                        for (int n = 0; n < g.Batch; n++)
                        {
                            T* channel = source + ((((long)n * channels) + ch) * plane);
                            for (int oy = 0; oy < oh; oy++, dst += ow)
                            {
                                int iy = (oy * sh) - g.PadH + ky;
                                if ((uint)iy >= (uint)h)
                                {
                                    ShortRuns.Clear(dst, ow);
                                    continue;
                                }

                                T* row = channel + (iy * w) + offsetX;
                                ShortRuns.Clear(dst, first);
                                if (sw == 1)
                                {
                                    ShortRuns.Copy(row + first, dst + first, end - first);
                                }
                                else
                                {
                                    for (int ox = first; ox < end; ox++)
                                    {
                                        dst[ox] = row[ox * sw];
                                    }
                                }

                                ShortRuns.Clear(dst + end, ow - end);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The adjoint of <see cref="Im2ColTransposedCore{T}"/> for the images of <paramref name="g"/> (validated): every input
    /// element receives the sum of the entries of <paramref name="columns"/> (<c>[channels·kh·kw, batch·oh·ow]</c>) that
    /// were copied from it; <paramref name="input"/> is overwritten. With stride 1 each run is one vector add.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe void Col2ImTransposedCore<T>(ReadOnlySpan<T> columns, in WindowGeometry g, Span<T> input)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int kh = g.KernelH, kw = g.KernelW, h = g.Height, w = g.Width, channels = g.Channels;
        int oh = g.OutHeight, ow = g.OutWidth, sh = g.StrideH, sw = g.StrideW;
        int plane = g.InputPlane, outPlane = g.OutputPlane;
        long rowLength = (long)g.Batch * outPlane;
        KernelArguments.RequireLength(columns.Length, g.PatchSize * rowLength, nameof(columns));
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        input.Slice(0, (int)g.InputLength).Clear();
        fixed (T* source = columns, target = input)
        {
            for (int ch = 0; ch < channels; ch++)
            {
                for (int ky = 0; ky < kh; ky++)
                {
                    for (int kx = 0; kx < kw; kx++)
                    {
                        T* src = source + ((((ch * kh) + ky) * kw) + kx) * rowLength;
                        int offsetX = kx - g.PadW;
                        int first = offsetX >= 0 ? 0 : Math.Min(ow, (-offsetX + sw - 1) / sw);
                        int end = Math.Clamp((w - offsetX + sw - 1) / sw, first, ow);
                        for (int n = 0; n < g.Batch; n++)
                        {
                            T* channel = target + ((((long)n * channels) + ch) * plane);
                            for (int oy = 0; oy < oh; oy++, src += ow)
                            {
                                int iy = (oy * sh) - g.PadH + ky;
                                if ((uint)iy >= (uint)h)
                                {
                                    continue;
                                }

                                T* row = channel + (iy * w) + offsetX;
                                if (sw == 1)
                                {
                                    ShortRuns.Add(src + first, row + first, end - first);
                                }
                                else
                                {
                                    for (int ox = first; ox < end; ox++)
                                    {
                                        row[ox * sw] += src[ox];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>col2im for the images of <paramref name="g"/> (validated); overwrites <paramref name="input"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe void Col2ImCore<T>(ReadOnlySpan<T> columns, in WindowGeometry g, Span<T> input)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int kh = g.KernelH, kw = g.KernelW, h = g.Height, w = g.Width, channels = g.Channels;
        int plane = g.InputPlane, patch = g.PatchSize;
        KernelArguments.RequireLength(columns.Length, (long)g.Batch * g.OutputPlane * patch, nameof(columns));
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        input.Slice(0, (int)g.InputLength).Clear();
        fixed (T* source = columns, target = input)
        {
            T* src = source;
            for (int n = 0; n < g.Batch; n++)
            {
                T* image = target + ((long)n * channels * plane);
                for (int oy = 0; oy < g.OutHeight; oy++)
                {
                    int iy0 = (oy * g.StrideH) - g.PadH;
                    for (int ox = 0; ox < g.OutWidth; ox++)
                    {
                        int ix0 = (ox * g.StrideW) - g.PadW;
                        bool insideX = ix0 >= 0 && ix0 + kw <= w;
                        for (int ch = 0; ch < channels; ch++)
                        {
                            T* channel = image + (ch * plane);
                            for (int ky = 0; ky < kh; ky++, src += kw)
                            {
                                int iy = iy0 + ky;
                                if ((uint)iy >= (uint)h)
                                {
                                    continue;
                                }

                                T* row = channel + (iy * w);
                                if (insideX)
                                {
                                    T* dst = row + ix0;
                                    for (int kx = 0; kx < kw; kx++)
                                    {
                                        dst[kx] += src[kx];
                                    }
                                }
                                else
                                {
                                    for (int kx = 0; kx < kw; kx++)
                                    {
                                        int ix = ix0 + kx;
                                        if ((uint)ix < (uint)w)
                                        {
                                            row[ix] += src[kx];
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
