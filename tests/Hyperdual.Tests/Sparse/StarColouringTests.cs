namespace Hyperdual.Tests.Sparse;

public sealed class StarColouringTests
{
    public static TheoryData<int, double, ColouringOrder> RandomGraphs()
    {
        var data = new TheoryData<int, double, ColouringOrder>();
        foreach (ColouringOrder order in Enum.GetValues<ColouringOrder>())
        {
            foreach ((int n, double degree) in new[] { (1, 0.0), (2, 1.0), (5, 2.0), (12, 3.0), (20, 2.5), (30, 5.0), (40, 1.5), (16, 15.0) })
            {
                data.Add(n, degree, order);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RandomGraphs))]
    public void ColouringIsProperAndNoPathOnFourVerticesIsTwoColoured(int n, double averageDegree, ColouringOrder order)
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var random = new Random(1000 * seed + n);
            List<(int Row, int Column)> edges = RandomPatterns.Edges(random, n, averageDegree);
            int[] colours = StarColouring.Colour(SparsityPattern.FromEntries(n, edges), order);
            AssertStarColouring(RandomPatterns.Adjacency(n, edges), colours, $"n = {n}, seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(RandomGraphs))]
    public void EveryEdgeHasAnEndWhoseOtherEndIsItsOnlyNeighbourOfThatColour(int n, double averageDegree, ColouringOrder order)
    {
        // The recovery rule's guarantee: for each edge (i, j), j is i's only neighbour coloured col j, or i is j's only one coloured col i.
        for (int seed = 0; seed < 20; seed++)
        {
            var random = new Random(1000 * seed + n + 7);
            List<(int Row, int Column)> edges = RandomPatterns.Edges(random, n, averageDegree);
            int[] colours = StarColouring.Colour(SparsityPattern.FromEntries(n, edges), order);
            List<int>[] adjacency = RandomPatterns.Adjacency(n, edges);
            foreach ((int i, int j) in edges)
            {
                bool jUniqueAtI = adjacency[i].Count(k => colours[k] == colours[j]) == 1;
                bool iUniqueAtJ = adjacency[j].Count(k => colours[k] == colours[i]) == 1;
                Assert.True(jUniqueAtI || iUniqueAtJ, $"edge ({i}, {j}), n = {n}, seed {seed}");
            }
        }
    }

    [Fact]
    public void RandomGraphsWithHubsAreStarColouredInEveryOrder()
    {
        const int n = 200;
        for (int seed = 0; seed < 5; seed++)
        {
            var random = new Random(seed);
            List<(int Row, int Column)> edges = RandomPatterns.Edges(random, n, 3.0);
            for (int hub = 0; hub < 3; hub++)
            {
                int centre = random.Next(n);
                edges.AddRange(Enumerable.Range(0, n).Where(i => i != centre && random.Next(2) == 0).Select(i => (centre, i)));
            }

            foreach (ColouringOrder order in Enum.GetValues<ColouringOrder>())
            {
                int[] colours = StarColouring.Colour(SparsityPattern.FromEntries(n, edges), order);
                AssertStarColouring(RandomPatterns.Adjacency(n, edges), colours, $"hubs, seed {seed}, {order}");
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(100_001)]
    public void TridiagonalNeedsAtMostThreeColoursWhateverN(int n)
    {
        foreach (ColouringOrder order in Enum.GetValues<ColouringOrder>())
        {
            int[] colours = StarColouring.Colour(SparsityPattern.FromEntries(n, RandomPatterns.Path(n)), order);
            Assert.InRange(StarColouring.ColourCount(colours), 2, 3);
            if (n <= 100)
            {
                AssertStarColouring(RandomPatterns.Adjacency(n, RandomPatterns.Path(n)), colours, $"path of {n}, {order}");
            }
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(500)]
    public void ArrowheadNeedsTwoOrThreeColoursWhereDistanceTwoNeedsN(int n)
    {
        // Every two vertices of an arrowhead are within distance 2, so a distance-2 colouring needs n colours.
        foreach (int hub in new[] { 0, n / 2, n - 1 })
        {
            foreach (ColouringOrder order in Enum.GetValues<ColouringOrder>())
            {
                IEnumerable<(int Row, int Column)> edges = RandomPatterns.Arrowhead(n, hub);
                int[] colours = StarColouring.Colour(SparsityPattern.FromEntries(n, edges), order);
                Assert.InRange(StarColouring.ColourCount(colours), 2, 3);
                AssertStarColouring(RandomPatterns.Adjacency(n, edges), colours, $"arrowhead of {n}, hub {hub}, {order}");
            }
        }
    }

    [Fact]
    public void ADiagonalPatternTakesOneColour()
    {
        int[] colours = StarColouring.Colour(SparsityPattern.FromEntries(6, []));
        Assert.Equal(new int[6], colours);
        Assert.Equal(1, StarColouring.ColourCount(colours));
    }

    /// <summary>Brute force: neighbours differ, and no path a–b–c–d on four distinct vertices uses only two colours.</summary>
    internal static void AssertStarColouring(List<int>[] adjacency, int[] colours, string what)
    {
        int n = adjacency.Length;
        for (int a = 0; a < n; a++)
        {
            Assert.True(colours[a] >= 0, $"{what}: vertex {a} uncoloured");
            foreach (int b in adjacency[a])
            {
                Assert.True(colours[a] != colours[b], $"{what}: neighbours {a} and {b} share colour {colours[a]}");
                foreach (int c in adjacency[b])
                {
                    if (c == a)
                    {
                        continue;
                    }

                    foreach (int d in adjacency[c])
                    {
                        if (d != a && d != b && colours[a] == colours[c] && colours[b] == colours[d])
                        {
                            Assert.Fail($"{what}: path {a}–{b}–{c}–{d} is two-coloured ({colours[a]}, {colours[b]})");
                        }
                    }
                }
            }
        }
    }
}
