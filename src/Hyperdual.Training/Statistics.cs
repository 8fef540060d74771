namespace Hyperdual.Training;

/// <summary>The summary statistics of runs: mean, sample standard deviation, median.</summary>
public static class Statistics
{
    /// <summary>The mean (NaN when empty).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The mean.</returns>
    public static double Mean(IEnumerable<double> values)
    {
        double[] array = [.. values];
        return array.Length == 0 ? double.NaN : array.Average();
    }

    /// <summary>The sample standard deviation (n − 1 in the denominator; 0 for a single value, NaN when empty).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The standard deviation.</returns>
    public static double StandardDeviation(IEnumerable<double> values)
    {
        double[] array = [.. values];
        if (array.Length < 2)
        {
            return array.Length == 0 ? double.NaN : 0.0;
        }

        double mean = array.Average();
        return Math.Sqrt(array.Sum(v => (v - mean) * (v - mean)) / (array.Length - 1));
    }

    /// <summary>The median (the mean of the two middle values for an even count; NaN when empty).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The median.</returns>
    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }
}
