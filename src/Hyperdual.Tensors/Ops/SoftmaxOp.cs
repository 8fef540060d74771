using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// y = softmax(z) over the last dimension = exp(log_softmax(z)). Jet rule: the log-softmax jet l
/// (stable) followed by the unary rule of exp: yᵢ = y₀lᵢ, yᵢⱼ = y₀(lᵢlⱼ + lᵢⱼ).
/// </summary>
public static class SoftmaxOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The logits.</param>
    /// <returns>The probabilities.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> input) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        int c = LogSoftmaxOp.RowLength(input.Shape);
        Tensor<T> output = Tensor<T>.Allocate(input.Shape, clear: false);
        ReadOnlySpan<T> z = input.Span;
        Span<T> y = output.Span;
        for (int r = 0; r < z.Length / c; r++)
        {
            _ = LogSoftmaxOp.Softmax(z.Slice(r * c, c), y.Slice(r * c, c));
        }

        return output;
    }

    /// <summary>Jet rule: exp ∘ log-softmax.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The logits jet.</param>
    /// <returns>The jet of the probabilities.</returns>
    public static Jet<T> Forward<T>(Jet<T> input) where T : unmanaged, IFloatingPointIeee754<T> =>
        Elementwise.Apply(LogSoftmaxOp.Forward(input), default(ExpFunction));
}
