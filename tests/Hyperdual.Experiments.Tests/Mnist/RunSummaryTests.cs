using Hyperdual.Experiments.Mnist;

namespace Hyperdual.Experiments.Tests.Mnist;

public sealed class RunSummaryTests
{
    [Fact]
    public void Mean_and_sample_deviation_over_the_seeds_at_a_step()
    {
        StudyRun[] runs =
        [
            StudyRuns.Of("a", 0, 20, null, (0, 2.3, 0.1, 0), (10, 1.0, 0.50, 1), (20, 0.5, 0.8, 2)),
            StudyRuns.Of("a", 1, 20, null, (0, 2.3, 0.1, 0), (10, 2.0, 0.60, 1), (20, 0.5, 0.8, 2)),
            StudyRuns.Of("a", 2, 20, null, (0, 2.3, 0.1, 0), (10, 3.0, 0.70, 1), (20, 0.5, 0.8, 2)),
        ];
        RunSummary s = RunSummary.At("a", runs, 10);
        Assert.Equal(3, s.Runs);
        Assert.Equal(3, s.Reached);
        Assert.Equal(2.0, s.LossMean, 1e-12);
        Assert.Equal(1.0, s.LossStd, 1e-12); // deviations −1, 0, 1 over n − 1 = 2
        Assert.Equal(0.6, s.AccuracyMean, 1e-12);
        Assert.Equal(0.1, s.AccuracyStd, 1e-12);
        Assert.Equal(0.0, RunSummary.At("a", runs, 20).LossStd);
    }

    [Fact]
    public void A_run_that_diverged_before_the_step_is_counted_but_not_averaged()
    {
        StudyRun[] runs =
        [
            StudyRuns.Of("a", 0, 20, null, (0, 2.3, 0.1, 0), (20, 0.4, 0.9, 2)),
            StudyRuns.Of("a", 1, 20, 13, (0, 2.3, 0.1, 0), (10, 9.0, 0.2, 1)),
        ];
        RunSummary s = RunSummary.At("a", runs, 20);
        Assert.Equal(2, s.Runs);
        Assert.Equal(1, s.Reached);
        Assert.Equal(0.4, s.LossMean);
        Assert.Equal(0.0, s.LossStd);
        Assert.Equal("0.4000 ± 0.0000 (1 of 2 runs)", MnistReportMarkdown.MeanStd(s.LossMean, s.LossStd, s.Reached, s.Runs));

        RunSummary none = RunSummary.At("a", [runs[1]], 20);
        Assert.Equal(0, none.Reached);
        Assert.True(double.IsNaN(none.LossMean));
        Assert.Equal(MnistReportMarkdown.Missing, MnistReportMarkdown.MeanStd(none.LossMean, none.LossStd, none.Reached, none.Runs));
    }
}
