using System.Numerics;

namespace Hyperdual;

/// <summary>
/// A Hessian in compressed sparse row form: row i's entries are <c>Values[RowOffsets[i] .. RowOffsets[i + 1]]</c>
/// at columns <c>ColumnIndices[…]</c> (sorted). Both triangles are stored, exactly symmetric, and every diagonal
/// entry is present (possibly zero). Entries outside the pattern are zero.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
public sealed class SparseHessian<T> where T : IFloatingPointIeee754<T>
{
    private readonly T[] values;

    internal SparseHessian(SparsityPattern pattern, T[] values, int colourCount)
    {
        Pattern = pattern;
        this.values = values;
        ColourCount = colourCount;
    }

    /// <summary>The number of variables, n.</summary>
    public int Dimension => Pattern.Dimension;

    /// <summary>The pattern the entries are stored in.</summary>
    public SparsityPattern Pattern { get; }

    /// <summary>The n + 1 row offsets into <see cref="ColumnIndices"/> and <see cref="Values"/>.</summary>
    public ReadOnlySpan<int> RowOffsets => Pattern.RowOffsets;

    /// <summary>The column index of every stored entry, row after row, each row sorted ascending.</summary>
    public ReadOnlySpan<int> ColumnIndices => Pattern.ColumnIndices;

    /// <summary>The value of every stored entry, aligned with <see cref="ColumnIndices"/>.</summary>
    public ReadOnlySpan<T> Values => values;

    /// <summary>The number of stored entries (both triangles and the diagonal).</summary>
    public int NonZeroCount => values.Length;

    /// <summary>The number of colours of the star colouring used, which is the number of Hessian-vector products computed.</summary>
    public int ColourCount { get; }

    /// <summary>The number of Hessian-vector products computed: one per colour.</summary>
    public int HessianVectorProducts => ColourCount;

    /// <summary>Entry (<paramref name="row"/>, <paramref name="column"/>): the stored value, or zero outside the pattern.</summary>
    /// <param name="row">The row, 0 ≤ row &lt; n.</param>
    /// <param name="column">The column, 0 ≤ column &lt; n.</param>
    public T this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Dimension);
            int position = Pattern.Row(row).BinarySearch(column);
            return position < 0 ? T.Zero : values[Pattern.RowOffsets[row] + position];
        }
    }

    /// <summary>The whole n×n matrix, zeros filled in.</summary>
    /// <returns>A new symmetric matrix.</returns>
    /// <exception cref="MemoryLimitException">The n×n matrix cannot fit in memory (checked before allocating).</exception>
    public T[,] ToDense()
    {
        int n = Dimension;
        DerivativeArguments.EnsureMatrixFits<T>(n, "Hessian");
        var dense = new T[n, n];
        ReadOnlySpan<int> offsets = RowOffsets;
        ReadOnlySpan<int> columns = ColumnIndices;
        for (int i = 0; i < n; i++)
        {
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                dense[i, columns[k]] = values[k];
            }
        }

        return dense;
    }
}
