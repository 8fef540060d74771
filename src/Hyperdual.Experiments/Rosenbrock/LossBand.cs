using Hyperdual.Training;

namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>
/// A method's loss against iteration over its seeds: the median, and the min–max band over the seeds whose loss is
/// still finite at that iteration.
/// </summary>
/// <param name="Median">The per-iteration median over all seeds; a run that stopped early holds its last loss, a run
/// that diverged counts as +∞ from its divergence on, and NaN counts as +∞ (so the median is +∞ once half the seeds
/// have diverged).</param>
/// <param name="Min">The per-iteration smallest finite loss (NaN where no seed is finite).</param>
/// <param name="Max">The per-iteration largest finite loss (NaN where no seed is finite).</param>
public sealed record LossBand(double[] Median, double[] Min, double[] Max)
{
    /// <summary>Computes the band of a method's runs, as long as its longest run.</summary>
    /// <param name="runs">The runs of one method (at least one).</param>
    /// <returns>The band.</returns>
    public static LossBand Of(IReadOnlyList<StudyRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("A band needs at least one run.", nameof(runs));
        }

        int length = runs.Max(r => r.Losses.Count);
        var median = new double[length];
        var min = new double[length];
        var max = new double[length];
        var column = new double[runs.Count];
        for (int i = 0; i < length; i++)
        {
            double low = double.PositiveInfinity;
            double high = double.NegativeInfinity;
            for (int r = 0; r < runs.Count; r++)
            {
                IReadOnlyList<double> losses = runs[r].Losses;
                double value = i < losses.Count ? losses[i] : runs[r].Diverged ? double.PositiveInfinity : losses[^1];
                if (double.IsFinite(value))
                {
                    low = Math.Min(low, value);
                    high = Math.Max(high, value);
                }

                column[r] = double.IsNaN(value) ? double.PositiveInfinity : value;
            }

            median[i] = Statistics.Median(column);
            min[i] = double.IsFinite(low) ? low : double.NaN;
            max[i] = double.IsFinite(high) ? high : double.NaN;
        }

        return new LossBand(median, min, max);
    }
}
