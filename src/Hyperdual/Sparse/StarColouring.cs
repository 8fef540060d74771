namespace Hyperdual;

/// <summary>
/// Greedy star colouring of the adjacency graph of a symmetric pattern (vertices are rows, edges the off-diagonal
/// entries): a proper colouring (neighbours differ) in which every path on four vertices uses at least three
/// colours. It is what recovering a Hessian from one Hessian-vector product per colour needs
/// (see <see cref="SparseHessian{T}"/>), and it needs fewer colours than a distance-2 colouring: an arrowhead
/// takes 2, where distance-2 takes n.
/// </summary>
/// <remarks>
/// <para>Local rule. Vertices are coloured one at a time; when v takes colour c, no path on four vertices that v
/// completes may be two-coloured. Such a path has v at an end, v–w–x–y, coloured (c, col w, c, col w), or inside,
/// a–v–w–x, coloured (col w, c, col w, c). So v may not take the colour of a neighbour (proper), nor, for each
/// coloured neighbour w and each coloured neighbour x ≠ v of w, the colour of x when x has another neighbour
/// y ≠ w coloured like w, or v has another neighbour a ≠ w coloured like w. v takes the smallest colour left.</para>
/// <para>Cost: O(Σ over vertices v of Σ over coloured neighbours w of v of Σ over x in w's row of deg x), linear in n
/// for bounded degree; a hub of degree d coloured before its d neighbours costs O(d²), which is why the default
/// order, <see cref="ColouringOrder.LargestDegreeFirstHubsLast"/>, colours hubs last. Measured with the sparse Hessian
/// timing report in the benchmarks, the three orders needed the same number of colours on tridiagonal, banded,
/// 5-point grid, arrowhead and random patterns (3, 7, 5, 2, 13 and 25); smallest degree first, tried too, needed
/// more on the grid (7) and on the denser random pattern (28).</para>
/// </remarks>
public static class StarColouring
{
    /// <summary>Vertices of more neighbours than this are hubs, coloured last by <see cref="ColouringOrder.LargestDegreeFirstHubsLast"/>.</summary>
    public const int HubDegree = 64;

    /// <summary>Star-colours the adjacency graph of <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The symmetric pattern (its diagonal is ignored).</param>
    /// <param name="order">The order in which vertices are coloured.</param>
    /// <returns>A new array holding each vertex's colour, 0, 1, …; the number of colours is its maximum plus one.</returns>
    public static int[] Colour(SparsityPattern pattern, ColouringOrder order = ColouringOrder.LargestDegreeFirstHubsLast)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        int n = pattern.Dimension;
        var colours = new int[n];
        Array.Fill(colours, -1);

        // forbiddenBy[c] == v + 1 marks colour c forbidden for v; neighbourColourCount counts v's neighbours per colour.
        var forbiddenBy = new int[n + 1];
        var neighbourColourCount = new int[n + 1];
        foreach (int v in Order(pattern, order))
        {
            ReadOnlySpan<int> neighbours = pattern.Row(v);
            int stamp = v + 1;
            foreach (int w in neighbours)
            {
                if (w != v && colours[w] >= 0)
                {
                    forbiddenBy[colours[w]] = stamp;
                    neighbourColourCount[colours[w]]++;
                }
            }

            foreach (int w in neighbours)
            {
                int colourW = w == v ? -1 : colours[w];
                if (colourW < 0)
                {
                    continue;
                }

                // a–v–w–x: v has another neighbour a ≠ w coloured like w.
                bool vHasTwin = neighbourColourCount[colourW] > 1;
                foreach (int x in pattern.Row(w))
                {
                    int colourX = x == v || x == w ? -1 : colours[x];
                    if (colourX < 0 || forbiddenBy[colourX] == stamp)
                    {
                        continue;
                    }

                    if (vHasTwin || HasOtherNeighbourColoured(pattern, colours, x, w, colourW))
                    {
                        forbiddenBy[colourX] = stamp;
                    }
                }
            }

            int colour = 0;
            while (forbiddenBy[colour] == stamp)
            {
                colour++;
            }

            colours[v] = colour;
            foreach (int w in neighbours)
            {
                if (w != v && colours[w] >= 0)
                {
                    neighbourColourCount[colours[w]] = 0;
                }
            }
        }

        return colours;
    }

    /// <summary>The number of colours in a colouring: its largest colour plus one (0 for no vertices).</summary>
    /// <param name="colours">The colours.</param>
    /// <returns>The count.</returns>
    public static int ColourCount(ReadOnlySpan<int> colours)
    {
        int count = 0;
        foreach (int colour in colours)
        {
            count = Math.Max(count, colour + 1);
        }

        return count;
    }

    /// <summary>v–w–x–y: whether x has a neighbour y ≠ w (and ≠ x) of colour <paramref name="colour"/>.</summary>
    private static bool HasOtherNeighbourColoured(SparsityPattern pattern, int[] colours, int x, int w, int colour)
    {
        foreach (int y in pattern.Row(x))
        {
            if (y != w && y != x && colours[y] == colour)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] Order(SparsityPattern pattern, ColouringOrder order)
    {
        int n = pattern.Dimension;
        var vertices = new int[n];
        for (int i = 0; i < n; i++)
        {
            vertices[i] = i;
        }

        if (order is ColouringOrder.LargestDegreeFirst or ColouringOrder.LargestDegreeFirstHubsLast)
        {
            // A counting sort by rank, stable in the index: degree descending, hubs after the rest when asked.
            ReadOnlySpan<int> offsets = pattern.RowOffsets;
            var degree = new int[n];
            int maxDegree = 0;
            for (int i = 0; i < n; i++)
            {
                degree[i] = offsets[i + 1] - offsets[i] - 1;
                maxDegree = Math.Max(maxDegree, degree[i]);
            }

            bool hubsLast = order == ColouringOrder.LargestDegreeFirstHubsLast;
            int Rank(int d) => !hubsLast ? maxDegree - d : d > HubDegree ? HubDegree + 1 + (maxDegree - d) : HubDegree - Math.Min(d, HubDegree);
            var start = new int[maxDegree + HubDegree + 3];
            foreach (int d in degree)
            {
                start[Rank(d) + 1]++;
            }

            for (int k = 1; k < start.Length; k++)
            {
                start[k] += start[k - 1];
            }

            for (int i = 0; i < n; i++)
            {
                vertices[start[Rank(degree[i])]++] = i;
            }
        }
        else if (order != ColouringOrder.Natural)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown colouring order.");
        }

        return vertices;
    }
}
