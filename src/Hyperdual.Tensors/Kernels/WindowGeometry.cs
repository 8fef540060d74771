namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Validated shape of a sliding-window operation (convolution or pooling) over an NCHW tensor:
/// input <c>[Batch, Channels, Height, Width]</c>, window <c>KernelH×KernelW</c>, strides, zero padding,
/// and the output plane <c>OutHeight×OutWidth</c>.
/// </summary>
internal readonly struct WindowGeometry
{
    private WindowGeometry(int batch, int channels, int height, int width, int kernelH, int kernelW,
        int strideH, int strideW, int padH, int padW, int outHeight, int outWidth)
    {
        Batch = batch;
        Channels = channels;
        Height = height;
        Width = width;
        KernelH = kernelH;
        KernelW = kernelW;
        StrideH = strideH;
        StrideW = strideW;
        PadH = padH;
        PadW = padW;
        OutHeight = outHeight;
        OutWidth = outWidth;
    }

    public int Batch { get; }

    public int Channels { get; }

    public int Height { get; }

    public int Width { get; }

    public int KernelH { get; }

    public int KernelW { get; }

    public int StrideH { get; }

    public int StrideW { get; }

    public int PadH { get; }

    public int PadW { get; }

    public int OutHeight { get; }

    public int OutWidth { get; }

    /// <summary>Elements of one input plane (H·W).</summary>
    public int InputPlane => Height * Width;

    /// <summary>Elements of one output plane (oh·ow).</summary>
    public int OutputPlane => OutHeight * OutWidth;

    /// <summary>Elements of one window over all channels (C·kh·kw): a row of the im2col matrix.</summary>
    public int PatchSize => Channels * KernelH * KernelW;

    /// <summary>Elements of the whole input tensor.</summary>
    public long InputLength => (long)Batch * Channels * Height * Width;

    /// <summary>Elements of the output tensor for <paramref name="outChannels"/> output channels.</summary>
    public long OutputLength(int outChannels) => (long)Batch * outChannels * OutHeight * OutWidth;

    /// <summary>Output size of a window op: <c>floor((size + 2·pad − kernel) / stride) + 1</c>, validated.</summary>
    public static (int OutHeight, int OutWidth) OutputSize(
        int height, int width, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW)
    {
        KernelArguments.Positive(height, nameof(height));
        KernelArguments.Positive(width, nameof(width));
        KernelArguments.Positive(kernelH, nameof(kernelH));
        KernelArguments.Positive(kernelW, nameof(kernelW));
        KernelArguments.Positive(strideH, nameof(strideH));
        KernelArguments.Positive(strideW, nameof(strideW));
        KernelArguments.NonNegative(padH, nameof(padH));
        KernelArguments.NonNegative(padW, nameof(padW));
        long spanH = height + (2L * padH);
        long spanW = width + (2L * padW);
        if (spanH < kernelH)
        {
            throw new ArgumentException(
                $"kernelH = {kernelH} is larger than the padded height {spanH} (height {height} + 2·padH {padH}).", nameof(kernelH));
        }

        if (spanW < kernelW)
        {
            throw new ArgumentException(
                $"kernelW = {kernelW} is larger than the padded width {spanW} (width {width} + 2·padW {padW}).", nameof(kernelW));
        }

        return ((int)(((spanH - kernelH) / strideH) + 1), (int)(((spanW - kernelW) / strideW) + 1));
    }

    /// <summary>Validates every dimension (naming the bad one) and computes the output plane.</summary>
    public static WindowGeometry Create(int batch, int channels, int height, int width, int kernelH, int kernelW,
        int strideH, int strideW, int padH, int padW)
    {
        KernelArguments.NonNegative(batch, nameof(batch));
        KernelArguments.NonNegative(channels, nameof(channels));
        (int oh, int ow) = OutputSize(height, width, kernelH, kernelW, strideH, strideW, padH, padW);
        return new WindowGeometry(batch, channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, oh, ow);
    }
}
