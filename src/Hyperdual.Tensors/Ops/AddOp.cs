using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// z = a + b (b broadcast over a's leading dimensions). Linear in (a, b): every part adds,
/// zᵢ = aᵢ + bᵢ, zᵢⱼ = aᵢⱼ + bᵢⱼ (a part not stored counts as zero).
/// </summary>
public static class AddOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>a + b.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> a, Tensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int block = Broadcast.BlockLength(a.Shape, b.Shape, "Add");
        Tensor<T> z = Tensor<T>.Allocate(a.Shape, clear: false);
        if (block == a.Length)
        {
            TensorPrimitives.Add(a.Span, b.Span, z.Span);
        }
        else
        {
            Broadcast.Combine<T>(a.Span, b.Span, block, T.One, z.Span);
        }

        return z;
    }

    /// <summary>Jet rule: parts add.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The jet of a + b.</returns>
    public static Jet<T> Forward<T>(Jet<T> a, Jet<T> b) where T : unmanaged, IFloatingPointIeee754<T> =>
        Combine(a, b, T.One, "Add");

    /// <summary>Parts of a + sign·b.</summary>
    internal static Jet<T> Combine<T>(Jet<T> a, Jet<T> b, T sign, string op) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        JetChecks.SameK(a, b, op);
        int block = Broadcast.BlockLength(a.Shape, b.Shape, op);
        bool tangents = a.HasTangents || b.HasTangents;
        bool second = a.HasSecondOrder || b.HasSecondOrder;
        Jet<T> z = a.AllocateLike(a.Shape, tangents, second, clear: false);
        Broadcast.Combine<T>(a.Value, b.Value, block, sign, z.Value);
        for (int i = 0; i < a.K && tangents; i++)
        {
            Broadcast.Combine<T>(a.HasTangents ? a.Tangent(i) : [], b.HasTangents ? b.Tangent(i) : [], block, sign, z.Tangent(i));
        }

        for (int p = 0; p < z.PairCount && second; p++)
        {
            int n = a.PartLength;
            ReadOnlySpan<T> ap = a.HasSecondOrder ? a.SecondOrder.Slice(p * n, n) : [];
            ReadOnlySpan<T> bp = b.HasSecondOrder ? b.SecondOrder.Slice(p * block, block) : [];
            Broadcast.Combine(ap, bp, block, sign, z.SecondOrder.Slice(p * n, n));
        }

        return z;
    }
    /// <summary>Taped rule: the value rule, recording <see cref="Backward{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>a + b on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> a, TapeTensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return RecordCombine(a, b, Forward(a.Value, b.Value), 1.0);
    }

    /// <summary>Records z = a + sign·b; nothing is saved (the rule is linear).</summary>
    internal static TapeTensor<T> RecordCombine<T>(TapeTensor<T> a, TapeTensor<T> b, Tensor<T> z, double sign) where T : unmanaged, IFloatingPointIeee754<T>
    {
        TapeNode<T> node = new() { Rule = Backward<T>, Arguments = TapeArguments.Of(new CombineArguments(sign)) };
        return Tape<T>.Record(z, node, a, b);
    }

    /// <summary>The taped arguments of z = a + sign·b.</summary>
    private readonly record struct CombineArguments(double Sign);

    /// <summary>Reverse rule of z = a + s·b: ā += z̄, b̄ += s·Σ z̄ over the repeated blocks.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gz = Tape<T>.OutputGradient(node);
        tape.AddGradient(node.A, gz, T.One);
        if (node.B >= 0)
        {
            Span<T> gb = tape.BeginGradient(node.B);
            Broadcast.ReduceBlocks(gz, T.CreateTruncating(node.Arguments.As<CombineArguments>().Sign), gb);
            tape.EndGradient(node.B);
        }
    }
}
