using Hyperdual.Training;

namespace Hyperdual.Experiments.Mnist;

/// <summary>A row's test metrics at one step, over the seeds whose runs reached it.</summary>
/// <param name="Label">The row.</param>
/// <param name="LearningRate">The rate of its runs.</param>
/// <param name="Step">The step.</param>
/// <param name="Runs">The runs of the row.</param>
/// <param name="Reached">How many reached the step (the others diverged before it).</param>
/// <param name="LossMean">The mean test loss over those that reached it.</param>
/// <param name="LossStd">The sample standard deviation of the test loss.</param>
/// <param name="AccuracyMean">The mean test accuracy.</param>
/// <param name="AccuracyStd">The sample standard deviation of the test accuracy.</param>
public sealed record RunSummary(string Label, double LearningRate, long Step, int Runs, int Reached, double LossMean, double LossStd, double AccuracyMean, double AccuracyStd)
{
    /// <summary>Summarises <paramref name="runs"/> (one row's runs over seeds) at <paramref name="step"/>.</summary>
    /// <param name="label">The row.</param>
    /// <param name="runs">Its runs.</param>
    /// <param name="step">The step.</param>
    /// <returns>The summary (NaN statistics when no run reached the step).</returns>
    public static RunSummary At(string label, IReadOnlyList<StudyRun> runs, long step)
    {
        ArgumentNullException.ThrowIfNull(runs);
        EvaluationRecord[] reached = [.. runs.Select(r => r.At(step)).OfType<EvaluationRecord>()];
        double[] losses = [.. reached.Select(e => e.Loss)];
        double[] accuracies = [.. reached.Select(e => e.Accuracy)];
        return new RunSummary(
            label, runs.Count == 0 ? double.NaN : runs[0].LearningRate, step, runs.Count, reached.Length,
            Statistics.Mean(losses), Statistics.StandardDeviation(losses), Statistics.Mean(accuracies), Statistics.StandardDeviation(accuracies));
    }
}
