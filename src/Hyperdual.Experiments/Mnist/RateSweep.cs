using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Mnist;

/// <summary>A learning-rate sweep judged on a validation split carved from the training set, never on the test set.</summary>
public static class RateSweep
{
    /// <summary>Runs <paramref name="choice"/> at each rate and evaluates on <paramref name="data"/>'s validation split.</summary>
    /// <param name="label">The study row's label.</param>
    /// <param name="choice">The optimizer.</param>
    /// <param name="rates">The candidate rates.</param>
    /// <param name="shared">The shared settings of the sweep runs.</param>
    /// <param name="seed">The seed of every candidate (same weights and batches for all).</param>
    /// <param name="data">The splits; must hold a validation split.</param>
    /// <param name="onRun">Called after each candidate (progress), or null.</param>
    /// <returns>One run per rate, in the order given; diverged candidates included.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> has no validation split.</exception>
    public static IReadOnlyList<StudyRun> Run(
        string label, OptimizerChoice choice, IReadOnlyList<double> rates, TrainingOptions shared, ulong seed, DataSplits data, Action<StudyRun>? onRun = null)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Validation is null || data.Validation.Count == 0)
        {
            throw new ArgumentException("A learning-rate sweep needs a validation split; it never looks at the test set.", nameof(data));
        }

        var runs = new List<StudyRun>();
        foreach (double rate in rates)
        {
            StudyRun run = StudyRunner.Run(StudyRun.SweepPhase, label, choice, rate, shared, seed, data);
            runs.Add(run);
            onRun?.Invoke(run);
        }

        return runs;
    }

    /// <summary>The candidate with the lowest final validation loss among those that finished their budget with a
    /// finite loss (ties: the smaller rate); null when none did.</summary>
    /// <param name="candidates">The sweep's runs.</param>
    /// <returns>The best run, or null.</returns>
    public static StudyRun? Best(IEnumerable<StudyRun> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(r => !r.Diverged && r.Final is { } f && f.Step == r.StepBudget && double.IsFinite(f.Loss))
            .OrderBy(r => r.Final!.Loss)
            .ThenBy(r => r.LearningRate)
            .FirstOrDefault();
    }
}
