using Hyperdual.Experiments.Soaa;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Tests;

public sealed class SoaaSummaryTests
{
    private static SoaaRun Run(string optimizer, ulong seed, SoaaRunStatus status, params (double Train, double Test)[] epochs) => new(
        "task", optimizer, 1e-3, seed, status, status == SoaaRunStatus.Completed ? "" : "training diverged at step 5",
        epochs.Length * 4L,
        [new EpochRecord(0, 0, double.NaN, 9.0, double.NaN, 0.0), .. epochs.Select((e, i) => new EpochRecord(i + 1, (i + 1) * 4L, e.Train, e.Test, double.NaN, i + 1.0))],
        [], 1.0);

    [Fact]
    public void TheFinalEpochIsSummarisedOverCompletedRunsAndDivergedRunsAreCounted()
    {
        SoaaRun[] runs =
        [
            Run("adam", 0, SoaaRunStatus.Completed, (4.0, 3.0), (2.0, 1.0)),
            Run("adam", 1, SoaaRunStatus.Completed, (6.0, 5.0), (4.0, 3.0)),
            Run("adam", 2, SoaaRunStatus.Diverged, (8.0, 7.0)),
        ];
        SoaaSummary summary = Assert.Single(SoaaSummary.Of(runs));
        Assert.Equal(3, summary.Runs);
        Assert.Equal(1, summary.Diverged);
        Assert.Equal(2, summary.Epoch);
        Assert.Equal(2, summary.Final.Runs);

        // Test losses 1 and 3: mean 2, sample standard deviation √2; train losses 2 and 4.
        Assert.Equal(new Spread(2.0, Math.Sqrt(2.0), 1.0, 3.0), summary.Final.TestLoss);
        Assert.Equal(new Spread(3.0, Math.Sqrt(2.0), 2.0, 4.0), summary.Final.TrainLoss);
        Assert.True(double.IsNaN(summary.Final.TestAccuracy.Mean));
    }

    [Fact]
    public void EveryEpochIsSummarisedOverTheRunsThatReachedIt()
    {
        SoaaRun[] runs =
        [
            Run("soaa", 0, SoaaRunStatus.Completed, (4.0, 3.0), (2.0, 1.0)),
            Run("soaa", 1, SoaaRunStatus.Diverged, (8.0, 7.0)),
        ];
        IReadOnlyList<SoaaEpochSummary> epochs = SoaaEpochSummary.Of(runs);
        Assert.Equal([0, 1, 2], epochs.Select(e => e.Epoch));
        Assert.Equal([2, 2, 1], epochs.Select(e => e.Runs));
        Assert.True(double.IsNaN(epochs[0].TrainLoss.Mean));
        Assert.Equal(9.0, epochs[0].TestLoss.Mean);
        Assert.Equal(new Spread(5.0, Math.Sqrt(8.0), 3.0, 7.0), epochs[1].TestLoss);
        Assert.Equal(new Spread(1.0, 0.0, 1.0, 1.0), epochs[2].TestLoss);
    }

    [Fact]
    public void AGroupWhoseRunsAllDivergedHasNoFinalStatistics()
    {
        SoaaSummary summary = Assert.Single(SoaaSummary.Of([Run("adamw", 0, SoaaRunStatus.Diverged, (8.0, 7.0))]));
        Assert.Equal(1, summary.Diverged);
        Assert.Equal(0, summary.Final.Runs);
        Assert.True(double.IsNaN(summary.Final.TestLoss.Mean));
        Assert.Equal("—", SoaaReport.MeanStd(summary.Final.TestLoss));
    }

    [Fact]
    public void TheReportListsEveryDivergedRunAndStatesTheProtocol()
    {
        SoaaStudyOptions options = new() { Seeds = [0, 1], LearningRates = [1e-3], Tasks = [SoaaStudyTask.All[0]] };
        SoaaRun[] runs =
        [
            Run("adam", 0, SoaaRunStatus.Completed, (4.0, 3.0)) with { Task = "autoencoder-mnist" },
            Run("adam", 1, SoaaRunStatus.Diverged, (8.0, 7.0)) with { Task = "autoencoder-mnist" },
        ];
        var result = new SoaaStudyResult(options, [new SoaaTaskData("autoencoder-mnist", 512, 512, 4, 209_968)], runs, StudyMachine.Current(), new DateTime(2026, 1, 2, 3, 4, 0, DateTimeKind.Utc), 12.0);
        string markdown = SoaaReport.Markdown(result);
        Assert.Contains(SoaaReport.ProtocolStatement, markdown, StringComparison.Ordinal);
        Assert.Contains("| autoencoder-mnist | adam | 1e-3 | 1 | 4 | training diverged at step 5 |", markdown, StringComparison.Ordinal);
        Assert.Contains(StudyMachine.Current().MarkdownLine(), markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("None: all", markdown, StringComparison.Ordinal);
        Assert.Equal(SoaaStudyFiles.FileNames(options), SoaaStudyFiles.Files(result).Select(f => f.Name));
    }

    [Theory]
    [InlineData(3e-4, "3e-4")]
    [InlineData(1e-3, "1e-3")]
    [InlineData(3e-3, "3e-3")]
    [InlineData(2.5e-3, "2.5e-3")]
    public void RatesAreWrittenShort(double rate, string text) => Assert.Equal(text, SoaaStudyFiles.Rate(rate));
}
