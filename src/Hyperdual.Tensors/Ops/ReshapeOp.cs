using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>Reshape and flatten: views that change the shape, not the elements. Linear and identity
/// on every part, so a jet keeps its layout and only the part shape changes.</summary>
public static class ReshapeOp
{
    /// <summary>Value rule: a view with the new shape.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <param name="shape">The new shape (one dimension may be −1).</param>
    /// <returns>The view.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> input, int[] shape) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Reshape(shape);
    }

    /// <summary>Jet rule: every part reshaped alike.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <param name="shape">The new part shape.</param>
    /// <returns>The view.</returns>
    public static Jet<T> Forward<T>(Jet<T> input, int[] shape) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Reshape(shape);
    }

    /// <summary>The shape <c>[n, rest]</c> of flattening everything but the first dimension.</summary>
    /// <param name="shape">The input shape (rank at least 1).</param>
    /// <returns>The flattened shape.</returns>
    public static int[] FlattenShape(ReadOnlySpan<int> shape)
    {
        if (shape.Length == 0)
        {
            throw new ArgumentException("Flatten needs a tensor of rank at least 1 (the batch dimension).", nameof(shape));
        }

        return [shape[0], TensorShape.Product(shape[1..])];
    }
    /// <summary>Taped rule: a view sharing the input's node (the gradient is the same run of numbers, so no node is recorded).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The input.</param>
    /// <param name="shape">The new shape.</param>
    /// <returns>The view.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input, int[] shape) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.WithValue(input.Value.Reshape(shape));
    }
}
