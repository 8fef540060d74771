using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <content>
/// Direct forward convolution for small windows (few taps: <c>inC·kh·kw ≤ 128</c>), stride 1 and no
/// padding, float/double: the first layer of an image model, where im2col would copy every input
/// element kh·kw times and then feed a GEMM with a tiny k. Each output row is computed in vectors along
/// x, eight output channels at a time in registers, reading the input in place.
/// </content>
public static partial class Convolution2d
{
    /// <summary>Most taps (inC·kh·kw) the direct path takes.</summary>
    private const int DirectMaxTaps = 128;

    /// <summary>Output channels accumulated together.</summary>
    private const int DirectChannelBlock = 8;

    private static bool CanRunDirect<T>(in WindowGeometry g)
        where T : unmanaged =>
        (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        && Vector256.IsHardwareAccelerated
        && g.StrideH == 1 && g.StrideW == 1 && g.PadH == 0 && g.PadW == 0
        && g.PatchSize <= DirectMaxTaps
        && g.OutWidth >= Vector256<T>.Count;

    /// <summary>Forward convolution of images [first, end) by the direct method (arguments validated, <see cref="CanRunDirect{T}"/> holds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void ForwardDirect<T>(T* input, in WindowGeometry g, T* packedWeight, int outChannels, T* bias, T* output, int first, int end)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = Vector256<T>.Count;
        int h = g.Height, w = g.Width, oh = g.OutHeight, ow = g.OutWidth, kh = g.KernelH, kw = g.KernelW;
        int taps = g.PatchSize, outPlane = oh * ow, imageIn = g.Channels * h * w;
        int vectorColumns = ow / lanes * lanes;
        int* offsets = stackalloc int[taps];
        for (int c = 0, t = 0; c < g.Channels; c++)
        {
            for (int ky = 0; ky < kh; ky++)
            {
                for (int kx = 0; kx < kw; kx++, t++)
                {
                    offsets[t] = (c * h * w) + (ky * w) + kx;
                }
            }
        }

        for (int n = first; n < end; n++)
        {
            T* image = input + ((long)n * imageIn);
            T* outImage = output + ((long)n * outChannels * outPlane);
            for (int o0 = 0; o0 < outChannels; o0 += DirectChannelBlock)
            {
                int block = Math.Min(DirectChannelBlock, outChannels - o0);
                T* weights = packedWeight + ((long)o0 * taps); // [tap][8 channels] for this block
                for (int oy = 0; oy < oh; oy++)
                {
                    T* rowStart = image + (oy * w);
                    T* outRow = outImage + (o0 * outPlane) + (oy * ow);
                    for (int x = 0; x < vectorColumns; x += lanes)
                    {
                        T* src = rowStart + x;
                        Vector256<T> a0 = Vector256<T>.Zero, a1 = Vector256<T>.Zero, a2 = Vector256<T>.Zero, a3 = Vector256<T>.Zero;
                        Vector256<T> a4 = Vector256<T>.Zero, a5 = Vector256<T>.Zero, a6 = Vector256<T>.Zero, a7 = Vector256<T>.Zero;
                        T* wt = weights;
                        for (int t = 0; t < taps; t++, wt += DirectChannelBlock)
                        {
                            Vector256<T> v = Vector256.Load(src + offsets[t]);
                            a0 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[0]), v, a0);
                            a1 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[1]), v, a1);
                            a2 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[2]), v, a2);
                            a3 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[3]), v, a3);
                            a4 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[4]), v, a4);
                            a5 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[5]), v, a5);
                            a6 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[6]), v, a6);
                            a7 = VectorArithmetic.MultiplyAdd(Vector256.Create(wt[7]), v, a7);
                        }

                        T* dst = outRow + x;
                        StoreChannel(dst, a0, bias, o0, 0, block, outPlane);
                        StoreChannel(dst, a1, bias, o0, 1, block, outPlane);
                        StoreChannel(dst, a2, bias, o0, 2, block, outPlane);
                        StoreChannel(dst, a3, bias, o0, 3, block, outPlane);
                        StoreChannel(dst, a4, bias, o0, 4, block, outPlane);
                        StoreChannel(dst, a5, bias, o0, 5, block, outPlane);
                        StoreChannel(dst, a6, bias, o0, 6, block, outPlane);
                        StoreChannel(dst, a7, bias, o0, 7, block, outPlane);
                    }

                    // Columns past the last full vector: the same sums, one output at a time.
                    for (int x = vectorColumns; x < ow; x++)
                    {
                        T* src = rowStart + x;
                        for (int j = 0; j < block; j++)
                        {
                            T sum = T.Zero;
                            for (int t = 0; t < taps; t++)
                            {
                                sum = T.FusedMultiplyAdd(weights[(t * DirectChannelBlock) + j], src[offsets[t]], sum);
                            }

                            outRow[(j * outPlane) + x] = sum + (bias is null ? T.Zero : bias[o0 + j]);
                        }
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void StoreChannel<T>(T* dst, Vector256<T> sum, T* bias, int o0, int j, int block, int outPlane)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (j < block)
        {
            (sum + Vector256.Create(bias is null ? T.Zero : bias[o0 + j])).Store(dst + (j * outPlane));
        }
    }

    /// <summary>Weights [outC, taps] → blocks of 8 channels, tap-major: <c>packed[(o0·taps) + t·8 + j] = weight[o0 + j, t]</c>, zero past outC.</summary>
    private static unsafe T[] PackDirectWeights<T>(ReadOnlySpan<T> weight, int outChannels, int taps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int blocks = (outChannels + DirectChannelBlock - 1) / DirectChannelBlock;
        T[] packed = ArrayPool<T>.Shared.Rent(blocks * DirectChannelBlock * taps);
        for (int b = 0; b < blocks; b++)
        {
            for (int t = 0; t < taps; t++)
            {
                for (int j = 0; j < DirectChannelBlock; j++)
                {
                    int o = (b * DirectChannelBlock) + j;
                    packed[(b * DirectChannelBlock * taps) + (t * DirectChannelBlock) + j] = o < outChannels ? weight[(o * taps) + t] : T.Zero;
                }
            }
        }

        return packed;
    }

    /// <summary>
    /// Weight and bias gradients of images [first, end) by the direct method, accumulated into
    /// <paramref name="gradWeight"/> [outC, taps] and <paramref name="gradBias"/> [outC] (or null). Per image,
    /// eight channels' gradient planes stay in cache while every tap is correlated with them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void BackwardWeightDirect<T>(T* input, in WindowGeometry g, T* gradOutput, int outChannels, T* gradWeight, T* gradBias, int first, int end)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = Vector256<T>.Count;
        int h = g.Height, w = g.Width, oh = g.OutHeight, ow = g.OutWidth, kh = g.KernelH, kw = g.KernelW;
        int taps = g.PatchSize, outPlane = oh * ow, imageIn = g.Channels * h * w;
        int vectorColumns = ow / lanes * lanes;
        int* offsets = stackalloc int[taps];
        for (int c = 0, t = 0; c < g.Channels; c++)
        {
            for (int ky = 0; ky < kh; ky++)
            {
                for (int kx = 0; kx < kw; kx++, t++)
                {
                    offsets[t] = (c * h * w) + (ky * w) + kx;
                }
            }
        }

        T** planes = stackalloc T*[DirectChannelBlock];
        for (int n = first; n < end; n++)
        {
            T* image = input + ((long)n * imageIn);
            T* gradImage = gradOutput + ((long)n * outChannels * outPlane);
            for (int o0 = 0; o0 < outChannels; o0 += DirectChannelBlock)
            {
                int block = Math.Min(DirectChannelBlock, outChannels - o0);
                for (int j = 0; j < DirectChannelBlock; j++)
                {
                    planes[j] = gradImage + ((o0 + Math.Min(j, block - 1)) * outPlane); // unused lanes repeat the last channel
                }

                T* p0 = planes[0], p1 = planes[1], p2 = planes[2], p3 = planes[3], p4 = planes[4], p5 = planes[5], p6 = planes[6], p7 = planes[7];
                for (int t = 0; t < taps; t++)
                {
                    T* tapStart = image + offsets[t];
                    Vector256<T> a0 = Vector256<T>.Zero, a1 = Vector256<T>.Zero, a2 = Vector256<T>.Zero, a3 = Vector256<T>.Zero;
                    Vector256<T> a4 = Vector256<T>.Zero, a5 = Vector256<T>.Zero, a6 = Vector256<T>.Zero, a7 = Vector256<T>.Zero;
                    T tail0 = T.Zero, tail1 = T.Zero, tail2 = T.Zero, tail3 = T.Zero, tail4 = T.Zero, tail5 = T.Zero, tail6 = T.Zero, tail7 = T.Zero;
                    for (int oy = 0; oy < oh; oy++)
                    {
                        T* src = tapStart + (oy * w);
                        int rowOffset = oy * ow;
                        for (int x = 0; x < vectorColumns; x += lanes)
                        {
                            Vector256<T> v = Vector256.Load(src + x);
                            int at = rowOffset + x;
                            a0 = VectorArithmetic.MultiplyAdd(Vector256.Load(p0 + at), v, a0);
                            a1 = VectorArithmetic.MultiplyAdd(Vector256.Load(p1 + at), v, a1);
                            a2 = VectorArithmetic.MultiplyAdd(Vector256.Load(p2 + at), v, a2);
                            a3 = VectorArithmetic.MultiplyAdd(Vector256.Load(p3 + at), v, a3);
                            a4 = VectorArithmetic.MultiplyAdd(Vector256.Load(p4 + at), v, a4);
                            a5 = VectorArithmetic.MultiplyAdd(Vector256.Load(p5 + at), v, a5);
                            a6 = VectorArithmetic.MultiplyAdd(Vector256.Load(p6 + at), v, a6);
                            a7 = VectorArithmetic.MultiplyAdd(Vector256.Load(p7 + at), v, a7);
                        }

                        for (int x = vectorColumns; x < ow; x++)
                        {
                            T xv = src[x];
                            int at = rowOffset + x;
                            tail0 += p0[at] * xv;
                            tail1 += p1[at] * xv;
                            tail2 += p2[at] * xv;
                            tail3 += p3[at] * xv;
                            tail4 += p4[at] * xv;
                            tail5 += p5[at] * xv;
                            tail6 += p6[at] * xv;
                            tail7 += p7[at] * xv;
                        }
                    }

                    T* target = gradWeight + ((long)o0 * taps) + t;
                    AccumulateChannel(target, 0, block, taps, a0, tail0);
                    AccumulateChannel(target, 1, block, taps, a1, tail1);
                    AccumulateChannel(target, 2, block, taps, a2, tail2);
                    AccumulateChannel(target, 3, block, taps, a3, tail3);
                    AccumulateChannel(target, 4, block, taps, a4, tail4);
                    AccumulateChannel(target, 5, block, taps, a5, tail5);
                    AccumulateChannel(target, 6, block, taps, a6, tail6);
                    AccumulateChannel(target, 7, block, taps, a7, tail7);
                }
            }

            if (gradBias is not null)
            {
                for (int o = 0; o < outChannels; o++)
                {
                    gradBias[o] += System.Numerics.Tensors.TensorPrimitives.Sum(new ReadOnlySpan<T>(gradImage + ((long)o * outPlane), outPlane));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AccumulateChannel<T>(T* target, int j, int block, int taps, Vector256<T> sum, T tail)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (j < block)
        {
            target[j * taps] += Vector256.Sum(sum) + tail;
        }
    }
}
