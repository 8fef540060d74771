namespace Hyperdual.Data.Csv;

/// <summary>Per-feature standardisation, (x − mean)/std, with the statistics of the training rows only.</summary>
/// <param name="Means">The mean of each feature.</param>
/// <param name="StandardDeviations">The standard deviation of each feature (1 for a constant feature, which becomes 0).</param>
internal sealed record FeatureStandardiser(double[] Means, double[] StandardDeviations)
{
    /// <summary>Computes the statistics of <paramref name="features"/> (row-major, <paramref name="width"/> per row), in double precision.</summary>
    public static FeatureStandardiser Fit(ReadOnlySpan<float> features, int width)
    {
        int rows = width == 0 ? 0 : features.Length / width;
        var means = new double[width];
        var deviations = new double[width];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = features.Slice(r * width, width);
            for (int c = 0; c < width; c++)
            {
                means[c] += row[c];
            }
        }

        for (int c = 0; c < width; c++)
        {
            means[c] /= Math.Max(rows, 1);
        }

        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = features.Slice(r * width, width);
            for (int c = 0; c < width; c++)
            {
                double d = row[c] - means[c];
                deviations[c] += d * d;
            }
        }

        for (int c = 0; c < width; c++)
        {
            double std = Math.Sqrt(deviations[c] / Math.Max(rows, 1));
            deviations[c] = std > 0 && double.IsFinite(std) ? std : 1.0;
        }

        return new FeatureStandardiser(means, deviations);
    }

    /// <summary>Standardises <paramref name="features"/> in place.</summary>
    public void Apply(Span<float> features)
    {
        int width = Means.Length;
        for (int start = 0; start + width <= features.Length; start += width)
        {
            Span<float> row = features.Slice(start, width);
            for (int c = 0; c < width; c++)
            {
                row[c] = (float)((row[c] - Means[c]) / StandardDeviations[c]);
            }
        }
    }
}
