using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>A value over seeds: mean, sample standard deviation (<see cref="Statistics.StandardDeviation"/>), min and max.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="Std">The sample standard deviation (0 for one value).</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
public readonly record struct Spread(double Mean, double Std, double Min, double Max)
{
    /// <summary>The spread of <paramref name="values"/> (all NaN when empty or when any value is NaN).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The spread.</returns>
    public static Spread Of(IEnumerable<double> values)
    {
        double[] array = [.. values];
        return array.Length == 0 || array.Any(double.IsNaN)
            ? new Spread(double.NaN, double.NaN, double.NaN, double.NaN)
            : new Spread(Statistics.Mean(array), Statistics.StandardDeviation(array), array.Min(), array.Max());
    }
}
