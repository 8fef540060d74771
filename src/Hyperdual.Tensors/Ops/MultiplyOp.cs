using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// z = a · b elementwise (b broadcast over a's leading dimensions). Product rule (valid for i = j):
/// zᵢ = aᵢb₀ + a₀bᵢ, zᵢⱼ = aᵢⱼb₀ + aᵢbⱼ + aⱼbᵢ + a₀bᵢⱼ.
/// </summary>
public static class MultiplyOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>a · b.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> a, Tensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int block = Broadcast.BlockLength(a.Shape, b.Shape, "Multiply");
        Tensor<T> z = Tensor<T>.Allocate(a.Shape, clear: false);
        ReadOnlySpan<T> x = a.Span, y = b.Span;
        Span<T> d = z.Span;
        for (int e = 0; e < d.Length; e++)
        {
            d[e] = x[e] * y[e % block];
        }

        return z;
    }

    /// <summary>Jet rule: the product rule on every part.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The jet of a · b.</returns>
    public static Jet<T> Forward<T>(Jet<T> a, Jet<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        JetChecks.SameK(a, b, "Multiply");
        int block = Broadcast.BlockLength(a.Shape, b.Shape, "Multiply");
        int directions = a.K, n = a.PartLength;
        bool tangents = a.HasTangents || b.HasTangents;
        bool second = a.HasSecondOrder || b.HasSecondOrder || (a.HasTangents && b.HasTangents);
        Jet<T> z = a.AllocateLike(a.Shape, tangents, second, clear: false);
        if (block == n)
        {
            SameShape(a, b, z);
            return z;
        }

        ReadOnlySpan<T> a0 = a.Value, b0 = b.Value, aT = a.Tangents, bT = b.Tangents, aS = a.SecondOrder, bS = b.SecondOrder;
        Span<T> z0 = z.Value, zT = z.Tangents, zS = z.SecondOrder;
        for (int e = 0; e < n; e++)
        {
            int f = e % block;
            T av = a0[e], bv = b0[f];
            z0[e] = av * bv;
            if (!tangents)
            {
                continue;
            }

            for (int i = 0; i < directions; i++)
            {
                T ai = aT.IsEmpty ? T.Zero : aT[(i * n) + e];
                T bi = bT.IsEmpty ? T.Zero : bT[(i * block) + f];
                zT[(i * n) + e] = (ai * bv) + (av * bi);
            }

            if (!second)
            {
                continue;
            }

            for (int p = 0; p < z.PairCount; p++)
            {
                (int i, int j) = z.Pairs[p];
                T ai = aT.IsEmpty ? T.Zero : aT[(i * n) + e];
                T bi = bT.IsEmpty ? T.Zero : bT[(i * block) + f];
                {
                    T aj = aT.IsEmpty ? T.Zero : aT[(j * n) + e];
                    T bj = bT.IsEmpty ? T.Zero : bT[(j * block) + f];
                    T aij = aS.IsEmpty ? T.Zero : aS[(p * n) + e];
                    T bij = bS.IsEmpty ? T.Zero : bS[(p * block) + f];
                    zS[(p * n) + e] = (aij * bv) + (ai * bj) + (aj * bi) + (av * bij);
                }
            }
        }

        return z;
    }

    /// <summary>Taped rule: the value rule; saves b when a needs a gradient and a when b does.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>a · b on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> a, TapeTensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Tensor<T> z = Forward(a.Value, b.Value);
        TapeNode<T> node = new() { Rule = Backward<T>, Saved0 = b.RequiresGradient ? a.Value : null, Saved1 = a.RequiresGradient ? b.Value : null };
        return Tape<T>.Record(z, node, a, b);
    }

    /// <summary>Reverse rule: ā += z̄ · b, b̄ += Σ z̄ · a over the repeated blocks.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gz = Tape<T>.OutputGradient(node);
        if (node.A >= 0)
        {
            ReadOnlySpan<T> b = node.Saved1!.Span;
            Span<T> ga = tape.BeginGradient(node.A);
            for (int e = 0; e < gz.Length; e++)
            {
                ga[e] = gz[e] * b[b.Length == 1 ? 0 : e % b.Length];
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
                gb[gb.Length == 1 ? 0 : e % gb.Length] += gz[e] * a[e];
            }

            tape.EndGradient(node.B);
        }
    }

    /// <summary>The product rule on whole parts with <c>TensorPrimitives</c> (operands of the same shape).</summary>
    private static void SameShape<T>(Jet<T> a, Jet<T> b, Jet<T> z) where T : unmanaged, IFloatingPointIeee754<T>
    {
        TensorPrimitives.Multiply(a.Value, b.Value, z.Value);
        if (!z.HasTangents)
        {
            return;
        }

        for (int i = 0; i < z.K; i++)
        {
            Span<T> zi = z.Tangent(i);
            Term(a.HasTangents, a.Tangent(i), b.Value, b.HasTangents, b.Tangent(i), a.Value, zi);
        }

        for (int p = 0; p < z.PairCount && z.HasSecondOrder; p++)
        {
            (int i, int j) = z.Pairs[p];
            Span<T> zij = z.SecondAt(p);
            Term(a.HasSecondOrder, a.HasSecondOrder ? a.SecondAt(p) : [], b.Value, b.HasSecondOrder, b.HasSecondOrder ? b.SecondAt(p) : [], a.Value, zij);
            if (a.HasTangents && b.HasTangents)
            {
                TensorPrimitives.FusedMultiplyAdd(a.Tangent(i), b.Tangent(j), zij, zij);
                TensorPrimitives.FusedMultiplyAdd(a.Tangent(j), b.Tangent(i), zij, zij);
            }
        }
    }

    /// <summary>dest = x∘y + u∘w, where an absent x or u counts as zero.</summary>
    private static void Term<T>(bool hasX, ReadOnlySpan<T> x, ReadOnlySpan<T> y, bool hasU, ReadOnlySpan<T> u, ReadOnlySpan<T> w, Span<T> dest)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (hasX)
        {
            TensorPrimitives.Multiply(x, y, dest);
            if (hasU)
            {
                TensorPrimitives.FusedMultiplyAdd(u, w, dest, dest);
            }
        }
        else if (hasU)
        {
            TensorPrimitives.Multiply(u, w, dest);
        }
        else
        {
            dest.Clear();
        }
    }
}
