namespace Hyperdual.Tests.Sparse;

/// <summary>Seeded random symmetric patterns and the graphs the colouring tests need.</summary>
internal static class RandomPatterns
{
    /// <summary>The off-diagonal upper-triangle entries (i &lt; j) of a random graph on n vertices with about <paramref name="averageDegree"/> neighbours each.</summary>
    public static List<(int Row, int Column)> Edges(Random random, int n, double averageDegree)
    {
        var edges = new HashSet<(int, int)>();
        double probability = n > 1 ? Math.Min(1.0, averageDegree / (n - 1)) : 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (random.NextDouble() < probability)
                {
                    edges.Add((i, j));
                }
            }
        }

        return [.. edges.Order()];
    }

    /// <summary>The path 0–1–…–(n−1): a tridiagonal pattern.</summary>
    public static IEnumerable<(int Row, int Column)> Path(int n) => Enumerable.Range(0, Math.Max(0, n - 1)).Select(i => (i, i + 1));

    /// <summary>The star with centre <paramref name="hub"/> joined to every other vertex: an arrowhead pattern.</summary>
    public static IEnumerable<(int Row, int Column)> Arrowhead(int n, int hub) => Enumerable.Range(0, n).Where(i => i != hub).Select(i => (hub, i));

    /// <summary>The neighbours of every vertex (no self loops), from the upper-triangle edges.</summary>
    public static List<int>[] Adjacency(int n, IEnumerable<(int Row, int Column)> edges)
    {
        var adjacency = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            adjacency[i] = [];
        }

        foreach ((int i, int j) in edges)
        {
            if (i != j && !adjacency[i].Contains(j))
            {
                adjacency[i].Add(j);
                adjacency[j].Add(i);
            }
        }

        return adjacency;
    }
}
