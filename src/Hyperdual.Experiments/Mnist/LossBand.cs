namespace Hyperdual.Experiments.Mnist;

/// <summary>A row's test loss over seeds at each evaluated step: the mean with the min–max band, and the mean training
/// seconds to reach each step (for plots against wall-clock time).</summary>
/// <param name="Label">The row.</param>
/// <param name="Steps">The evaluated steps, increasing.</param>
/// <param name="Seconds">The mean training seconds at each step over the runs that reached it.</param>
/// <param name="Min">The smallest test loss at each step.</param>
/// <param name="Mean">The mean test loss.</param>
/// <param name="Max">The largest test loss.</param>
/// <param name="Runs">How many runs reached each step.</param>
public sealed record LossBand(string Label, IReadOnlyList<long> Steps, IReadOnlyList<double> Seconds, IReadOnlyList<double> Min, IReadOnlyList<double> Mean, IReadOnlyList<double> Max, IReadOnlyList<int> Runs)
{
    /// <summary>The band of <paramref name="runs"/> (one row's runs over seeds): every step any of them evaluated, over
    /// the runs that reached it (a diverged run counts up to its last evaluation).</summary>
    /// <param name="label">The row.</param>
    /// <param name="runs">Its runs.</param>
    /// <returns>The band.</returns>
    public static LossBand Of(string label, IReadOnlyList<StudyRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        long[] steps = [.. runs.SelectMany(r => r.Evaluations.Select(e => e.Step)).Distinct().Order()];
        var seconds = new double[steps.Length];
        var min = new double[steps.Length];
        var mean = new double[steps.Length];
        var max = new double[steps.Length];
        var count = new int[steps.Length];
        for (int i = 0; i < steps.Length; i++)
        {
            Training.EvaluationRecord[] at = [.. runs.Select(r => r.At(steps[i])).OfType<Training.EvaluationRecord>()];
            seconds[i] = at.Average(e => e.TrainingSeconds);
            min[i] = at.Min(e => e.Loss);
            mean[i] = at.Average(e => e.Loss);
            max[i] = at.Max(e => e.Loss);
            count[i] = at.Length;
        }

        return new LossBand(label, steps, seconds, min, mean, max, count);
    }
}
