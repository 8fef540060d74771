using System.Buffers;
using System.Numerics;

namespace Hyperdual.Tensors.Kernels;

/// <content>Reverse-mode rules of the convolution: gradients with respect to the input, the weight and the bias.</content>
public static partial class Convolution2d
{
    /// <summary>
    /// Gradient with respect to the input: the adjoint of <see cref="Forward{T}"/> in its input,
    /// <c>gradInput = convᵀ(gradOutput)</c> (col2im of <c>weightᵀ · gradOutput</c> with the output channels as rows). Overwrites <paramref name="gradInput"/>.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="gradOutput">dL/doutput <c>[batch, outChannels, oh, ow]</c>.</param>
    /// <param name="batch">Images.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="weight">Weight <c>[outChannels, inChannels, kernelH, kernelW]</c>.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernelH">Kernel height.</param>
    /// <param name="kernelW">Kernel width.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="gradInput">dL/dinput <c>[batch, inChannels, height, width]</c>, overwritten.</param>
    public static unsafe void BackwardInput<T>(ReadOnlySpan<T> gradOutput, int batch, int inChannels, int height, int width,
        ReadOnlySpan<T> weight, int outChannels, int kernelH, int kernelW,
        int strideH, int strideW, int padH, int padW, Span<T> gradInput)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, inChannels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        KernelArguments.NonNegative(outChannels, nameof(outChannels));
        KernelArguments.RequireLength(gradOutput.Length, g.OutputLength(outChannels), nameof(gradOutput));
        KernelArguments.RequireLength(weight.Length, (long)outChannels * g.PatchSize, nameof(weight));
        KernelArguments.RequireLength(gradInput.Length, g.InputLength, nameof(gradInput));
        if (g.Batch == 0)
        {
            return;
        }

