namespace Hyperdual.Tests.Sparse;

public sealed class SparseHessianRecoveryTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(8, 2.0)]
    [InlineData(25, 3.0)]
    [InlineData(40, 6.0)]
    [InlineData(12, 11.0)]
    public void RecoveryFromTheColourSumsReturnsEveryPlantedEntryExactly(int n, double averageDegree)
    {
        for (int seed = 0; seed < 10; seed++)
        {
            var random = new Random(77 * seed + n);
            List<(int Row, int Column)> edges = RandomPatterns.Edges(random, n, averageDegree);
            SparsityPattern pattern = SparsityPattern.FromEntries(n, edges);
            var h = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                h[i, i] = random.NextDouble() * 2.0 - 1.0;
            }

            foreach ((int i, int j) in edges)
            {
                h[i, j] = h[j, i] = random.NextDouble() * 2.0 - 1.0;
            }

            int[] colours = StarColouring.Colour(pattern);
            int p = StarColouring.ColourCount(colours);

            // B = H·S by a dense product: every B[i, c] sums one entry of the pattern and zeros, so it is exact.
            var products = new double[n * p];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < n; k++)
                {
                    products[(i * p) + colours[k]] += h[i, k];
                }
            }

            double[] values = SparseHessianRecovery.Recover<double>(pattern, colours, p, products);
            for (int i = 0; i < n; i++)
            {
                for (int k = pattern.RowOffsets[i]; k < pattern.RowOffsets[i + 1]; k++)
                {
                    Assert.Equal(h[i, pattern.ColumnIndices[k]], values[k]);
                }
            }
        }
    }

    [Fact]
    public void ATwoColouredPathOnFourVerticesIsRefused()
    {
        SparsityPattern path = SparsityPattern.FromEntries(4, RandomPatterns.Path(4));
        int[] twoColours = [0, 1, 0, 1];
        var products = new double[8];
        Assert.Throws<InvalidOperationException>(() => SparseHessianRecovery.Recover<double>(path, twoColours, 2, products));
    }
}
