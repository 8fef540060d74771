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
    /// <summary>Taped rule: the value rule, saving the output only.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The logits.</param>
    /// <returns>The probabilities on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor<T> y = Forward(input.Value);
        TapeNode<T> node = new()
        {
            Rule = Backward<T>,
            Saved0 = y,
            Arguments = TapeArguments.Of(new LogSoftmaxOp.RowArguments(LogSoftmaxOp.RowLength(input.Shape))),
        };
        return Tape<T>.Record(y, node, input);
    }

    /// <summary>Reverse rule per row: z̄ += y ⊙ (ȳ − ⟨ȳ, y⟩).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gy = Tape<T>.OutputGradient(node);
        ReadOnlySpan<T> y = node.Saved0!.Span;
        int c = node.Arguments.As<LogSoftmaxOp.RowArguments>().RowLength;
        Span<T> gz = tape.BeginGradient(node.A);
        for (int o = 0; o < gy.Length; o += c)
        {
            T dot = LogSoftmaxOp.Dot(gy.Slice(o, c), y.Slice(o, c));
            for (int q = o; q < o + c; q++)
            {
                gz[q] = y[q] * (gy[q] - dot);
            }
        }

        tape.EndGradient(node.A);
    }
}
