using Hyperdual.Experiments.Rosenbrock;
using Hyperdual.Minimization;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

public sealed class RosenbrockStudyTests
{
    [Fact]
    public void RunsEveryMethodOnEverySeedWithTheReferenceBudgets()
    {
        RosenbrockStudyResult result = RosenbrockStudy.Run(new ChainedRosenbrock());

        // 2-D: 4 methods and FoMoH-2D unsafeguarded; 5-D: K = 1…5, each with and without safeguards; 10-D: K = 2…10, each with and without, and Newton-TR.
        Assert.Equal(5 + 10 + 19, result.Summaries.Count);
        Assert.Equal(result.Summaries.Count * RosenbrockStudy.SeedCount, result.Runs.Count);
        Assert.All(result.Runs.Where(r => r.Study == "2d" && r.Method != "Newton-TR" && !r.Diverged), r => Assert.Equal(1001, r.Losses.Count));
        Assert.All(result.Runs.Where(r => r.Study == "5d" && !r.Diverged), r => Assert.Equal(1001, r.Losses.Count));
        Assert.All(result.Runs.Where(r => r.Study == "10d" && r.Method != "Newton-TR" && !r.Diverged), r => Assert.Equal(101, r.Losses.Count));
        Assert.All(result.Runs.Where(r => r.Method == "Newton-TR"), r => Assert.True(r.Losses.Count <= (r.Study == "2d" ? 1001 : 101)));

        // Iteration 0 is the seed's start point.
        var rosenbrock = new ChainedRosenbrock();
        Assert.All(result.Runs, r => Assert.Equal(rosenbrock.Evaluate<double>(RosenbrockStudy.Start(r.Study == "2d" ? 2 : r.Study == "5d" ? 5 : 10, r.Seed)), r.Losses[0]));

        // With the repair and backtracking no run ends non-finite or above its start; the unsafeguarded rows take the full
        // step (one plain evaluation per run: the final value) and some of them end above their start. The reference's
        // measured outcomes stand beside the unsafeguarded rows.
        StudyRun[] safeguarded = result.Runs.Where(r => !r.Method.EndsWith(RosenbrockStudy.UnsafeguardedSuffix, StringComparison.Ordinal)).ToArray();
        StudyRun[] unsafeguarded = result.Runs.Where(r => r.Method.EndsWith(RosenbrockStudy.UnsafeguardedSuffix, StringComparison.Ordinal)).ToArray();
        Assert.Equal((1 + 5 + 9) * RosenbrockStudy.SeedCount, unsafeguarded.Length);
        Assert.All(result.Summaries.Where(s => !s.Method.EndsWith(RosenbrockStudy.UnsafeguardedSuffix, StringComparison.Ordinal)), s => Assert.Equal(0, s.NonFinite));
        Assert.All(safeguarded.Where(r => r.Method.StartsWith("FoMoH-KD", StringComparison.Ordinal)), r => Assert.True(r.FinalLoss <= r.Losses[0], $"{r.Study} {r.Method} seed {r.Seed} ended above its start"));
        Assert.All(unsafeguarded, r => Assert.Equal(1, r.ValueEvaluations));
        Assert.Contains(unsafeguarded, r => !(r.FinalLoss <= r.Losses[0]));
        Assert.Equal("median 0; 6/10 < 1e-6; 1/10 NaN", result.Summaries.Single(s => s.Study == "10d" && s.Method == "FoMoH-KD K=10 unsafeguarded").Reference);
        Assert.Equal("", result.Summaries.Single(s => s.Study == "10d" && s.Method == "FoMoH-KD K=10").Reference);

        // Newton-TR solves 2-D Rosenbrock from every start.
        Assert.Equal(RosenbrockStudy.SeedCount, result.Summaries.Single(s => s.Study == "2d" && s.Method == "Newton-TR").BelowThreshold);
    }

