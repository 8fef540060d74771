using System.Numerics;

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
}
