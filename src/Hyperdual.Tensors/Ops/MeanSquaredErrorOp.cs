using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// L = mean((a − b)²). Jet rule by composition of the rules for subtraction, the product d·d
/// (dᵢ-parts 2d₀dᵢ, dᵢⱼ-parts 2(dᵢdⱼ + d₀dᵢⱼ)) and the mean.
/// </summary>
public static class MeanSquaredErrorOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="prediction">The prediction.</param>
    /// <param name="target">The target, same shape.</param>
    /// <returns>The scalar loss.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> prediction, Tensor<T> target) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(target);
        CheckShapes(prediction.Shape, target.Shape);
        Tensor<T> d = SubtractOp.Forward(prediction, target);
        return ReductionOps.Mean(MultiplyOp.Forward(d, d));
    }

    /// <summary>Jet rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="prediction">The prediction jet.</param>
    /// <param name="target">The target jet (usually a constant), same shape.</param>
    /// <returns>The scalar jet of the loss.</returns>
    public static Jet<T> Forward<T>(Jet<T> prediction, Jet<T> target) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(target);
        CheckShapes(prediction.Shape, target.Shape);
        Jet<T> d = SubtractOp.Forward(prediction, target);
        return ReductionOps.Mean(MultiplyOp.Forward(d, d));
    }

    internal static void CheckShapes(ReadOnlySpan<int> prediction, ReadOnlySpan<int> target)
    {
        if (!TensorShape.SameShape(prediction, target))
        {
            throw new ArgumentException(
                $"The target's shape {TensorShape.Format(target)} differs from the prediction's {TensorShape.Format(prediction)}.", nameof(target));
        }
    }
    /// <summary>Taped rule: saves the difference d = a − b only.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="prediction">The prediction.</param>
    /// <param name="target">The target, same shape.</param>
    /// <returns>The scalar loss on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> prediction, TapeTensor<T> target) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(target);
        if (Tape<T>.Of(prediction, target) is null)
        {
            return TapeTensor<T>.Constant(Forward(prediction.Value, target.Value));
        }

        CheckShapes(prediction.Shape, target.Shape);
        Tensor<T> d = SubtractOp.Forward(prediction.Value, target.Value);
        Tensor<T> loss = Tensor<T>.Allocate([], clear: false);
        loss[0] = TensorPrimitives.SumOfSquares<T>(d.Span) / T.CreateTruncating(d.Length);
        return Tape<T>.Record(loss, new() { Rule = Backward<T>, Saved0 = d }, prediction, target);
    }

    /// <summary>Reverse rule: ā += 2L̄/N · d, b̄ −= 2L̄/N · d.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> d = node.Saved0!.Span;
        T scale = (T.One + T.One) * Tape<T>.OutputGradient(node)[0] / T.CreateTruncating(d.Length);
        tape.AddGradient(node.A, d, scale);
        tape.AddGradient(node.B, d, -scale);
    }
}
