using System.Numerics;

namespace Hyperdual;

/// <summary>
/// Recovers the entries of a symmetric matrix H with a known pattern from the compressed products B = H·S, where
/// S is the n×p 0/1 matrix of a star colouring (column c of S is the indicator of colour c), so column c of B is
/// one Hessian-vector product.
/// </summary>
/// <remarks>
/// <para>Rule. The diagonal: Hᵢᵢ = B[i, col i] (no neighbour of i shares its colour). An edge (i, j): if j is the
/// only neighbour of i coloured col j, Hᵢⱼ = B[i, col j]; otherwise Hᵢⱼ = B[j, col i].</para>
/// <para>Why one of the two holds. B[i, c] = Σ over k with col k = c of Hᵢₖ, summed over i's pattern. If j is i's only
/// neighbour coloured col j, that sum is Hᵢⱼ (i itself has another colour, the colouring being proper). Suppose
/// not, and also that i is not j's only neighbour coloured col i: then i has a neighbour k ≠ j with col k = col j,
/// and j a neighbour l ≠ i with col l = col i. k ≠ l (their colours differ, col i ≠ col j), k ≠ i and l ≠ j (no
/// vertex is its own neighbour), so k–i–j–l is a path on four vertices coloured (col j, col i, col j, col i): two
/// colours, which a star colouring forbids. So when the first test fails, i is j's only neighbour coloured col i,
/// and B[j, col i] = Hⱼᵢ = Hᵢⱼ.</para>
/// <para>Each unordered pair is computed once and mirrored, so the result is exactly symmetric.</para>
/// </remarks>
internal static class SparseHessianRecovery
{
    /// <summary>The values of H aligned with <paramref name="pattern"/>'s column indices.</summary>
    /// <typeparam name="T">The scalar type.</typeparam>
    /// <param name="pattern">The symmetric pattern, diagonal included.</param>
    /// <param name="colours">A star colouring of the pattern's graph.</param>
    /// <param name="colourCount">The number of colours, p.</param>
    /// <param name="products">B = H·S, n×p, row-major: B[i, c] = products[i·p + c].</param>
    /// <returns>A new array of <see cref="SparsityPattern.NonZeroCount"/> values.</returns>
    /// <exception cref="InvalidOperationException">The colouring is not a star colouring (neither rule applies to an edge).</exception>
    internal static T[] Recover<T>(SparsityPattern pattern, ReadOnlySpan<int> colours, int colourCount, ReadOnlySpan<T> products)
        where T : IFloatingPointIeee754<T>
    {
        int n = pattern.Dimension;
        ReadOnlySpan<int> offsets = pattern.RowOffsets;
        ReadOnlySpan<int> columns = pattern.ColumnIndices;
        var values = new T[columns.Length];
        var colourUses = new int[colourCount];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<int> row = columns[offsets[i]..offsets[i + 1]];
            foreach (int j in row)
            {
                colourUses[colours[j]]++;
            }

            for (int k = 0; k < row.Length; k++)
            {
                int j = row[k];
                if (j < i)
                {
                    continue;
                }

                T value;
                if (j == i || colourUses[colours[j]] == 1)
                {
                    value = products[(i * colourCount) + colours[j]];
                }
                else
                {
                    if (!IsOnlyNeighbourColouredLike(pattern, colours, j, i))
                    {
                        throw new InvalidOperationException($"The colouring is not a star colouring: entry ({i}, {j}) cannot be recovered.");
                    }

                    value = products[(j * colourCount) + colours[i]];
                }

                values[offsets[i] + k] = value;
                if (j != i)
                {
                    values[offsets[j] + columns[offsets[j]..offsets[j + 1]].BinarySearch(i)] = value;
                }
            }

            foreach (int j in row)
            {
                colourUses[colours[j]] = 0;
            }
        }

        return values;
    }

    /// <summary>Whether <paramref name="i"/> is the only neighbour of <paramref name="j"/> with i's colour.</summary>
    private static bool IsOnlyNeighbourColouredLike(SparsityPattern pattern, ReadOnlySpan<int> colours, int j, int i)
    {
        foreach (int k in pattern.Row(j))
        {
            if (k != i && k != j && colours[k] == colours[i])
            {
                return false;
            }
        }

        return true;
    }
}
