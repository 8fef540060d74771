namespace Hyperdual.Training;

/// <summary>A comparison's runs with per-optimizer summaries.</summary>
/// <param name="Options">The shared settings.</param>
/// <param name="Labels">The optimizers' labels in the order given.</param>
/// <param name="Seeds">The seeds.</param>
/// <param name="Runs">Every run.</param>
public sealed record ComparisonResult(TrainingOptions Options, IReadOnlyList<string> Labels, IReadOnlyList<ulong> Seeds, IReadOnlyList<ComparisonRun> Runs)
{
    /// <summary>The summary of each optimizer over the seeds, in <see cref="Labels"/> order.</summary>
    public IReadOnlyList<ComparisonSummary> Summaries =>
    [
        .. Labels.Select(label =>
        {
            ComparisonRun[] runs = [.. Runs.Where(r => r.Label == label)];
            double[] losses = [.. runs.Select(r => r.Result.Final?.Loss ?? double.NaN)];
            double[] accuracies = [.. runs.Select(r => r.Result.Final?.Accuracy ?? double.NaN)];
            return new ComparisonSummary(
                label,
                runs[0].Result.Options.EffectiveLearningRate,
                Statistics.Mean(losses), Statistics.StandardDeviation(losses), Statistics.Mean(accuracies), Statistics.StandardDeviation(accuracies),
                Statistics.Median(runs.Select(r => r.Result.MedianStepSeconds)), Statistics.Median(runs.Select(r => r.Result.MedianDerivativeSeconds)));
        }),
    ];
}
