using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 2-D convolution (cross-correlation, as in deep-learning libraries) over NCHW tensors: input
/// <c>[N, inC, H, W]</c>, weight <c>[outC, inC, kh, kw]</c>, optional bias <c>[outC]</c>, output
/// <c>[N, outC, oh, ow]</c>, with strides and zero padding.
/// </summary>
/// <remarks>
/// Small first-layer windows (stride 1, no padding, inC·kh·kw ≤ 128, float/double) run a direct vectorised
/// convolution. Everything else is im2col + one GEMM per chunk of images: the weight <c>[outC, inC·kh·kw]</c> times the
/// transposed columns <c>[inC·kh·kw, n·oh·ow]</c> gives <c>[outC, n·oh·ow]</c>, whose runs of oh·ow are NCHW's planes
/// (copied with the bias added). The output channels are the GEMM's rows, so a model's few channels waste no more than
/// one register tile's height, and the layout change is a copy of whole planes rather than a transpose.
/// Chunks bound the column buffer and are spread over <see cref="KernelSettings.MaxThreads"/> workers.
/// Every output is overwritten (nothing accumulates into existing contents).
/// </remarks>
public static partial class Convolution2d
{
    /// <summary>
    /// Elements of im2col buffer a chunk aims for (a chunk holds at least one image): 1 MiB of floats, one core's L2
    /// here, so the product reads the columns from where im2col just wrote them. With 4 MiB chunks a cnn step at batch
    /// 2048 took 10% longer (backprop 403–490 against 366–420 ms, the K = 3 jet 1,276–1,590 against 1,192–1,260,
    /// alternated); 512 KiB measured the same as 1 MiB.
    /// </summary>
    private const int ColumnBudget = 1 << 18;

    /// <summary>Output height and width: <c>floor((size + 2·pad − kernel) / stride) + 1</c>.</summary>
    /// <param name="height">Input height (positive).</param>
    /// <param name="width">Input width (positive).</param>
    /// <param name="kernelH">Kernel height (positive, at most the padded height).</param>
    /// <param name="kernelW">Kernel width (positive, at most the padded width).</param>
    /// <param name="strideH">Vertical stride (positive).</param>
    /// <param name="strideW">Horizontal stride (positive).</param>
    /// <param name="padH">Zero rows added above and below (non-negative).</param>
    /// <param name="padW">Zero columns added left and right (non-negative).</param>
    /// <returns>The output plane size.</returns>
    public static (int OutHeight, int OutWidth) OutputSize(
        int height, int width, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) =>
        WindowGeometry.OutputSize(height, width, kernelH, kernelW, strideH, strideW, padH, padW);

    /// <summary>Forward convolution: <c>output[n, o, y, x] = bias[o] + Σ_{c,ky,kx} weight[o, c, ky, kx] · input[n, c, y·sh − ph + ky, x·sw − pw + kx]</c>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">Input <c>[batch, inChannels, height, width]</c>.</param>
    /// <param name="batch">Images (may be 0).</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="weight">Weight <c>[outChannels, inChannels, kernelH, kernelW]</c>.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernelH">Kernel height.</param>
    /// <param name="kernelW">Kernel width.</param>
    /// <param name="bias">Bias <c>[outChannels]</c>, or empty for none.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="output">Output <c>[batch, outChannels, oh, ow]</c>, overwritten.</param>
    public static unsafe void Forward<T>(ReadOnlySpan<T> input, int batch, int inChannels, int height, int width,
        ReadOnlySpan<T> weight, int outChannels, int kernelH, int kernelW, ReadOnlySpan<T> bias,
        int strideH, int strideW, int padH, int padW, Span<T> output)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, inChannels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        KernelArguments.NonNegative(outChannels, nameof(outChannels));
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        KernelArguments.RequireLength(weight.Length, (long)outChannels * g.PatchSize, nameof(weight));
        if (!bias.IsEmpty)
        {
            KernelArguments.RequireLength(bias.Length, outChannels, nameof(bias));
        }

        KernelArguments.RequireLength(output.Length, g.OutputLength(outChannels), nameof(output));
        if (g.Batch == 0 || outChannels == 0)
        {
            return;
        }

        int patch = g.PatchSize, planeOut = g.OutputPlane, imageIn = g.Channels * g.InputPlane;
        bool hasBias = !bias.IsEmpty;
        if (CanRunDirect<T>(g) && KernelSettings.SimdLevel != SimdLevel.Scalar)
        {
            T[] packed = PackDirectWeights(weight, outChannels, patch);
            try
            {
                fixed (T* pInput = input, pPacked = packed, pBias = bias, pOutput = output)
                {
                    nint inputAddress = (nint)pInput, packedAddress = (nint)pPacked, biasAddress = hasBias ? (nint)pBias : 0, outputAddress = (nint)pOutput;
                    int directWorkers = (int)Math.Clamp((long)g.Batch * outChannels * planeOut * patch / (1L << 20), 1, Math.Min(KernelSettings.MaxThreads, g.Batch));
                    WindowGeometry geometry = g;
                    KernelParallel.For(directWorkers, worker =>
                    {
                        (int first, int end) = KernelParallel.Range(geometry.Batch, directWorkers, worker);
                        ForwardDirect((T*)inputAddress, geometry, (T*)packedAddress, outChannels, (T*)biasAddress, (T*)outputAddress, first, end);
                    });
                }
            }
            finally
            {
                ArrayPool<T>.Shared.Return(packed);
            }

            return;
        }

