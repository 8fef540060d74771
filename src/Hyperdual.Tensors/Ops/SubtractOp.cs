using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>z = a − b (b broadcast over a's leading dimensions). Linear: zᵢ = aᵢ − bᵢ, zᵢⱼ = aᵢⱼ − bᵢⱼ.</summary>
public static class SubtractOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>a − b.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> a, Tensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int block = Broadcast.BlockLength(a.Shape, b.Shape, "Subtract");
        Tensor<T> z = Tensor<T>.Allocate(a.Shape, clear: false);
        Broadcast.Combine<T>(a.Span, b.Span, block, -T.One, z.Span);
        return z;
    }

    /// <summary>Jet rule: parts subtract.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The jet of a − b.</returns>
    public static Jet<T> Forward<T>(Jet<T> a, Jet<T> b) where T : unmanaged, IFloatingPointIeee754<T> =>
        AddOp.Combine(a, b, -T.One, "Subtract");
    /// <summary>Taped rule: the value rule, recording the reverse rule of <see cref="AddOp"/> with sign −1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>a − b on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> a, TapeTensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return AddOp.RecordCombine(a, b, Forward(a.Value, b.Value), -1.0);
    }
}
