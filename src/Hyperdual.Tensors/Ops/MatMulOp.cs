using System.Numerics;
using System.Numerics.Tensors;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// Matrix product <c>Z = A B</c>, A <c>[m, inner]</c>, B <c>[inner, n]</c>. Bilinear:
/// <c>Zᵢ = AᵢB₀ + A₀Bᵢ</c>, <c>Zᵢⱼ = AᵢⱼB₀ + AᵢBⱼ + AⱼBᵢ + A₀Bᵢⱼ</c>.
/// </summary>
/// <remarks>
/// Jet rule: one GEMM <c>[A₀; Aᵢ; Aᵢⱼ] · B₀</c> (A's parts stacked along M) into Z's parts, then,
/// when B has tangents, one GEMM per direction j: <c>[A₀; A₁..A_K] · Bⱼ</c> (K GEMMs, not K²).
/// </remarks>
public static class MatMulOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">A <c>[m, inner]</c>.</param>
    /// <param name="b">B <c>[inner, n]</c>.</param>
    /// <returns>Z <c>[m, n]</c>.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> a, Tensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        (int m, int inner, int n) = Check(a.Shape, b.Shape);
        Tensor<T> z = Tensor<T>.Allocate([m, n], clear: false);
        Gemm.Multiply(Transpose.None, Transpose.None, m, n, inner, T.One, a.Span, inner, b.Span, n, T.Zero, z.Span, n);
        return z;
    }

    /// <summary>Jet rule (see the type's remarks).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">A jet.</param>
    /// <param name="b">B jet.</param>
    /// <returns>The jet of Z.</returns>
    public static Jet<T> Forward<T>(Jet<T> a, Jet<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        JetChecks.SameK(a, b, "MatMul");
        (int m, int inner, int n) = Check(a.Shape, b.Shape);
        int directions = a.K, partLength = m * n;
        bool tangents = a.HasTangents || b.HasTangents;
        bool second = a.HasSecondOrder || b.HasSecondOrder || (a.HasTangents && b.HasTangents);
        Jet<T> z = a.AllocateLike([m, n], tangents, second, clear: false);
        int partsA = a.StoredPartCount;
        Gemm.Multiply(Transpose.None, Transpose.None, partsA * m, n, inner, T.One, a.Parts, inner, b.Value, n, T.Zero, z.Parts, n);
        z.Parts[(partsA * partLength)..].Clear();

        if (b.HasTangents)
        {
            int rowsA = a.HasTangents ? 1 + directions : 1;
            int block = rowsA * partLength;
            T[] products = Workspace<T>.RentOrAllocate(directions * block, clear: false);
            for (int j = 0; j < directions; j++)
            {
                Gemm.Multiply(Transpose.None, Transpose.None, rowsA * m, n, inner, T.One,
                    a.Parts[..(rowsA * m * inner)], inner, b.Tangent(j), n, T.Zero, products.AsSpan(j * block, block), n);
            }

            JetAssembly.AddCrossTerms(z, a.HasTangents, 1, partLength, products, aStride: partLength, jStride: block, rowStride: 0);
        }

        if (b.HasSecondOrder)
        {
            T[] product = Workspace<T>.RentOrAllocate(partLength, clear: false);
            for (int p = 0; p < z.PairCount; p++)
            {
                Gemm.Multiply(Transpose.None, Transpose.None, m, n, inner, T.One,
                    a.Value, inner, b.SecondOrder.Slice(p * inner * n, inner * n), n, T.Zero, product, n);
                Span<T> dest = z.SecondOrder.Slice(p * partLength, partLength);
                TensorPrimitives.Add(dest, product, dest);
            }
        }

        return z;
    }

    private static (int M, int K, int N) Check(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        JetChecks.Rank(a, 2, "MatMul", nameof(a), "[m, inner]");
        JetChecks.Rank(b, 2, "MatMul", nameof(b), "[inner, n]");
        if (a[1] != b[0])
        {
            throw new ArgumentException($"MatMul: inner dimensions differ: {TensorShape.Format(a)} · {TensorShape.Format(b)}.", nameof(b));
        }

        return (a[0], a[1], b[1]);
    }
    /// <summary>Taped rule: the value rule; saves A when B needs a gradient and B when A does.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">A.</param>
    /// <param name="b">B.</param>
    /// <returns>Z on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> a, TapeTensor<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Tensor<T> z = Forward(a.Value, b.Value);
        TapeNode<T> node = new()
        {
            Rule = Backward<T>,
            Saved0 = b.RequiresGradient ? a.Value : null,
            Saved1 = a.RequiresGradient ? b.Value : null,
            Arguments = TapeArguments.Of(new MatMulArguments(a.Value.Dim(0), a.Value.Dim(1), b.Value.Dim(1))),
        };
        return Tape<T>.Record(z, node, a, b);
    }

    /// <summary>The taped shapes of Z[m, n] = A[m, inner]·B[inner, n].</summary>
    private readonly record struct MatMulArguments(int M, int Inner, int N);

    /// <summary>Reverse rule: Ā += Z̄Bᵀ, B̄ += AᵀZ̄.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gz = Tape<T>.OutputGradient(node);
        (int m, int inner, int n) = node.Arguments.As<MatMulArguments>();
        if (node.A >= 0)
        {
            Span<T> ga = tape.BeginGradient(node.A);
            Gemm.Multiply(Transpose.None, Transpose.Transposed, m, inner, n, T.One, gz, n, node.Saved1!.Span, n, T.Zero, ga, inner);
            tape.EndGradient(node.A);
        }

        if (node.B >= 0)
        {
            Span<T> gb = tape.BeginGradient(node.B);
            Gemm.Multiply(Transpose.Transposed, Transpose.None, inner, n, m, T.One, node.Saved0!.Span, inner, gz, n, T.Zero, gb, n);
            tape.EndGradient(node.B);
        }
    }
}
