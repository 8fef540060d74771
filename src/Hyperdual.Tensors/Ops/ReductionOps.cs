using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>Sum and mean of all elements. Linear: every part is reduced alike; the result is a
/// scalar (shape <c>[]</c>).</summary>
public static class ReductionOps
{
    /// <summary>Value rule of the sum.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <returns>Σ x.</returns>
    public static Tensor<T> Sum<T>(Tensor<T> input) where T : unmanaged, IFloatingPointIeee754<T> => Reduce(input, mean: false);

    /// <summary>Value rule of the mean.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <returns>Σ x / n.</returns>
    public static Tensor<T> Mean<T>(Tensor<T> input) where T : unmanaged, IFloatingPointIeee754<T> => Reduce(input, mean: true);

    /// <summary>Jet rule of the sum: (Σx)ᵢ = Σxᵢ, (Σx)ᵢⱼ = Σxᵢⱼ.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <returns>The scalar jet.</returns>
    public static Jet<T> Sum<T>(Jet<T> input) where T : unmanaged, IFloatingPointIeee754<T> => Reduce(input, mean: false);

    /// <summary>Jet rule of the mean: every part averaged.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <returns>The scalar jet.</returns>
    public static Jet<T> Mean<T>(Jet<T> input) where T : unmanaged, IFloatingPointIeee754<T> => Reduce(input, mean: true);

    private static Tensor<T> Reduce<T>(Tensor<T> input, bool mean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor<T> result = Tensor<T>.Allocate([], clear: false);
        T sum = TensorPrimitives.Sum<T>(input.Span);
        result[0] = mean ? sum / T.CreateTruncating(input.Length) : sum;
        return result;
    }

    private static Jet<T> Reduce<T>(Jet<T> input, bool mean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        Jet<T> result = input.AllocateLike([], input.HasTangents, input.HasSecondOrder, clear: false);
        int n = input.PartLength;
        T scale = mean ? T.One / T.CreateTruncating(n) : T.One;
        ReadOnlySpan<T> parts = input.Parts;
        Span<T> dest = result.Parts;
        for (int p = 0; p < dest.Length; p++)
        {
            dest[p] = TensorPrimitives.Sum<T>(parts.Slice(p * n, n)) * scale;
        }

        return result;
    }
    /// <summary>Taped rule of the sum.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <returns>Σ x on the tape.</returns>
    public static TapeTensor<T> Sum<T>(TapeTensor<T> input) where T : unmanaged, IFloatingPointIeee754<T> => Reduce(input, mean: false);

    /// <summary>Taped rule of the mean.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <returns>Σ x / n on the tape.</returns>
    public static TapeTensor<T> Mean<T>(TapeTensor<T> input) where T : unmanaged, IFloatingPointIeee754<T> => Reduce(input, mean: true);

    private static TapeTensor<T> Reduce<T>(TapeTensor<T> input, bool mean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor<T> result = Reduce(input.Value, mean);
        TapeNode<T> node = new() { Rule = Backward<T>, Arguments = TapeArguments.Of(new SumArguments(mean ? 1.0 / input.Value.Length : 1.0)) };
        return Tape<T>.Record(result, node, input);
    }

    /// <summary>The taped argument of a sum: the factor on every element (1, or 1/n for a mean).</summary>
    private readonly record struct SumArguments(double Scale);

    /// <summary>Reverse rule: every x̄ₑ += s·ȳ with s = 1 (sum) or 1/n (mean).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        T value = Tape<T>.OutputGradient(node)[0] * T.CreateTruncating(node.Arguments.As<SumArguments>().Scale);
        Span<T> gx = tape.BeginGradient(node.A);
        gx.Fill(value);
        tape.EndGradient(node.A);
    }
}
