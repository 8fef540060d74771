using System.Numerics;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// Fully connected layer <c>Y = X Wᵀ + b</c>, X <c>[n, in]</c>, W <c>[out, in]</c> (PyTorch layout),
/// b <c>[out]</c>. Bilinear in (X, W), so with jets on both:
/// <c>Yᵢ = XᵢW₀ᵀ + X₀Wᵢᵀ + bᵢ</c>, <c>Yᵢⱼ = XᵢⱼW₀ᵀ + XᵢWⱼᵀ + XⱼWᵢᵀ + X₀Wᵢⱼᵀ + bᵢⱼ</c>.
/// </summary>
/// <remarks>
/// The jet rule issues few large GEMMs, never K² small ones. Data (X without tangents) with a weight with tangents takes
/// one GEMM, <c>X · [W₀; W₁; …; W_K]ᵀ</c>. Otherwise: (1) every stored part of X stacked
/// along M times W₀ᵀ, written straight into Y's parts; (2) when W has tangents,
/// <c>[X₀; X₁..X_K] · [W₁; …; W_K]ᵀ</c> giving every X_aWⱼᵀ at once, assembled with adds;
/// (3) only when W has second-order parts (a computed weight), <c>X₀ · [Wᵢⱼ]ᵀ</c>.
/// Data without tangents therefore costs the work of 1 + K products.
/// </remarks>
public static class LinearOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X <c>[n, in]</c>.</param>
    /// <param name="weight">W <c>[out, in]</c>.</param>
    /// <param name="bias">b <c>[out]</c> or null.</param>
    /// <returns>Y <c>[n, out]</c>.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> input, Tensor<T> weight, Tensor<T>? bias) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        (int n, int inF, int outF) = Check(input.Shape, weight.Shape, bias is not null, bias is null ? default : bias.Shape);
        Tensor<T> y = Tensor<T>.Allocate([n, outF], clear: false);
        Gemm.Multiply(Transpose.None, Transpose.Transposed, n, outF, inF, T.One, input.Span, inF, weight.Span, inF, T.Zero, y.Span, outF);
        if (bias is not null)
        {
            BiasParts.AddToPart<T>(y.Span, bias.Span, n, outF, 1);
        }

        return y;
    }

    /// <summary>Jet rule (see the type's remarks).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X jet.</param>
    /// <param name="weight">W jet.</param>
    /// <param name="bias">b jet or null.</param>
    /// <returns>The jet of Y.</returns>
    public static Jet<T> Forward<T>(Jet<T> input, Jet<T> weight, Jet<T>? bias) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        JetChecks.SameK(input, weight, "Linear");
        if (bias is not null)
        {
            JetChecks.SameK(input, bias, "Linear");
        }

        (int n, int inF, int outF) = Check(input.Shape, weight.Shape, bias is not null, bias is null ? default : bias.Shape);
        int directions = input.K;
        bool tangents = input.HasTangents || weight.HasTangents || (bias?.HasTangents ?? false);
        bool second = input.HasSecondOrder || weight.HasSecondOrder || (bias?.HasSecondOrder ?? false)
            || (input.HasTangents && weight.HasTangents);
        Jet<T> y = input.AllocateLike([n, outF], tangents, second, clear: false);
        int partsX = input.StoredPartCount, partLength = n * outF;

        if (!input.HasTangents && !input.HasSecondOrder && weight.HasTangents)
        {
            // Data: X · [W₀; W₁; …; W_K]ᵀ in one GEMM (the weight's value and tangents are contiguous), whose column
            // blocks are Y₀ and the Yⱼ; one pass over X instead of two, and one wide product instead of a narrow one.
            int width = (1 + directions) * outF;
            T[] products = Workspace<T>.RentOrAllocate(n * width, clear: false);
            Gemm.Multiply(Transpose.None, Transpose.Transposed, n, width, inF, T.One,
                input.Value, inF, weight.Parts[..((1 + directions) * weight.PartLength)], inF, T.Zero, products, width);
            Span<T> parts = y.Parts;
            for (int a = 0; a <= directions; a++)
            {
                for (int row = 0; row < n; row++)
                {
                    products.AsSpan((row * width) + (a * outF), outF).CopyTo(parts.Slice((a * partLength) + (row * outF), outF));
                }
            }

            parts[((1 + directions) * partLength)..].Clear();
        }
        else
        {
            // (1) [X₀; Xᵢ; Xᵢⱼ] · W₀ᵀ straight into Y's first parts; zero the parts X does not have.
            Gemm.Multiply(Transpose.None, Transpose.Transposed, partsX * n, outF, inF, T.One,
                input.Parts, inF, weight.Value, inF, T.Zero, y.Parts, outF);
            y.Parts[(partsX * partLength)..].Clear();

            // (2) [X₀; X₁..X_K] · [W₁; …; W_K]ᵀ: every X_aWⱼᵀ in one GEMM, then adds.
            if (weight.HasTangents)
            {
                int a = input.HasTangents ? 1 + directions : 1;
                int width = directions * outF;
                T[] products = Workspace<T>.RentOrAllocate(a * n * width, clear: false);
                Gemm.Multiply(Transpose.None, Transpose.Transposed, a * n, width, inF, T.One,
                    input.Parts[..(a * n * inF)], inF, weight.Tangents, inF, T.Zero, products, width);
                JetAssembly.AddCrossTerms(y, input.HasTangents, n, outF, products, aStride: n * width, jStride: outF, rowStride: width);
            }
        }

        // (3) X₀ · [Wᵢⱼ]ᵀ, only for a weight with second-order parts.
        if (weight.HasSecondOrder)
        {
            int pairs = y.PairCount, width = pairs * outF;
            T[] products = Workspace<T>.RentOrAllocate(n * width, clear: false);
            Gemm.Multiply(Transpose.None, Transpose.Transposed, n, width, inF, T.One,
                input.Value, inF, weight.SecondOrder, inF, T.Zero, products, width);
            Span<T> ys = y.SecondOrder;
            for (int p = 0; p < pairs; p++)
            {
                for (int row = 0; row < n; row++)
                {
                    Span<T> dest = ys.Slice((p * partLength) + (row * outF), outF);
                    System.Numerics.Tensors.TensorPrimitives.Add(dest, products.AsSpan((row * width) + (p * outF), outF), dest);
                }
            }
        }

        if (bias is not null)
        {
            BiasParts.AddToJet(y, bias, n, outF, 1);
        }

        return y;
    }

    private static (int N, int In, int Out) Check(ReadOnlySpan<int> input, ReadOnlySpan<int> weight, bool hasBias, ReadOnlySpan<int> bias)
    {
        JetChecks.Rank(input, 2, "Linear", nameof(input), "[n, in]");
        JetChecks.Rank(weight, 2, "Linear", nameof(weight), "[out, in]");
        if (input[1] != weight[1])
        {
            throw new ArgumentException(
                $"Linear: the input has {input[1]} features but the weight {TensorShape.Format(weight)} expects {weight[1]}.", nameof(input));
        }

        if (hasBias)
        {
            BiasParts.CheckBias(bias, weight[0], "Linear");
        }

        return (input[0], input[1], weight[0]);
    }
    /// <summary>Taped rule: the value rule; saves X when W needs a gradient and W when X does.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">X.</param>
    /// <param name="weight">W.</param>
    /// <param name="bias">b or null.</param>
    /// <returns>Y on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input, TapeTensor<T> weight, TapeTensor<T>? bias) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        Tensor<T> y = Forward(input.Value, weight.Value, bias?.Value);
        TapeNode<T> node = new()
        {
            Rule = Backward<T>,
            Saved0 = weight.RequiresGradient ? input.Value : null,
            Saved1 = input.RequiresGradient ? weight.Value : null,
            Arguments = TapeArguments.Of(new LinearArguments(input.Value.Dim(0), input.Value.Dim(1), weight.Value.Dim(0))),
        };
        return Tape<T>.Record(y, node, input, weight, bias);
    }

    /// <summary>The taped shapes of Y[n, outF] = X[n, inF]·Wᵀ + b.</summary>
    private readonly record struct LinearArguments(int N, int InFeatures, int OutFeatures);

    /// <summary>Reverse rule: X̄ += ȲW, W̄ += ȲᵀX, b̄ += Σ_rows Ȳ (each one GEMM).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gy = Tape<T>.OutputGradient(node);
        (int n, int inF, int outF) = node.Arguments.As<LinearArguments>();
        if (node.A >= 0)
        {
            Span<T> gx = tape.BeginGradient(node.A);
            Gemm.Multiply(Transpose.None, Transpose.None, n, inF, outF, T.One, gy, outF, node.Saved1!.Span, inF, T.Zero, gx, inF);
            tape.EndGradient(node.A);
        }

        if (node.B >= 0)
        {
            Span<T> gw = tape.BeginGradient(node.B);
            Gemm.Multiply(Transpose.Transposed, Transpose.None, outF, inF, n, T.One, gy, outF, node.Saved0!.Span, inF, T.Zero, gw, inF);
            tape.EndGradient(node.B);
        }

        if (node.C >= 0)
        {
            Span<T> gb = tape.BeginGradient(node.C);
            BiasParts.SumToBias(gy, n, outF, 1, gb);
            tape.EndGradient(node.C);
        }
    }
}