        int perChunk = ImagesPerChunk(g);
        int chunks = (g.Batch + perChunk - 1) / perChunk;
        int workers = Math.Min(KernelSettings.MaxThreads, chunks);
        int gemmThreads = workers == 1 ? KernelSettings.MaxThreads : 1;
        SimdLevel level = KernelSettings.SimdLevel;
        fixed (T* pInput = input, pWeight = weight, pBias = bias, pOutput = output)
        {
            nint inputAddress = (nint)pInput, weightAddress = (nint)pWeight, biasAddress = (nint)pBias, outputAddress = (nint)pOutput;
            KernelParallel.For(workers, worker =>
            {
                (int first, int end) = KernelParallel.Range(chunks, workers, worker);
                T[] columns = ArrayPool<T>.Shared.Rent(perChunk * planeOut * patch);
                T[] product = ArrayPool<T>.Shared.Rent(perChunk * planeOut * outChannels);
                try
                {
                    var weightSpan = new ReadOnlySpan<T>((T*)weightAddress, outChannels * patch);
                    var biasSpan = new ReadOnlySpan<T>((T*)biasAddress, hasBias ? outChannels : 0);
                    for (int chunk = first; chunk < end; chunk++)
                    {
                        int n0 = chunk * perChunk;
                        int count = Math.Min(perChunk, g.Batch - n0);
                        WindowGeometry part = WithBatch(g, count);
                        int rows = count * planeOut;
                        Im2ColTransposedCore(new ReadOnlySpan<T>((T*)inputAddress + ((long)n0 * imageIn), count * imageIn), part, columns.AsSpan(0, patch * rows));
                        Gemm.Multiply(level, gemmThreads, Transpose.None, Transpose.None, outChannels, rows, patch,
                            T.One, weightSpan, patch, columns, rows, T.Zero, product, rows);
                        var outSpan = new Span<T>((T*)outputAddress + ((long)n0 * outChannels * planeOut), count * outChannels * planeOut);
                        ChannelRowsToPlanes(product.AsSpan(0, outChannels * rows), count, planeOut, outChannels, biasSpan, outSpan);
                    }
                }
                finally
                {
                    ArrayPool<T>.Shared.Return(columns);
                    ArrayPool<T>.Shared.Return(product);
                }
            });
        }
    }

    /// <summary>Images per im2col chunk: as many as fit <see cref="ColumnBudget"/>, at least one.</summary>
    private static int ImagesPerChunk(in WindowGeometry g)
    {
        long perImage = Math.Max(1L, (long)g.OutputPlane * g.PatchSize);
        return (int)Math.Clamp(ColumnBudget / perImage, 1, Math.Max(1, g.Batch));
    }

    private static WindowGeometry WithBatch(in WindowGeometry g, int batch) =>
        WindowGeometry.Create(batch, g.Channels, g.Height, g.Width, g.KernelH, g.KernelW, g.StrideH, g.StrideW, g.PadH, g.PadW);

    /// <summary><c>planes[n, o, p] = channelRows[o, n·P + p] + bias[o]</c> (bias empty = none): whole planes copied.</summary>
    private static void ChannelRowsToPlanes<T>(ReadOnlySpan<T> channelRows, int count, int plane, int channels, ReadOnlySpan<T> bias, Span<T> planes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = count * plane;
        KernelArguments.RequireLength(channelRows.Length, (long)channels * rows, nameof(channelRows));
        KernelArguments.RequireLength(planes.Length, (long)count * channels * plane, nameof(planes));
        for (int o = 0; o < channels; o++)
        {
            ReadOnlySpan<T> channel = channelRows.Slice(o * rows, rows);
            for (int n = 0; n < count; n++)
            {
                ReadOnlySpan<T> source = channel.Slice(n * plane, plane);
                Span<T> target = planes.Slice(((n * channels) + o) * plane, plane);
                if (bias.IsEmpty)
                {
                    source.CopyTo(target);
                }
                else
                {
                    System.Numerics.Tensors.TensorPrimitives.Add(source, bias[o], target);
                }
            }
        }
    }

    /// <summary><c>channelRows[o, n·P + p] = planes[n, o, p]</c>: an NCHW gradient into the GEMM layout, whole planes copied.</summary>
    private static void PlanesToChannelRows<T>(ReadOnlySpan<T> planes, int count, int plane, int channels, Span<T> channelRows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = count * plane;
        KernelArguments.RequireLength(planes.Length, (long)count * channels * plane, nameof(planes));
        KernelArguments.RequireLength(channelRows.Length, (long)channels * rows, nameof(channelRows));
        for (int n = 0; n < count; n++)
        {
            for (int o = 0; o < channels; o++)
            {
                planes.Slice(((n * channels) + o) * plane, plane).CopyTo(channelRows.Slice((o * rows) + (n * plane), plane));
            }
        }
    }
}
