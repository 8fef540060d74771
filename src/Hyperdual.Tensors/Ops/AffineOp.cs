using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>z = s·a + c with constants s, c. Affine: z₀ = s·a₀ + c, zᵢ = s·aᵢ, zᵢⱼ = s·aᵢⱼ.</summary>
public static class AffineOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The operand.</param>
    /// <param name="scale">s.</param>
    /// <param name="shift">c.</param>
    /// <returns>s·a + c.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> a, double scale, double shift) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        Tensor<T> z = Tensor<T>.Allocate(a.Shape, clear: false);
        TensorPrimitives.Multiply<T>(a.Span, T.CreateTruncating(scale), z.Span);
        TensorPrimitives.Add<T>(z.Span, T.CreateTruncating(shift), z.Span);
        return z;
    }

    /// <summary>Jet rule: scale every part, shift only the value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The operand.</param>
    /// <param name="scale">s.</param>
    /// <param name="shift">c.</param>
    /// <returns>The jet of s·a + c.</returns>
    public static Jet<T> Forward<T>(Jet<T> a, double scale, double shift) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        Jet<T> z = a.AllocateLike(a.Shape, a.HasTangents, a.HasSecondOrder, clear: false);
        TensorPrimitives.Multiply<T>(a.Parts, T.CreateTruncating(scale), z.Parts);
        TensorPrimitives.Add<T>(z.Value, T.CreateTruncating(shift), z.Value);
        return z;
    }
    /// <summary>Taped rule: the value rule; nothing saved.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">The operand.</param>
    /// <param name="scale">s.</param>
    /// <param name="shift">c.</param>
    /// <returns>s·a + c on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> a, double scale, double shift) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        Tensor<T> z = Forward(a.Value, scale, shift);
        TapeNode<T> node = new() { Rule = Backward<T>, Arguments = TapeArguments.Of(new AffineArguments(scale)) };
        return Tape<T>.Record(z, node, a);
    }

    /// <summary>The taped argument of the affine map: its scale.</summary>
    private readonly record struct AffineArguments(double Scale);

    /// <summary>Reverse rule: ā += s·z̄.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T> =>
        tape.AddGradient(node.A, Tape<T>.OutputGradient(node), T.CreateTruncating(node.Arguments.As<AffineArguments>().Scale));
}
