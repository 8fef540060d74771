using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <content>Average pooling and its reverse rule.</content>
public static partial class Pooling2d
{
    /// <summary>
    /// Average pooling: each output is the sum of its window's input elements divided by
    /// <c>kernelH·kernelW</c> when <paramref name="countIncludePadding"/> (padding counts as zeros),
    /// otherwise by the number of real (unpadded) elements in the window.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">Input <c>[batch, channels, height, width]</c>.</param>
    /// <param name="batch">Images.</param>
    /// <param name="channels">Channels.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="kernelH">Window height.</param>
    /// <param name="kernelW">Window width.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="output">Output <c>[batch, channels, oh, ow]</c>, overwritten.</param>
    /// <param name="countIncludePadding">Whether padded positions count in the divisor (default, as in PyTorch).</param>
    public static unsafe void AvgForward<T>(ReadOnlySpan<T> input, int batch, int channels, int height, int width,
        int kernelH, int kernelW, int strideH, int strideW, int padH, int padW, Span<T> output, bool countIncludePadding = true)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        long outLength = g.OutputLength(g.Channels);
        KernelArguments.RequireLength(output.Length, outLength, nameof(output));
        int planes = g.Batch * g.Channels;
        if (planes == 0)
        {
            return;
        }

        int workers = Workers(g, planes);
        fixed (T* pInput = input, pOutput = output)
        {
            nint inputAddress = (nint)pInput, outputAddress = (nint)pOutput;
            WindowGeometry geometry = g;
            KernelParallel.For(workers, worker =>
            {
                (int first, int end) = KernelParallel.Range(planes, workers, worker);
                var src = new ReadOnlySpan<T>((T*)inputAddress, (int)geometry.InputLength);
                var dst = new Span<T>((T*)outputAddress, (int)outLength);
                for (int plane = first; plane < end; plane++)
                {
                    AvgPlane(src, geometry, plane, dst, countIncludePadding);
                }
            });
        }
    }

    /// <summary>
    /// Reverse rule of average pooling: <paramref name="gradInput"/> is cleared, then each output's
    /// gradient divided by its divisor is added to every real input element of its window.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="gradOutput">dL/doutput <c>[batch, channels, oh, ow]</c>.</param>
    /// <param name="batch">Images.</param>
    /// <param name="channels">Channels.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="kernelH">Window height.</param>
    /// <param name="kernelW">Window width.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="gradInput">dL/dinput <c>[batch, channels, height, width]</c>, overwritten.</param>
    /// <param name="countIncludePadding">Must match the forward call.</param>
    public static unsafe void AvgBackward<T>(ReadOnlySpan<T> gradOutput, int batch, int channels, int height, int width,
        int kernelH, int kernelW, int strideH, int strideW, int padH, int padW, Span<T> gradInput, bool countIncludePadding = true)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        long outLength = g.OutputLength(g.Channels);
        KernelArguments.RequireLength(gradOutput.Length, outLength, nameof(gradOutput));
        KernelArguments.RequireLength(gradInput.Length, g.InputLength, nameof(gradInput));
        int planes = g.Batch * g.Channels;
        if (planes == 0)
        {
            return;
        }

        int workers = Workers(g, planes);
        fixed (T* pGradOut = gradOutput, pGradIn = gradInput)
        {
            nint gradOutAddress = (nint)pGradOut, gradInAddress = (nint)pGradIn;
            WindowGeometry geometry = g;
            KernelParallel.For(workers, worker =>
            {
                (int first, int end) = KernelParallel.Range(planes, workers, worker);
                var src = new ReadOnlySpan<T>((T*)gradOutAddress, (int)outLength);
                var dst = new Span<T>((T*)gradInAddress, (int)geometry.InputLength);
                for (int plane = first; plane < end; plane++)
                {
                    AvgPlaneBackward(src, geometry, plane, dst, countIncludePadding);
                }
            });
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AvgPlane<T>(ReadOnlySpan<T> input, in WindowGeometry g, int plane, Span<T> output, bool countIncludePadding)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int h = g.Height, w = g.Width;
        int inBase = plane * g.InputPlane;
        int outIndex = plane * g.OutputPlane;
        for (int oy = 0; oy < g.OutHeight; oy++)
        {
            int y0 = (oy * g.StrideH) - g.PadH;
            int yStart = Math.Max(y0, 0), yEnd = Math.Min(y0 + g.KernelH, h);
            for (int ox = 0; ox < g.OutWidth; ox++, outIndex++)
            {
                int x0 = (ox * g.StrideW) - g.PadW;
                int xStart = Math.Max(x0, 0), xEnd = Math.Min(x0 + g.KernelW, w);
                T sum = T.Zero;
                for (int y = yStart; y < yEnd; y++)
                {
                    int rowBase = inBase + (y * w);
                    for (int x = xStart; x < xEnd; x++)
                    {
                        sum += input[rowBase + x];
                    }
                }

                output[outIndex] = sum / Divisor<T>(g, yStart, yEnd, xStart, xEnd, countIncludePadding);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AvgPlaneBackward<T>(ReadOnlySpan<T> gradOutput, in WindowGeometry g, int plane, Span<T> gradInput, bool countIncludePadding)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int h = g.Height, w = g.Width;
        int inBase = plane * g.InputPlane;
        int outIndex = plane * g.OutputPlane;
        gradInput.Slice(inBase, g.InputPlane).Clear();
        for (int oy = 0; oy < g.OutHeight; oy++)
        {
            int y0 = (oy * g.StrideH) - g.PadH;
            int yStart = Math.Max(y0, 0), yEnd = Math.Min(y0 + g.KernelH, h);
            for (int ox = 0; ox < g.OutWidth; ox++, outIndex++)
            {
                int x0 = (ox * g.StrideW) - g.PadW;
                int xStart = Math.Max(x0, 0), xEnd = Math.Min(x0 + g.KernelW, w);
                T share = gradOutput[outIndex] / Divisor<T>(g, yStart, yEnd, xStart, xEnd, countIncludePadding);
                for (int y = yStart; y < yEnd; y++)
                {
                    int rowBase = inBase + (y * w);
                    for (int x = xStart; x < xEnd; x++)
                    {
                        gradInput[rowBase + x] += share;
                    }
                }
            }
        }
    }

    private static T Divisor<T>(in WindowGeometry g, int yStart, int yEnd, int xStart, int xEnd, bool countIncludePadding)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int count = countIncludePadding ? g.KernelH * g.KernelW : Math.Max(1, Math.Max(0, yEnd - yStart) * Math.Max(0, xEnd - xStart));
        return T.CreateChecked(count);
    }
}