    [Fact]
    public void SummaryStatisticsFollowTheirDefinitions()
    {
        var method = new RosenbrockMethod("s", "m", 2, RosenbrockMethodKind.FomohKd, 3, 1.0, 1, Safeguarded: true);
        StudyRun Run(ulong seed, double final, StopReason stop = StopReason.MaxIterations) => new("s", "m", seed, [100.0, final], stop, (long)seed, 1);
        StudySummary even = RosenbrockStudy.Summarize(method, [Run(0, 4.0), Run(1, 1e-8), Run(2, 2.0), Run(3, 1e-7)], 0.0);
        Assert.Equal(0.5 * (1e-7 + 2.0), even.Median);
        Assert.Equal(1e-8, even.Min);
        Assert.Equal(4.0, even.Max);
        Assert.Equal(2, even.BelowThreshold);
        Assert.Equal(0, even.NonFinite);
        Assert.Equal(4, even.AtBudget);
        Assert.Equal(1.5, even.MedianDirectionalPasses);
        Assert.Equal(6, even.DirectionalPassesPerEvaluation);

        StudySummary withNaN = RosenbrockStudy.Summarize(method, [Run(0, double.NaN, StopReason.NonFinite), Run(1, 3.0), Run(2, double.PositiveInfinity, StopReason.NonFinite)], 0.0);
        Assert.Equal(double.PositiveInfinity, withNaN.Median);
        Assert.Equal(3.0, withNaN.Min);
        Assert.True(double.IsNaN(withNaN.Max));
        Assert.Equal(2, withNaN.NonFinite);
        Assert.Equal(1, withNaN.AtBudget);

        // A run that diverged on a non-finite step recorded the loss before the step: its final loss is NaN all the same.
        StudyRun steppedOff = Run(4, 5.0, StopReason.NonFinite);
        Assert.True(double.IsNaN(steppedOff.FinalLoss));
        StudySummary withStep = RosenbrockStudy.Summarize(method, [steppedOff, Run(5, 1.0), Run(6, 2.0)], 0.0);
        Assert.Equal(1, withStep.NonFinite);
        Assert.Equal(2.0, withStep.Median);
        Assert.True(double.IsNaN(withStep.Max));

        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => RosenbrockStudy.Summarize(method, [], 0.0)).ParamName);
    }

    [Fact]
    public void StartsAreSeededStandardNormalDraws()
    {
        Assert.Equal(RosenbrockStudy.Start(10, 3), RosenbrockStudy.Start(10, 3));
        Assert.NotEqual(RosenbrockStudy.Start(10, 3), RosenbrockStudy.Start(10, 4));
        double[] pooled = Enumerable.Range(0, 200).SelectMany(s => RosenbrockStudy.Start(50, (ulong)s)).ToArray();
        double mean = pooled.Average();
        double variance = pooled.Select(v => (v - mean) * (v - mean)).Average();
        Assert.InRange(mean, -0.05, 0.05);
        Assert.InRange(variance, 0.9, 1.1);
    }

    [Fact]
    public void TenDimensionalMedianFallsAsDirectionsGrowAndNoSeedDiverges()
    {
        var rosenbrock = new ChainedRosenbrock();
        double previousMedian = double.PositiveInfinity;
        foreach (int k in Enumerable.Range(2, 9))
        {
            var runs = new List<StudyRun>();
            for (ulong seed = 0; seed < RosenbrockStudy.SeedCount; seed++)
            {
                double[] start = RosenbrockStudy.Start(10, seed);
                double startValue = rosenbrock.Evaluate<double>(start);
                MinimizationResult result = Minimizer.FomohKd(rosenbrock, start, new ForwardModeOptions { Directions = k, MaxIterations = 100, Seed = seed });
                Assert.True(double.IsFinite(result.Value), $"K={k} seed {seed} ended non-finite");
                Assert.True(result.Value <= startValue, $"K={k} seed {seed} ended at {result.Value}, above its start {startValue}");
                Assert.True(result.Value < 1e3);
                runs.Add(new StudyRun("10d", $"K={k}", seed, [startValue, result.Value], result.Reason, 0, result.FunctionEvaluations));
            }

            RosenbrockMethod method = RosenbrockStudy.Methods.Single(m => m.Study == "10d" && m.Label == $"FoMoH-KD K={k}");
            double median = RosenbrockStudy.Summarize(method, runs, 0.0).Median;
            Assert.True(median < previousMedian, $"median {median} at K={k} is not below {previousMedian}");
            previousMedian = median;
        }
    }
}
