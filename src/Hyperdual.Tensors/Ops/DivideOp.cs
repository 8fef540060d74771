using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// z = a / b elementwise (b broadcast over a's leading dimensions). Jet rule: z = a · r with
/// r = 1/b (unary rule with r' = −1/b², r'' = 2/b³), then the product rule.
/// </summary>
public static class DivideOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <returns>a / b.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> a, Tensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int block = Broadcast.BlockLength(a.Shape, b.Shape, "Divide");
        Tensor<T> z = Tensor<T>.Allocate(a.Shape, clear: false);
        ReadOnlySpan<T> x = a.Span, y = b.Span;
        Span<T> d = z.Span;
        for (int e = 0; e < d.Length; e++)
        {
            d[e] = x[e] / y[e % block];
        }

        return z;
    }

    /// <summary>Jet rule: a · (1/b).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <returns>The jet of a / b.</returns>
    public static Jet<T> Forward<T>(Jet<T> a, Jet<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        _ = Broadcast.BlockLength(a.Shape, b.Shape, "Divide");
        return MultiplyOp.Forward(a, Elementwise.Apply(b, default(ReciprocalFunction)));
    }
}
