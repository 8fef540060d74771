using Hyperdual.Experiments.Mnist;
using Hyperdual.Reports;

namespace Hyperdual.Experiments.Tests.Mnist;

public sealed class LossBandTests
{
    [Fact]
    public void Min_mean_and_max_over_seeds_at_each_step_with_the_mean_seconds()
    {
        StudyRun[] runs =
        [
            StudyRuns.Of("a", 0, 10, null, (0, 2.0, 0.1, 0.0), (5, 1.0, 0.5, 1.0), (10, 0.5, 0.8, 2.0)),
            StudyRuns.Of("a", 1, 10, null, (0, 2.0, 0.1, 0.0), (5, 1.6, 0.4, 3.0), (10, 0.9, 0.7, 4.0)),
        ];
        LossBand band = LossBand.Of("a", runs);
        Assert.Equal([0L, 5L, 10L], band.Steps);
        Assert.Equal([2.0, 1.0, 0.5], band.Min);
        Assert.Equal([2.0, 1.6, 0.9], band.Max);
        Assert.Equal(1.3, band.Mean[1], 1e-12);
        Assert.Equal(0.7, band.Mean[2], 1e-12);
        Assert.Equal([0.0, 2.0, 3.0], band.Seconds);
        Assert.Equal([2, 2, 2], band.Runs);
    }

    [Fact]
    public void A_diverged_run_counts_up_to_its_last_evaluation()
    {
        StudyRun[] runs =
        [
            StudyRuns.Of("a", 0, 10, null, (0, 2.0, 0.1, 0.0), (5, 1.0, 0.5, 1.0), (10, 0.5, 0.8, 2.0)),
            StudyRuns.Of("a", 1, 10, 7, (0, 2.0, 0.1, 0.0), (5, 3.0, 0.4, 1.0)),
        ];
        LossBand band = LossBand.Of("a", runs);
        Assert.Equal([2, 2, 1], band.Runs);
        Assert.Equal(3.0, band.Max[1]);
        Assert.Equal(0.5, band.Min[2]);
        Assert.Equal(0.5, band.Max[2]);
    }

    [Fact]
    public void As_a_plot_series_the_band_edges_are_the_min_and_max()
    {
        StudyRun[] runs =
        [
            StudyRuns.Of("a", 0, 10, null, (0, 2.0, 0.1, 0.0), (10, 0.5, 0.8, 2.0)),
            StudyRuns.Of("a", 1, 10, null, (0, 2.0, 0.1, 0.0), (10, 0.9, 0.7, 6.0)),
        ];
        LossBand band = LossBand.Of("a", runs);
        PlotSeries bySteps = MnistReport.Series(band, bySeconds: false);
        Assert.Equal([0.0, 10.0], bySteps.X);
        Assert.Equal([2.0, 0.5], bySteps.Lower);
        Assert.Equal([2.0, 0.9], bySteps.Upper);
        Assert.Equal([0.0, 4.0], MnistReport.Series(band, bySeconds: true).X);
    }
}
