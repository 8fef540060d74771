using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 2-D max and average pooling over NCHW tensors <c>[N, C, H, W]</c> → <c>[N, C, oh, ow]</c>, with
/// strides and padding, plus their reverse rules and the argmax gather that forward-mode jets use
/// (a tangent follows the value's argmax). Outputs are overwritten.
/// </summary>
public static partial class Pooling2d
{
    /// <summary>Work (window reads) above which pooling is spread over worker threads.</summary>
    private const long ParallelWork = 1 << 18;

    /// <summary>Output height and width: <c>floor((size + 2·pad − kernel) / stride) + 1</c>.</summary>
    /// <param name="height">Input height (positive).</param>
    /// <param name="width">Input width (positive).</param>
    /// <param name="kernelH">Window height (positive).</param>
    /// <param name="kernelW">Window width (positive).</param>
    /// <param name="strideH">Vertical stride (positive).</param>
    /// <param name="strideW">Horizontal stride (positive).</param>
    /// <param name="padH">Padding rows above and below (non-negative).</param>
    /// <param name="padW">Padding columns left and right (non-negative).</param>
    /// <returns>The output plane size.</returns>
    public static (int OutHeight, int OutWidth) OutputSize(
        int height, int width, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) =>
        WindowGeometry.OutputSize(height, width, kernelH, kernelW, strideH, strideW, padH, padW);

    /// <summary>
    /// Max pooling. Padding positions never win (they count as −∞), so every window must hold a real
    /// element: <c>2·padH ≤ kernelH</c> and <c>2·padW ≤ kernelW</c>. Ties go to the first maximum in
    /// row-major window order; a NaN in a window wins (the first NaN). <paramref name="argmax"/>
    /// receives, for each output, the flat index into <paramref name="input"/> of the chosen element.
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
    /// <param name="padH">Padding rows above and below (at most kernelH / 2).</param>
    /// <param name="padW">Padding columns left and right (at most kernelW / 2).</param>
    /// <param name="output">Output <c>[batch, channels, oh, ow]</c>.</param>
    /// <param name="argmax">Flat input index of each output's maximum, same length as the output.</param>
    public static unsafe void MaxForward<T>(ReadOnlySpan<T> input, int batch, int channels, int height, int width,
        int kernelH, int kernelW, int strideH, int strideW, int padH, int padW, Span<T> output, Span<int> argmax)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        if (2L * padH > kernelH)
        {
            throw new ArgumentException($"padH = {padH} must be at most kernelH / 2 = {kernelH / 2} for max pooling.", nameof(padH));
        }

        if (2L * padW > kernelW)
        {
            throw new ArgumentException($"padW = {padW} must be at most kernelW / 2 = {kernelW / 2} for max pooling.", nameof(padW));
        }

        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        long outLength = g.OutputLength(g.Channels);
        KernelArguments.RequireLength(output.Length, outLength, nameof(output));
        KernelArguments.RequireLength(argmax.Length, outLength, nameof(argmax));
        int planes = g.Batch * g.Channels;
        if (planes == 0)
        {
            return;
        }

