using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>One epoch of one task × optimizer × rate over its seeds: mean, sample standard deviation, min and max.</summary>
/// <param name="Task">The task.</param>
/// <param name="Optimizer">The optimizer.</param>
/// <param name="LearningRate">The learning rate.</param>
/// <param name="Epoch">The epoch (0: initial weights).</param>
/// <param name="Runs">The runs that reached this epoch (a diverged run counts up to its last complete epoch).</param>
/// <param name="TrainLoss">The train loss over those runs (NaN statistics at epoch 0).</param>
/// <param name="TestLoss">The test loss over those runs.</param>
/// <param name="TestAccuracy">The test accuracy (NaN statistics for reconstruction).</param>
/// <param name="Seconds">The cumulative training seconds.</param>
public sealed record SoaaEpochSummary(
    string Task, string Optimizer, double LearningRate, int Epoch, int Runs, Spread TrainLoss, Spread TestLoss, Spread TestAccuracy, Spread Seconds)
{
    /// <summary>The summaries of every epoch of every group of runs, in the runs' order.</summary>
    /// <param name="runs">The runs.</param>
    /// <returns>The summaries.</returns>
    public static IReadOnlyList<SoaaEpochSummary> Of(IReadOnlyList<SoaaRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var list = new List<SoaaEpochSummary>();
        foreach (IGrouping<(string Task, string Optimizer, double LearningRate), SoaaRun> group in runs.GroupBy(r => (r.Task, r.Optimizer, r.LearningRate)))
        {
            int epochs = group.Max(r => r.Epochs.Count);
            for (int e = 0; e < epochs; e++)
            {
                EpochRecord[] at = [.. group.Where(r => r.Epochs.Count > e).Select(r => r.Epochs[e])];
                list.Add(new SoaaEpochSummary(
                    group.Key.Task, group.Key.Optimizer, group.Key.LearningRate, at[0].Epoch, at.Length,
                    Spread.Of(at.Select(x => x.TrainLoss)), Spread.Of(at.Select(x => x.TestLoss)),
                    Spread.Of(at.Select(x => x.TestAccuracy)), Spread.Of(at.Select(x => x.Seconds))));
            }
        }

        return list;
    }
}
