namespace Hyperdual.Experiments.Soaa;

/// <summary>Everything a SOAA study run produced.</summary>
/// <param name="Options">The settings.</param>
/// <param name="Tasks">The sizes of each task.</param>
/// <param name="Runs">Every run, in the order run.</param>
/// <param name="Machine">Where it ran.</param>
/// <param name="StartedUtc">When it started.</param>
/// <param name="WallSeconds">Wall-clock seconds of the whole study (data loading included).</param>
public sealed record SoaaStudyResult(
    SoaaStudyOptions Options,
    IReadOnlyList<SoaaTaskData> Tasks,
    IReadOnlyList<SoaaRun> Runs,
    StudyMachine Machine,
    DateTime StartedUtc,
    double WallSeconds)
{
    /// <summary>The summary of the last epoch of every task × optimizer × rate.</summary>
    public IReadOnlyList<SoaaSummary> Summaries => SoaaSummary.Of(Runs);

    /// <summary>The per-epoch summary of every task × optimizer × rate.</summary>
    public IReadOnlyList<SoaaEpochSummary> EpochSummaries => SoaaEpochSummary.Of(Runs);
}