        int workers = Workers(g, planes);
        fixed (T* pInput = input, pOutput = output)
        fixed (int* pArgmax = argmax)
        {
            nint inputAddress = (nint)pInput, outputAddress = (nint)pOutput, argmaxAddress = (nint)pArgmax;
            WindowGeometry geometry = g;
            KernelParallel.For(workers, worker =>
            {
                (int first, int end) = KernelParallel.Range(planes, workers, worker);
                var src = new ReadOnlySpan<T>((T*)inputAddress, (int)geometry.InputLength);
                var dst = new Span<T>((T*)outputAddress, (int)outLength);
                var idx = new Span<int>((int*)argmaxAddress, (int)outLength);
                for (int plane = first; plane < end; plane++)
                {
                    MaxPlane(src, geometry, plane, dst, idx);
                }
            });
        }
    }

    /// <summary>
    /// Reverse rule of max pooling: <paramref name="gradInput"/> is cleared, then each
    /// <c>gradOutput[i]</c> is added at <c>argmax[i]</c> (overlapping windows accumulate).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="gradOutput">dL/doutput.</param>
    /// <param name="argmax">The indices recorded by <see cref="MaxForward{T}"/>, at least as long as <paramref name="gradOutput"/>.</param>
    /// <param name="gradInput">dL/dinput, the input's full length; overwritten.</param>
    public static void MaxBackward<T>(ReadOnlySpan<T> gradOutput, ReadOnlySpan<int> argmax, Span<T> gradInput)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        KernelArguments.RequireLength(argmax.Length, gradOutput.Length, nameof(argmax));
        gradInput.Clear();
        for (int i = 0; i < gradOutput.Length; i++)
        {
            int target = argmax[i];
            if ((uint)target >= (uint)gradInput.Length)
            {
                throw new ArgumentException(
                    $"argmax[{i}] = {target} is outside gradInput (length {gradInput.Length}).", nameof(argmax));
            }

            gradInput[target] += gradOutput[i];
        }
    }

    /// <summary>
    /// <c>destination[i] = source[argmax[i]]</c>: applies a recorded max-pooling choice to another
    /// tensor of the input's shape (a jet's tangent or second-order part follows its value's argmax).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">A tensor with the pooled input's layout.</param>
    /// <param name="argmax">The indices recorded by <see cref="MaxForward{T}"/>, at least as long as <paramref name="destination"/>.</param>
    /// <param name="destination">Receives one element per pooled output.</param>
    public static void GatherByIndex<T>(ReadOnlySpan<T> source, ReadOnlySpan<int> argmax, Span<T> destination)
        where T : unmanaged
    {
        KernelArguments.RequireLength(argmax.Length, destination.Length, nameof(argmax));
        for (int i = 0; i < destination.Length; i++)
        {
            int index = argmax[i];
            if ((uint)index >= (uint)source.Length)
            {
                throw new ArgumentException(
                    $"argmax[{i}] = {index} is outside source (length {source.Length}).", nameof(argmax));
            }

            destination[i] = source[index];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaxPlane<T>(ReadOnlySpan<T> input, in WindowGeometry g, int plane, Span<T> output, Span<int> argmax)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool vectorizable = typeof(T) == typeof(float) || typeof(T) == typeof(double);
        if (vectorizable && IsTwoByTwoStrideTwo<T>(g))
        {
            MaxPlane2x2(input, g, plane, output, argmax);
            return;
        }

        int inBase = plane * g.InputPlane;
        int outBase = plane * g.OutputPlane;
        int done = vectorizable ? MaxPlaneVectorized(input, g, plane, output, argmax) : 0;
        for (int o = done; o < g.OutputPlane; o++)
        {
            int oy = o / g.OutWidth, ox = o - (oy * g.OutWidth);
            output[outBase + o] = MaxWindow(input, g, inBase, oy, ox, out argmax[outBase + o]);
        }
    }

    /// <summary>
    /// One window, scalar: the first maximum in row-major window order over the real (unpadded)
    /// elements; the first NaN wins.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T MaxWindow<T>(ReadOnlySpan<T> input, in WindowGeometry g, int inBase, int oy, int ox, out int index)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int h = g.Height, w = g.Width;
        int y0 = (oy * g.StrideH) - g.PadH;
        int yStart = Math.Max(y0, 0), yEnd = Math.Min(y0 + g.KernelH, h);
        int x0 = (ox * g.StrideW) - g.PadW;
        int xStart = Math.Max(x0, 0), xEnd = Math.Min(x0 + g.KernelW, w);
        int bestIndex = inBase + (yStart * w) + xStart;
        T best = input[bestIndex];
        for (int y = yStart; y < yEnd && !T.IsNaN(best); y++)
        {
            int rowBase = inBase + (y * w);
            for (int x = xStart; x < xEnd; x++)
            {
                T v = input[rowBase + x];
                if (v > best || T.IsNaN(v))
                {
                    best = v;
                    bestIndex = rowBase + x;
                    if (T.IsNaN(v))
                    {
                        break;
                    }
                }
            }
        }

        index = bestIndex;
        return best;
    }

    private static int Workers(in WindowGeometry g, int planes)
    {
        long work = (long)planes * g.OutputPlane * g.KernelH * g.KernelW;
        return work < ParallelWork ? 1 : Math.Min(KernelSettings.MaxThreads, planes);
    }
}