        int patch = g.PatchSize, planeOut = g.OutputPlane, imageIn = g.Channels * g.InputPlane;
        int perChunk = ImagesPerChunk(g);
        int chunks = (g.Batch + perChunk - 1) / perChunk;
        int workers = Math.Min(KernelSettings.MaxThreads, chunks);
        int gemmThreads = workers == 1 ? KernelSettings.MaxThreads : 1;
        SimdLevel level = KernelSettings.SimdLevel;
        fixed (T* pGradOut = gradOutput, pWeight = weight, pGradIn = gradInput)
        {
            nint gradOutAddress = (nint)pGradOut, weightAddress = (nint)pWeight, gradInAddress = (nint)pGradIn;
            KernelParallel.For(workers, worker =>
            {
                (int first, int end) = KernelParallel.Range(chunks, workers, worker);
                T[] columns = ArrayPool<T>.Shared.Rent(perChunk * planeOut * patch);
                T[] channelRows = ArrayPool<T>.Shared.Rent(Math.Max(1, perChunk * planeOut * outChannels));
                try
                {
                    var weightSpan = new ReadOnlySpan<T>((T*)weightAddress, outChannels * patch);
                    for (int chunk = first; chunk < end; chunk++)
                    {
                        int n0 = chunk * perChunk;
                        int count = Math.Min(perChunk, g.Batch - n0);
                        WindowGeometry part = WithBatch(g, count);
                        int rowCount = count * planeOut;
                        var gradOutChunk = new ReadOnlySpan<T>((T*)gradOutAddress + ((long)n0 * outChannels * planeOut), count * outChannels * planeOut);
                        PlanesToChannelRows(gradOutChunk, count, planeOut, outChannels, channelRows);
                        Gemm.Multiply(level, gemmThreads, Transpose.Transposed, Transpose.None, patch, rowCount, outChannels,
                            T.One, weightSpan, patch, channelRows, Math.Max(1, rowCount), T.Zero, columns, rowCount);
                        Col2ImTransposedCore(columns.AsSpan(0, patch * rowCount), part, new Span<T>((T*)gradInAddress + ((long)n0 * imageIn), count * imageIn));
                    }
                }
                finally
                {
                    ArrayPool<T>.Shared.Return(columns);
                    ArrayPool<T>.Shared.Return(channelRows);
                }
            });
        }
    }

    /// <summary>
    /// Gradients with respect to the weight, <c>gradWeight[o, c, ky, kx] = Σ_{n,y,x} gradOutput[n, o, y, x] · input[n, c, y·sh − ph + ky, x·sw − pw + kx]</c>,
    /// and the bias, <c>gradBias[o] = Σ_{n,y,x} gradOutput[n, o, y, x]</c>. Both are overwritten.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">Input <c>[batch, inChannels, height, width]</c>.</param>
    /// <param name="batch">Images.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="gradOutput">dL/doutput <c>[batch, outChannels, oh, ow]</c>.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernelH">Kernel height.</param>
    /// <param name="kernelW">Kernel width.</param>
    /// <param name="strideH">Vertical stride.</param>
    /// <param name="strideW">Horizontal stride.</param>
    /// <param name="padH">Zero rows added above and below.</param>
    /// <param name="padW">Zero columns added left and right.</param>
    /// <param name="gradWeight">dL/dweight <c>[outChannels, inChannels, kernelH, kernelW]</c>, overwritten.</param>
    /// <param name="gradBias">dL/dbias <c>[outChannels]</c>, overwritten; empty to skip it.</param>
    public static unsafe void BackwardWeight<T>(ReadOnlySpan<T> input, int batch, int inChannels, int height, int width,
        ReadOnlySpan<T> gradOutput, int outChannels, int kernelH, int kernelW,
        int strideH, int strideW, int padH, int padW, Span<T> gradWeight, Span<T> gradBias)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WindowGeometry g = WindowGeometry.Create(batch, inChannels, height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        KernelArguments.NonNegative(outChannels, nameof(outChannels));
        KernelArguments.RequireLength(input.Length, g.InputLength, nameof(input));
        KernelArguments.RequireLength(gradOutput.Length, g.OutputLength(outChannels), nameof(gradOutput));
        KernelArguments.RequireLength(gradWeight.Length, (long)outChannels * g.PatchSize, nameof(gradWeight));
        bool wantBias = !gradBias.IsEmpty;
        if (wantBias)
        {
            KernelArguments.RequireLength(gradBias.Length, outChannels, nameof(gradBias));
        }

        int patch = g.PatchSize, planeOut = g.OutputPlane, imageIn = g.Channels * g.InputPlane;
        int weightCount = outChannels * patch;
        gradWeight.Slice(0, weightCount).Clear();
        if (wantBias)
        {
            gradBias.Slice(0, outChannels).Clear();
        }

        if (g.Batch == 0 || outChannels == 0)
        {
            return;
        }

        if (CanRunDirect<T>(g) && KernelSettings.SimdLevel != SimdLevel.Scalar)
        {
            BackwardWeightDirectOnWorkers(input, g, gradOutput, outChannels, gradWeight.Slice(0, weightCount), wantBias ? gradBias.Slice(0, outChannels) : Span<T>.Empty);
            return;
        }

        int perChunk = ImagesPerChunk(g);
        int chunks = (g.Batch + perChunk - 1) / perChunk;
        int workers = Math.Min(KernelSettings.MaxThreads, chunks);
        int gemmThreads = workers == 1 ? KernelSettings.MaxThreads : 1;
        SimdLevel level = KernelSettings.SimdLevel;

        // Worker w accumulates its chunks into partial[w]; partials are summed in worker order (deterministic).
        T[] partials = ArrayPool<T>.Shared.Rent(workers * (weightCount + outChannels));
        try
        {
            fixed (T* pInput = input, pGradOut = gradOutput, pPartials = partials)
            {
                nint inputAddress = (nint)pInput, gradOutAddress = (nint)pGradOut, partialsAddress = (nint)pPartials;
                KernelParallel.For(workers, worker =>
                {
                    (int first, int end) = KernelParallel.Range(chunks, workers, worker);
                    var partialWeight = new Span<T>((T*)partialsAddress + ((long)worker * (weightCount + outChannels)), weightCount);
                    var partialBias = new Span<T>((T*)partialsAddress + ((long)worker * (weightCount + outChannels)) + weightCount, outChannels);
                    partialWeight.Clear();
                    partialBias.Clear();
                    T[] columns = ArrayPool<T>.Shared.Rent(perChunk * planeOut * patch);
                    T[] channelRows = ArrayPool<T>.Shared.Rent(perChunk * planeOut * outChannels);
                    T[] transposedWeight = ArrayPool<T>.Shared.Rent(weightCount);
                    try
                    {
                        for (int chunk = first; chunk < end; chunk++)
                        {
                            int n0 = chunk * perChunk;
                            int count = Math.Min(perChunk, g.Batch - n0);
                            WindowGeometry part = WithBatch(g, count);
                            int rowCount = count * planeOut;
                            Im2ColTransposedCore(new ReadOnlySpan<T>((T*)inputAddress + ((long)n0 * imageIn), count * imageIn), part, columns.AsSpan(0, patch * rowCount));
                            var gradOutChunk = new ReadOnlySpan<T>((T*)gradOutAddress + ((long)n0 * outChannels * planeOut), count * outChannels * planeOut);
                            PlanesToChannelRows(gradOutChunk, count, planeOut, outChannels, channelRows);
                            // gradWeightᵀ[patch, outC] = columns · channelRowsᵀ: C is as narrow as the layer has channels, so the
                            // GEMM reads the large columns in place instead of packing them.
                            Gemm.Multiply(level, gemmThreads, Transpose.None, Transpose.Transposed, patch, outChannels, rowCount,
                                T.One, columns, rowCount, channelRows, rowCount, T.Zero, transposedWeight, outChannels);
                            for (int q = 0; q < patch; q++)
                            {
                                for (int o = 0; o < outChannels; o++)
                                {
                                    partialWeight[(o * patch) + q] += transposedWeight[(q * outChannels) + o];
                                }
                            }

                            for (int o = 0; o < outChannels; o++)
                            {
                                partialBias[o] += System.Numerics.Tensors.TensorPrimitives.Sum(new ReadOnlySpan<T>(channelRows, o * rowCount, rowCount));
                            }
                        }
                    }
                    finally
                    {
                        ArrayPool<T>.Shared.Return(columns);
                        ArrayPool<T>.Shared.Return(channelRows);
                        ArrayPool<T>.Shared.Return(transposedWeight);
                    }
                });
            }

            for (int worker = 0; worker < workers; worker++)
            {
                ReadOnlySpan<T> partial = new ReadOnlySpan<T>(partials, worker * (weightCount + outChannels), weightCount + outChannels);
                Span<T> weightTarget = gradWeight.Slice(0, weightCount);
                for (int i = 0; i < weightCount; i++)
                {
                    weightTarget[i] += partial[i];
                }

                if (wantBias)
                {
                    for (int o = 0; o < outChannels; o++)
                    {
                        gradBias[o] += partial[weightCount + o];
                    }
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(partials);
        }
    }

    /// <summary>Direct weight/bias gradients split over workers by image, partial sums added in worker order (targets already cleared).</summary>
    private static unsafe void BackwardWeightDirectOnWorkers<T>(ReadOnlySpan<T> input, in WindowGeometry g, ReadOnlySpan<T> gradOutput, int outChannels, Span<T> gradWeight, Span<T> gradBias)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int weightCount = outChannels * g.PatchSize;
        long work = (long)g.Batch * outChannels * g.OutputPlane * g.PatchSize;
        int workers = (int)Math.Clamp(work / (1L << 21), 1, Math.Min(KernelSettings.MaxThreads, g.Batch));
        int stride = weightCount + outChannels;
        T[] partials = ArrayPool<T>.Shared.Rent(workers * stride);
        try
        {
            Array.Clear(partials, 0, workers * stride);
            bool wantBias = !gradBias.IsEmpty;
            fixed (T* pInput = input, pGradOut = gradOutput, pPartials = partials)
            {
                nint inputAddress = (nint)pInput, gradOutAddress = (nint)pGradOut, partialsAddress = (nint)pPartials;
                WindowGeometry geometry = g;
                KernelParallel.For(workers, worker =>
                {
                    (int first, int end) = KernelParallel.Range(geometry.Batch, workers, worker);
                    T* partial = (T*)partialsAddress + ((long)worker * stride);
                    BackwardWeightDirect((T*)inputAddress, geometry, (T*)gradOutAddress, outChannels, partial, wantBias ? partial + weightCount : null, first, end);
                });
            }

            for (int worker = 0; worker < workers; worker++)
            {
                ReadOnlySpan<T> partial = new ReadOnlySpan<T>(partials, worker * stride, stride);
                for (int i = 0; i < weightCount; i++)
                {
                    gradWeight[i] += partial[i];
                }

                for (int o = 0; o < gradBias.Length; o++)
                {
                    gradBias[o] += partial[weightCount + o];
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(partials);
        }
    }
}
