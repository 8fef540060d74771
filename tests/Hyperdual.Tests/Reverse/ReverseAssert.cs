namespace Hyperdual.Tests.Reverse;

/// <summary>Tolerance checks relative to the magnitude of the expected values (at least 1).</summary>
internal static class ReverseAssert
{
    public static void ScalarClose(double expected, double actual, double relativeTolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        double tolerance = relativeTolerance * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected}, got {actual}");
    }

    public static void VectorClose(double[] expected, double[] actual, double relativeTolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = Math.Max(1.0, expected.Max(Math.Abs));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= relativeTolerance * scale,
                $"{what}[{i}]: expected {expected[i]}, got {actual[i]} (scale {scale})");
        }
    }

    public static double[] MatVec(double[,] m, double[] v)
    {
        var r = new double[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            for (int j = 0; j < v.Length; j++)
            {
                r[i] += m[i, j] * v[j];
            }
        }

        return r;
    }

    /// <summary>Central difference (f(x + h) − f(x − h)) / 2h with h scaled to x.</summary>
    public static double CentralDifference(Func<double, double> f, double x)
    {
        double h = 1e-5 * Math.Max(1.0, Math.Abs(x));
        return (f(x + h) - f(x - h)) / (2.0 * h);
    }

    public static double[] Shift(double[] x, int i, double value)
    {
        double[] copy = (double[])x.Clone();
        copy[i] = value;
        return copy;
    }
}
