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
    /// <summary>Taped rule: the value rule; saves b, and a when b needs a gradient.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <returns>a / b on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> a, TapeTensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Tensor<T> z = Forward(a.Value, b.Value);
        TapeNode<T> node = new() { Rule = Backward<T>, Saved0 = b.RequiresGradient ? a.Value : null, Saved1 = b.Value };
        return Tape<T>.Record(z, node, a, b);
    }

    /// <summary>Reverse rule: ā += z̄ / b, b̄ −= Σ z̄ · a / b² over the repeated blocks.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gz = Tape<T>.OutputGradient(node);
        ReadOnlySpan<T> b = node.Saved1!.Span;
        if (node.A >= 0)
        {
            Span<T> ga = tape.BeginGradient(node.A);
            for (int e = 0; e < gz.Length; e++)
            {
                ga[e] = gz[e] / b[b.Length == 1 ? 0 : e % b.Length];
            }

            tape.EndGradient(node.A);
        }

        if (node.B >= 0)
        {
            ReadOnlySpan<T> a = node.Saved0!.Span;
            Span<T> gb = tape.BeginGradient(node.B);
            gb.Clear();
            for (int e = 0; e < gz.Length; e++)
            {
                int f = gb.Length == 1 ? 0 : e % gb.Length;
                gb[f] -= gz[e] * a[e] / (b[f] * b[f]);
            }

            tape.EndGradient(node.B);
        }
    }
}
