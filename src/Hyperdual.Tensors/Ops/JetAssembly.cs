using System.Numerics;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// The assembly step shared by the bilinear ops (matmul, linear, conv): given every product
/// B(X_a, W_j) of the input's value and tangents (a = 0 the value, a = 1..K the tangents) with the
/// weight's tangents, add <c>Yᵢ += B(X₀, Wᵢ)</c> and <c>Yᵢⱼ += B(Xᵢ, Wⱼ) + B(Xⱼ, Wᵢ)</c>.
/// </summary>
internal static class JetAssembly
{
    /// <summary>
    /// Adds the cross terms from <paramref name="products"/>, where row r of block B(X_a, W_j) (a = 0 the value,
    /// a ≥ 1 tangent a − 1; j a tangent index) is the run of <paramref name="run"/> elements at
    /// <c>a·aStride + j·jStride + r·rowStride</c>; each output part is <paramref name="rows"/> such runs.
    /// </summary>
    public static void AddCrossTerms<T>(Jet<T> y, bool inputHasTangents, int rows, int run, ReadOnlySpan<T> products, int aStride, int jStride, int rowStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int directions = y.K;
        for (int i = 0; i < directions; i++)
        {
            Span<T> yi = y.Tangent(i);
            for (int r = 0; r < rows; r++)
            {
                AddRun(yi.Slice(r * run, run), products.Slice((i * jStride) + (r * rowStride), run));
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
                AddRun(dest, products.Slice(((1 + i) * aStride) + (j * jStride) + (r * rowStride), run));
                AddRun(dest, products.Slice(((1 + j) * aStride) + (i * jStride) + (r * rowStride), run));
            }
        }
    }

    /// <summary>dest += source, inlined (<see cref="ShortRuns.Add{T}"/>): the runs are often as short as a layer's
    /// 10 outputs, where a library call per run cost more than the adds.</summary>
    private static unsafe void AddRun<T>(Span<T> dest, ReadOnlySpan<T> source)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        fixed (T* d = dest, s = source)
        {
            ShortRuns.Add(s, d, dest.Length);
        }
    }
}
