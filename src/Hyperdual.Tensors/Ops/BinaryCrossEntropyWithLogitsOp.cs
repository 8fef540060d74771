using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// L = mean(softplus(z) − y·z), the binary cross-entropy of σ(z) against targets y in [0, 1],
/// with softplus evaluated stably (<see cref="SoftplusFunction"/>). Jet rule by composition:
/// the unary rule of softplus (σ' = sigmoid, σ'' = s(1 − s)), the product rule and the mean.
/// </summary>
public static class BinaryCrossEntropyWithLogitsOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="logits">The logits.</param>
    /// <param name="target">The targets, same shape.</param>
    /// <returns>The scalar loss.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> logits, Tensor<T> target) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(target);
        MeanSquaredErrorOp.CheckShapes(logits.Shape, target.Shape);
        Tensor<T> softplus = Elementwise.Apply(logits, default(SoftplusFunction));
        return ReductionOps.Mean(SubtractOp.Forward(softplus, MultiplyOp.Forward(target, logits)));
    }

    /// <summary>Jet rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="logits">The logits jet.</param>
    /// <param name="target">The target jet (usually a constant), same shape.</param>
    /// <returns>The scalar jet of the loss.</returns>
    public static Jet<T> Forward<T>(Jet<T> logits, Jet<T> target) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(target);
        MeanSquaredErrorOp.CheckShapes(logits.Shape, target.Shape);
        Jet<T> softplus = Elementwise.Apply(logits, default(SoftplusFunction));
        return ReductionOps.Mean(SubtractOp.Forward(softplus, MultiplyOp.Forward(target, logits)));
    }
    /// <summary>Taped rule: saves the logits and the targets' values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="logits">The logits.</param>
    /// <param name="target">The targets, same shape.</param>
    /// <returns>The scalar loss on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> logits, TapeTensor<T> target) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(target);
        Tensor<T> loss = Forward(logits.Value, target.Value);
        TapeNode<T> node = new() { Rule = Backward<T>, Saved0 = logits.Value, Saved1 = target.Value };
        return Tape<T>.Record(loss, node, logits, target);
    }

    /// <summary>Reverse rule: z̄ += L̄/N · (sigmoid(z) − y), ȳ −= L̄/N · z.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> z = node.Saved0!.Span, y = node.Saved1!.Span;
        T scale = Tape<T>.OutputGradient(node)[0] / T.CreateTruncating(z.Length);
        if (node.A >= 0)
        {
            Span<T> gz = tape.BeginGradient(node.A);
            for (int e = 0; e < z.Length; e++)
            {
                gz[e] = scale * (SigmoidFunction.Stable(z[e]) - y[e]);
            }

            tape.EndGradient(node.A);
        }

        tape.AddGradient(node.B, z, -scale);
    }
}
