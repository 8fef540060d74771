namespace Hyperdual;

/// <summary>
/// The non-zero pattern of a symmetric n×n matrix (a Hessian) in compressed sparse row form: row i's column
/// indices are <c>ColumnIndices[RowOffsets[i] .. RowOffsets[i + 1]]</c>, sorted ascending. Both triangles are
/// stored and every diagonal entry is present, so the pattern is symmetric and row i always holds i.
/// </summary>
public sealed class SparsityPattern
{
    private readonly int[] rowOffsets;
    private readonly int[] columnIndices;

    private SparsityPattern(int dimension, int[] rowOffsets, int[] columnIndices)
    {
        Dimension = dimension;
        this.rowOffsets = rowOffsets;
        this.columnIndices = columnIndices;
    }

    /// <summary>The number of rows and columns, n.</summary>
    public int Dimension { get; }

    /// <summary>The n + 1 row offsets into <see cref="ColumnIndices"/>.</summary>
    public ReadOnlySpan<int> RowOffsets => rowOffsets;

    /// <summary>The column indices of every stored entry, row after row, each row sorted ascending.</summary>
    public ReadOnlySpan<int> ColumnIndices => columnIndices;

    /// <summary>The number of stored entries (both triangles and the diagonal).</summary>
    public int NonZeroCount => columnIndices.Length;

    /// <summary>The column indices of row <paramref name="row"/>, sorted ascending (the diagonal included).</summary>
    /// <param name="row">The row, 0 ≤ row &lt; n.</param>
    /// <returns>The row's column indices.</returns>
    public ReadOnlySpan<int> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Dimension);
        return columnIndices.AsSpan(rowOffsets[row], rowOffsets[row + 1] - rowOffsets[row]);
    }

    /// <summary>Whether entry (<paramref name="row"/>, <paramref name="column"/>) is in the pattern.</summary>
    /// <param name="row">The row, 0 ≤ row &lt; n.</param>
    /// <param name="column">The column, 0 ≤ column &lt; n.</param>
    /// <returns>True when the entry is stored.</returns>
    public bool Contains(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Dimension);
        return Row(row).BinarySearch(column) >= 0;
    }

    /// <summary>
    /// The symmetric pattern holding the given entries, their mirror images and the whole diagonal; repeated
    /// entries count once.
    /// </summary>
    /// <param name="dimension">The number of rows and columns (positive).</param>
    /// <param name="entries">The entries, each index in [0, n).</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dimension is not positive, or an index is outside [0, n).</exception>
    public static SparsityPattern FromEntries(int dimension, IEnumerable<(int Row, int Column)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new List<long>();
        foreach ((int row, int column) in entries)
        {
            if ((uint)row >= (uint)dimension || (uint)column >= (uint)dimension)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), $"Entry ({row}, {column}) lies outside a {dimension}×{dimension} matrix.");
            }

            keys.Add(PairKey(row, column));
        }

        return FromPairKeys(dimension, keys);
    }

    /// <summary>The key of the unordered pair {a, b}: the smaller index in the high 32 bits, the larger in the low.</summary>
    internal static long PairKey(int a, int b) => a <= b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>Builds the pattern from unordered pair keys (duplicates and diagonal pairs allowed, any order).</summary>
    /// <remarks>The pairs are bucketed by their smaller index and each bucket sorted on its own: O(pairs + n) but for
    /// the small per-row sorts.</remarks>
    internal static SparsityPattern FromPairKeys(int dimension, List<long> keys)
    {
        // Bucket each pair's larger index under its smaller one.
        var bucketStart = new int[dimension + 1];
        foreach (long key in keys)
        {
            bucketStart[(int)(key >> 32) + 1]++;
        }

        for (int a = 0; a < dimension; a++)
        {
            bucketStart[a + 1] += bucketStart[a];
        }

        var larger = new int[keys.Count];
        int[] next = bucketStart[..dimension];
        foreach (long key in keys)
        {
            larger[next[(int)(key >> 32)]++] = (int)key;
        }

        // Sort and deduplicate each bucket in place, dropping diagonal pairs; count every row's entries.
        var upperCount = new int[dimension];
        var rowCount = new int[dimension];
        for (int a = 0; a < dimension; a++)
        {
            Span<int> bucket = larger.AsSpan(bucketStart[a], bucketStart[a + 1] - bucketStart[a]);
            bucket.Sort();
            int count = 0;
            foreach (int b in bucket)
            {
                if (b != a && (count == 0 || bucket[count - 1] != b))
                {
                    bucket[count++] = b;
                    rowCount[b]++;
                }
            }

            upperCount[a] = count;
            rowCount[a] += count + 1;
        }

        var offsets = new int[dimension + 1];
        for (int i = 0; i < dimension; i++)
        {
            offsets[i + 1] = checked(offsets[i] + rowCount[i]);
        }

        // Row i: its lower entries (pairs (a, i), a < i, in ascending a), the diagonal, then its own bucket.
        var columns = new int[offsets[dimension]];
        next = offsets[..dimension];
        for (int a = 0; a < dimension; a++)
        {
            foreach (int b in larger.AsSpan(bucketStart[a], upperCount[a]))
            {
                columns[next[b]++] = a;
            }
        }

        for (int i = 0; i < dimension; i++)
        {
            columns[next[i]++] = i;
            larger.AsSpan(bucketStart[i], upperCount[i]).CopyTo(columns.AsSpan(next[i]));
        }

        return new SparsityPattern(dimension, offsets, columns);
    }
}
