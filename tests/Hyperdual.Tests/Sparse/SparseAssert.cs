namespace Hyperdual.Tests.Sparse;

internal static class SparseAssert
{
    /// <summary>Each entry within <paramref name="relative"/> of the expected one, scaled by the matrix's largest magnitude (at least 1).</summary>
    public static void MatrixClose(double[,] expected, double[,] actual, double relative, string what)
    {
        int n = expected.GetLength(0);
        Assert.Equal(n, actual.GetLength(0));
        Assert.Equal(n, actual.GetLength(1));
        double scale = 1.0;
        foreach (double e in expected)
        {
            scale = Math.Max(scale, Math.Abs(e));
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.True(
                    Math.Abs(expected[i, j] - actual[i, j]) <= relative * scale,
                    $"{what}: entry ({i}, {j}) is {actual[i, j]:R}, expected {expected[i, j]:R}");
            }
        }
    }
}
