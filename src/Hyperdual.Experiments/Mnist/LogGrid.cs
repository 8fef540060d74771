namespace Hyperdual.Experiments.Mnist;

/// <summary>Log-spaced grids of learning rates for a sweep.</summary>
public static class LogGrid
{
    /// <summary>
    /// <paramref name="count"/> values spaced evenly in log10 from <paramref name="low"/> to <paramref name="high"/>,
    /// both ends included, in increasing order (one value: the geometric mean of the ends).
    /// </summary>
    /// <param name="low">The smallest value, finite and positive.</param>
    /// <param name="high">The largest value, at least <paramref name="low"/>.</param>
    /// <param name="count">How many values, at least 1.</param>
    /// <returns>The grid; every value lies in [<paramref name="low"/>, <paramref name="high"/>].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive or non-finite end, ends out of order, or a count below 1.</exception>
    public static IReadOnlyList<double> Spaced(double low, double high, int count)
    {
        if (!(low > 0.0 && double.IsFinite(low)))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "The low end must be finite and positive.");
        }

        if (!(high >= low && double.IsFinite(high)))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, "The high end must be finite and at least the low end.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count == 1)
        {
            return [Math.Sqrt(low * high)];
        }

        double a = Math.Log10(low);
        double b = Math.Log10(high);
        var grid = new double[count];
        for (int i = 0; i < count; i++)
        {
            grid[i] = Math.Pow(10.0, a + ((b - a) * i / (count - 1)));
        }

        // Round-off in Pow can land a hair outside the range; the ends are the range's own.
        grid[0] = low;
        grid[^1] = high;
        return grid;
    }
}
