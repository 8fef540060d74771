using Hyperdual.Experiments.Rosenbrock;
using Hyperdual.Minimization;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

public sealed class LossBandTests
{
    [Fact]
    public void EarlyStopsHoldTheirLastLossAndDivergedRunsLeaveTheBand()
    {
        StudyRun converged = new("s", "m", 0, [8.0, 2.0], StopReason.GradientTolerance, 0, 0);
        StudyRun budget = new("s", "m", 1, [4.0, 3.0, 1.0, 0.5], StopReason.MaxIterations, 0, 0);
        StudyRun diverged = new("s", "m", 2, [6.0, 1e300, double.PositiveInfinity], StopReason.NonFinite, 0, 0);
        LossBand band = LossBand.Of([converged, budget, diverged]);

        // Iteration 0: 4, 6, 8. Iteration 1: 2, 3, 1e300. Iteration 2: 2 (held), 1, +∞. Iteration 3: 2 (held), 0.5, +∞ (diverged).
        Assert.Equal([6.0, 3.0, 2.0, 2.0], band.Median);
        Assert.Equal([4.0, 2.0, 1.0, 0.5], band.Min);
        Assert.Equal([8.0, 1e300, 2.0, 2.0], band.Max);
    }

    [Fact]
    public void MedianIsInfiniteOnceHalfTheSeedsDivergedAndTheBandEmptyWhenAllHave()
    {
        StudyRun a = new("s", "m", 0, [1.0, double.NaN], StopReason.NonFinite, 0, 0);
        StudyRun b = new("s", "m", 1, [2.0, 0.5], StopReason.MaxIterations, 0, 0);
        LossBand band = LossBand.Of([a, b]);
        Assert.Equal(1.5, band.Median[0]);
        Assert.Equal(double.PositiveInfinity, band.Median[1]);
        Assert.Equal(0.5, band.Min[1]);

        LossBand allDiverged = LossBand.Of([a]);
        Assert.True(double.IsNaN(allDiverged.Min[1]) && double.IsNaN(allDiverged.Max[1]));
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => LossBand.Of([])).ParamName);
    }
}
