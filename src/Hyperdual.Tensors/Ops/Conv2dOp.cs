using System.Numerics;
using System.Numerics.Tensors;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// 2-D convolution (cross-correlation, as PyTorch) <c>Y = conv(X, W) + b</c>, X NCHW, W
/// <c>[outC, inC, kh, kw]</c>, b <c>[outC]</c>. Bilinear in (X, W):
/// <c>Yᵢ = conv(Xᵢ, W₀) + conv(X₀, Wᵢ) + bᵢ</c>,
/// <c>Yᵢⱼ = conv(Xᵢⱼ, W₀) + conv(Xᵢ, Wⱼ) + conv(Xⱼ, Wᵢ) + conv(X₀, Wᵢⱼ) + bᵢⱼ</c>.
/// </summary>
/// <remarks>
/// The jet rule treats parts as more images and more output channels, so each term is one call of
/// the im2col + GEMM kernel with a wide GEMM: with a constant weight, all stored parts of X as a
/// batch of <c>parts·n</c> images with W₀, written straight into Y's parts. With weight tangents:
/// (1) X's second-order parts as a batch with W₀ into Y's second-order parts; (2) for each of
/// X₀, X₁..X_K, one conv with the stacked <c>[W₀; W₁; …; W_K]</c> as <c>(1 + K)·outC</c> output
/// channels (the weight's parts are already contiguous), giving every conv(X_a, W_b), assembled with
/// adds — 1 + K convs of width (1 + K)·outC instead of K² small ones, and im2col once per part;
/// (3) only for a weight with second-order parts, X₀ with the stacked Wᵢⱼ.
/// </remarks>
public static class Conv2dOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X <c>[n, inC, h, w]</c>.</param>
    /// <param name="weight">W <c>[outC, inC, kh, kw]</c>.</param>
    /// <param name="bias">b <c>[outC]</c> or null.</param>
    /// <param name="stride">The stride.</param>
    /// <param name="padding">The zero padding.</param>
    /// <returns>Y <c>[n, outC, oh, ow]</c>.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> input, Tensor<T> weight, Tensor<T>? bias, int stride, int padding)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        Geometry g = Check(input.Shape, weight.Shape, bias is not null, bias is null ? default : bias.Shape, stride, padding);
        Tensor<T> y = Tensor<T>.Allocate([g.N, g.OutC, g.OutH, g.OutW], clear: false);
        Convolution2d.Forward<T>(input.Span, g.N, g.InC, g.H, g.W, weight.Span, g.OutC, g.Kh, g.Kw,
            bias is null ? [] : bias.Span, stride, stride, padding, padding, y.Span);
        return y;
    }

    /// <summary>Jet rule (see the type's remarks).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X jet.</param>
    /// <param name="weight">W jet.</param>
    /// <param name="bias">b jet or null.</param>
    /// <param name="stride">The stride.</param>
    /// <param name="padding">The zero padding.</param>
    /// <returns>The jet of Y.</returns>
    public static Jet<T> Forward<T>(Jet<T> input, Jet<T> weight, Jet<T>? bias, int stride, int padding)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        JetChecks.SameK(input, weight, "Conv2d");
        if (bias is not null)
        {
            JetChecks.SameK(input, bias, "Conv2d");
        }

        Geometry g = Check(input.Shape, weight.Shape, bias is not null, bias is null ? default : bias.Shape, stride, padding);
        int directions = input.K;
        bool tangents = input.HasTangents || weight.HasTangents || (bias?.HasTangents ?? false);
        bool second = input.HasSecondOrder || weight.HasSecondOrder || (bias?.HasSecondOrder ?? false)
            || (input.HasTangents && weight.HasTangents);
        Jet<T> y = input.AllocateLike([g.N, g.OutC, g.OutH, g.OutW], tangents, second, clear: false);
        int partsX = input.StoredPartCount, partLength = y.PartLength, plane = g.OutH * g.OutW;
        int image = g.InC * g.H * g.W, outImage = g.OutC * plane;

        if (!weight.HasTangents)
        {
            // A constant weight: every stored part of X as one batch of parts·n images, with W₀.
            Convolution2d.Forward<T>(input.Parts, partsX * g.N, g.InC, g.H, g.W, weight.Value, g.OutC, g.Kh, g.Kw,
                [], stride, stride, padding, padding, y.Parts[..(partsX * partLength)]);
            y.Parts[(partsX * partLength)..].Clear();
        }
        else
        {
            // (1) Xᵢⱼ with W₀ straight into Y's second-order parts (zeros when X has none).
            if (input.HasSecondOrder)
            {
                Convolution2d.Forward<T>(input.SecondOrder, input.PairCount * g.N, g.InC, g.H, g.W, weight.Value, g.OutC, g.Kh, g.Kw,
                    [], stride, stride, padding, padding, y.SecondOrder);
            }
            else
            {
                y.SecondOrder.Clear();
            }

            // (2) each of X₀, X₁..X_K with the stacked [W₀; W₁; …; W_K] as (1 + K)·outC output channels:
            // one conv per input part gives every X_aW_b, then adds assemble Y₀, Yᵢ and Yᵢⱼ.
            int a = input.HasTangents ? 1 + directions : 1;
            int perImage = (1 + directions) * outImage, weightLength = weight.PartLength;
            T[] products = Workspace<T>.RentOrAllocate(g.N * perImage, clear: false);
            ReadOnlySpan<T> stacked = weight.Parts[..((1 + directions) * weightLength)];
            T two = T.One + T.One;
            for (int ai = 0; ai < a; ai++)
            {
                Convolution2d.Forward<T>(input.Parts.Slice(ai * g.N * image, g.N * image), g.N, g.InC, g.H, g.W, stacked, (1 + directions) * g.OutC,
                    g.Kh, g.Kw, [], stride, stride, padding, padding, products);
                for (int row = 0; row < g.N; row++)
                {
                    ReadOnlySpan<T> Block(int b) => products.AsSpan((row * perImage) + (b * outImage), outImage);
                    Span<T> Dest(Span<T> part) => part.Slice(row * outImage, outImage);
                    if (ai == 0)
                    {
                        Block(0).CopyTo(Dest(y.Value)); // X₀W₀
                        for (int q = 0; q < directions; q++)
                        {
                            Block(1 + q).CopyTo(Dest(y.Tangent(q))); // X₀W_q
                        }

                        continue;
                    }

                    int i = ai - 1;
                    Span<T> yi = Dest(y.Tangent(i));
                    TensorPrimitives.Add(yi, Block(0), yi); // XᵢW₀
                    for (int q = 0; q < directions; q++)
                    {
                        int pair = y.Pairs.IndexOf(i, q);
                        if (pair < 0)
                        {
                            continue;
                        }

                        Span<T> yiq = Dest(y.SecondAt(pair)); // XᵢW_q (and X_qWᵢ from part q); twice when q = i
                        if (q == i)
                        {
                            TensorPrimitives.MultiplyAdd(Block(1 + q), two, yiq, yiq);
                        }
                        else
                        {
                            TensorPrimitives.Add(yiq, Block(1 + q), yiq);
                        }
                    }
                }
            }
        }

        // (3) X₀ with [Wᵢⱼ] as P·outC output channels, only for a weight with second-order parts.
        if (weight.HasSecondOrder)
        {
            int pairs = y.PairCount, perImage = pairs * outImage;
            T[] products = Workspace<T>.RentOrAllocate(g.N * perImage, clear: false);
            Convolution2d.Forward<T>(input.Value, g.N, g.InC, g.H, g.W, weight.SecondOrder, pairs * g.OutC,
                g.Kh, g.Kw, [], stride, stride, padding, padding, products);
            for (int p = 0; p < pairs; p++)
            {
                for (int row = 0; row < g.N; row++)
                {
                    Span<T> dest = y.SecondOrder.Slice((p * partLength) + (row * outImage), outImage);
                    TensorPrimitives.Add(dest, products.AsSpan((row * perImage) + (p * outImage), outImage), dest);
                }
            }
        }

        if (bias is not null)
        {
            BiasParts.AddToJet(y, bias, g.N, g.OutC, plane);
        }

        return y;
    }

    private readonly record struct Geometry(int N, int InC, int H, int W, int OutC, int Kh, int Kw, int OutH, int OutW);

    private static Geometry Check(ReadOnlySpan<int> input, ReadOnlySpan<int> weight, bool hasBias, ReadOnlySpan<int> bias, int stride, int padding)
    {
        JetChecks.Rank(input, 4, "Conv2d", nameof(input), "[n, inC, h, w]");
        JetChecks.Rank(weight, 4, "Conv2d", nameof(weight), "[outC, inC, kh, kw]");
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        if (input[1] != weight[1])
        {
            throw new ArgumentException(
                $"Conv2d: the input has {input[1]} channels but the weight {TensorShape.Format(weight)} expects {weight[1]}.", nameof(input));
        }

        if (input[2] + (2 * padding) < weight[2] || input[3] + (2 * padding) < weight[3])
        {
            throw new ArgumentException(
                $"Conv2d: the kernel {weight[2]}×{weight[3]} is larger than the padded input {input[2] + (2 * padding)}×{input[3] + (2 * padding)}.", nameof(weight));
        }

        if (hasBias)
        {
            BiasParts.CheckBias(bias, weight[0], "Conv2d");
        }

        (int oh, int ow) = Convolution2d.OutputSize(input[2], input[3], weight[2], weight[3], stride, stride, padding, padding);
        return new Geometry(input[0], input[1], input[2], input[3], weight[0], weight[2], weight[3], oh, ow);
    }
    /// <summary>Taped rule: the value rule; saves X and W (their shapes carry the geometry).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X.</param>
    /// <param name="weight">W.</param>
    /// <param name="bias">b or null.</param>
    /// <param name="stride">The stride.</param>
    /// <param name="padding">The zero padding.</param>
    /// <returns>Y on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input, TapeTensor<T> weight, TapeTensor<T>? bias, int stride, int padding)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        Tensor<T> y = Forward(input.Value, weight.Value, bias?.Value, stride, padding);
        Tensor<T> x = input.Value;
        TapeNode<T> node = new()
        {
            Rule = Backward<T>,
            Saved0 = weight.RequiresGradient ? x : null,
            Saved1 = weight.Value,
            Arguments = TapeArguments.Of(new Conv2dArguments(stride, padding, x.Dim(0), x.Dim(1), x.Dim(2), x.Dim(3))),
        };
        return Tape<T>.Record(y, node, input, weight, bias);
    }

    /// <summary>The taped arguments of a convolution: stride, padding and the input's shape [n, inC, h, w].</summary>
    private readonly record struct Conv2dArguments(int Stride, int Padding, int N, int InC, int H, int W);

    /// <summary>Reverse rule: X̄ += convᵀ(Ȳ, W) (<see cref="Convolution2d.BackwardInput{T}"/>), W̄ and b̄ from
    /// <see cref="Convolution2d.BackwardWeight{T}"/> (im2col of X against Ȳ).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gy = Tape<T>.OutputGradient(node);
        Tensor<T> w = node.Saved1!;
        (int stride, int padding, int n, int inC, int h, int width) = node.Arguments.As<Conv2dArguments>();
        int outC = w.Dim(0), kh = w.Dim(2), kw = w.Dim(3);
        if (node.B >= 0)
        {
            T[]? gb = node.C >= 0 ? Tape<T>.RentScratch(outC) : null;
            Span<T> gw = tape.BeginGradient(node.B);
            Convolution2d.BackwardWeight<T>(node.Saved0!.Span, n, inC, h, width, gy, outC, kh, kw, stride, stride, padding, padding,
                gw, gb is null ? [] : gb.AsSpan(0, outC));
            tape.EndGradient(node.B);
            if (gb is not null)
            {
                tape.AddGradient(node.C, gb.AsSpan(0, outC), T.One);
                Tape<T>.ReturnScratch(gb);
            }
        }
        else if (node.C >= 0)
        {
            Span<T> gb = tape.BeginGradient(node.C);
            BiasParts.SumToBias(gy, n, outC, gy.Length / (n * outC), gb);
            tape.EndGradient(node.C);
        }

        if (node.A >= 0)
        {
            Span<T> gx = tape.BeginGradient(node.A);
            Convolution2d.BackwardInput<T>(gy, n, inC, h, width, w.Span, outC, kh, kw, stride, stride, padding, padding, gx);
            tape.EndGradient(node.A);
        }
    }
}
