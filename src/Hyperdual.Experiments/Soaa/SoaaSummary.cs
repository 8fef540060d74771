namespace Hyperdual.Experiments.Soaa;

/// <summary>The end of training of one task × optimizer × rate: its last epoch over the runs that completed it.</summary>
/// <param name="Task">The task.</param>
/// <param name="Optimizer">The optimizer.</param>
/// <param name="LearningRate">The learning rate.</param>
/// <param name="Runs">The runs (seeds).</param>
/// <param name="Diverged">Of which diverged (left out of the statistics below).</param>
/// <param name="Epoch">The last epoch.</param>
/// <param name="Final">The last epoch's statistics over the runs that completed.</param>
public sealed record SoaaSummary(string Task, string Optimizer, double LearningRate, int Runs, int Diverged, int Epoch, SoaaEpochSummary Final)
{
    /// <summary>The summaries of every group of runs, in the runs' order.</summary>
    /// <param name="runs">The runs.</param>
    /// <returns>The summaries.</returns>
    public static IReadOnlyList<SoaaSummary> Of(IReadOnlyList<SoaaRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var list = new List<SoaaSummary>();
        foreach (IGrouping<(string Task, string Optimizer, double LearningRate), SoaaRun> group in runs.GroupBy(r => (r.Task, r.Optimizer, r.LearningRate)))
        {
            SoaaRun[] all = [.. group];
            SoaaRun[] completed = [.. all.Where(r => r.Status == SoaaRunStatus.Completed)];
            int epoch = all.Max(r => r.Epochs.Count) - 1;
            SoaaEpochSummary final = completed.Length == 0
                ? new SoaaEpochSummary(group.Key.Task, group.Key.Optimizer, group.Key.LearningRate, epoch, 0, Spread.Of([]), Spread.Of([]), Spread.Of([]), Spread.Of([]))
                : SoaaEpochSummary.Of(completed).Last();
            list.Add(new SoaaSummary(group.Key.Task, group.Key.Optimizer, group.Key.LearningRate, all.Length, all.Length - completed.Length, final.Epoch, final));
        }

        return list;
    }
}
