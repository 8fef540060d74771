using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// The assembly step shared by the bilinear ops (matmul, linear, conv): given every product
/// B(X_a, W_j) of the input's value and tangents (a = 0 the value, a = 1..K the tangents) with the
/// weight's tangents, add <c>Yᵢ += B(X₀, Wᵢ)</c> and <c>Yᵢⱼ += B(Xᵢ, Wⱼ) + B(Xⱼ, Wᵢ)</c>.
/// </summary>
internal static class JetAssembly
{
    /// <summary>Reads the block B(X_a, W_j) (a = 0 value, a ≥ 1 tangent a − 1; j a tangent index) of
    /// one "row" r of the output part: the output part is split in <c>rows</c> runs of <c>run</c> elements.</summary>
    public delegate ReadOnlySpan<T> ProductRun<T>(int a, int j, int row);

    public static void AddCrossTerms<T>(Jet<T> y, bool inputHasTangents, int rows, int run, ProductRun<T> product)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int directions = y.K;
        for (int i = 0; i < directions; i++)
        {
            Span<T> yi = y.Tangent(i);
            for (int r = 0; r < rows; r++)
            {
                Span<T> dest = yi.Slice(r * run, run);
                TensorPrimitives.Add(dest, product(0, i, r), dest);
            }
        }

        if (!inputHasTangents)
        {
            return;
        }

        for (int p = 0; p < y.PairCount; p++)
        {
            (int i, int j) = y.Pairs[p];
            Span<T> yij = y.SecondAt(p);
            for (int r = 0; r < rows; r++)
            {
                Span<T> dest = yij.Slice(r * run, run);
                TensorPrimitives.Add(dest, product(1 + i, j, r), dest);
                TensorPrimitives.Add(dest, product(1 + j, i, r), dest);
            }
        }
    }
}
