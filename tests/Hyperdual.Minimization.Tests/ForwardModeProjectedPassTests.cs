using Hyperdual.Optimizers;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.TestFunctions;

namespace Hyperdual.Minimization.Tests;

/// <summary>
/// The forward-mode methods on functions evaluate g̃ and H̃ in one pass on K-direction jets. Their trajectory must
/// be the one K(K+1)/2 hyper-dual passes (<see cref="Derivatives.Directional(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/>)
/// give, step for step: this test drives the same optimizer with the pairwise passes and compares every iterate.
/// </summary>
public sealed class ForwardModeProjectedPassTests
{
    // The most halvings the method gives Armijo backtracking on a function (ForwardModeMethod's constant).
    private const int MaxHalvings = 40;

    [Theory]
    [InlineData(5, true, 10, 40)]
    [InlineData(3, false, 6, 25)]
    [InlineData(8, true, 10, 20)]
    [InlineData(1, true, 4, 30)]
    public void FomohKdFollowsTheTrajectoryOfThePairwiseHyperDualPasses(int k, bool backtracking, int n, int iterations)
    {
        var f = new Rosenbrock();
        double[] start = f.StandardStart(n);
        var options = new ForwardModeOptions { Directions = k, MaxIterations = iterations, Backtracking = backtracking, Seed = 11, RecordTrace = true };

        MinimizationResult result = Minimizer.FomohKd(f, start, options);

        List<double[]> expected = PairwiseTrajectory(f, start, options, OptimizerKind.FomohKd, backtracking);
        AssertSameTrajectory(expected, result);
        Assert.Equal(iterations + 1, result.DerivativeEvaluations); // one pass per iteration and the final gradient
    }

    [Fact]
    public void FomohFollowsTheTrajectoryOfOneHyperDualPassPerStep()
    {
        var f = new Rosenbrock();
        double[] start = f.StandardStart(6);
        var options = new ForwardModeOptions { MaxIterations = 30, Seed = 3, LearningRate = 0.5, RecordTrace = true };

        MinimizationResult result = Minimizer.Fomoh(f, start, options);

        AssertSameTrajectory(PairwiseTrajectory(f, start, options with { Directions = 1 }, OptimizerKind.Fomoh, backtracking: false), result);
    }

    [Fact]
    public void MoreDirectionsThanAJetCarriesFallBackToPairwisePasses()
    {
        var f = new Rosenbrock();
        int k = DirectionalJetParts<double>.MaxDirections + 1;
        double[] start = f.StandardStart(12);
        var options = new ForwardModeOptions { Directions = k, MaxIterations = 3, Backtracking = false, RecordTrace = true };

        MinimizationResult result = Minimizer.FomohKd(f, start, options);

        AssertSameTrajectory(PairwiseTrajectory(f, start, options, OptimizerKind.FomohKd, backtracking: false), result);
        Assert.Equal((3 * k * (k + 1) / 2) + 1, result.DerivativeEvaluations);
    }

    [Fact]
    public void AFunctionOnHyperDualNumbersOnlyFallsBackToPairwisePasses()
    {
        // A delegate-built function evaluates on hyper-dual numbers only; FoMoH-KD must still run, with K(K+1)/2 passes.
        IScalarFunction f = ScalarFunction.Create<double>(x =>
        {
            HyperDual<double> a = x[1] - (x[0] * x[0]);
            HyperDual<double> b = 1.0 - x[0];
            return (100.0 * a * a) + (b * b);
        });
        double[] start = [-1.2, 1.0];
        var options = new ForwardModeOptions { Directions = 2, MaxIterations = 5, Backtracking = false, RecordTrace = true };

        MinimizationResult result = Minimizer.FomohKd(f, start, options);

        AssertSameTrajectory(PairwiseTrajectory(f, start, options, OptimizerKind.FomohKd, backtracking: false), result);
        Assert.Equal((5 * 3) + 1, result.DerivativeEvaluations);
    }

    /// <summary>The iterates of the method with g̃ and H̃ from one <see cref="Derivatives.Directional(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/> pass per pair i ≤ j.</summary>
    private static List<double[]> PairwiseTrajectory(IScalarFunction f, double[] start, ForwardModeOptions options, OptimizerKind kind, bool backtracking)
    {
        int n = start.Length;
        int k = options.Directions;
        var optimizer = new ForwardModeOptimizer(n, kind, new ForwardOptimizerOptions
        {
            LearningRate = options.LearningRate,
            Directions = k,
            Seed = options.Seed,
            Repair = options.CurvatureRepair,
            CurvatureEpsilon = options.CurvatureEpsilon,
            Backtracking = backtracking,
            MaxHalvings = MaxHalvings,
        });
        double[] x = (double[])start.Clone();
        var trajectory = new List<double[]> { (double[])x.Clone() };
        for (int t = 0; t < options.MaxIterations; t++)
        {
            Directions directions = optimizer.NextDirections([]);
            double[][] v = Enumerable.Range(0, k).Select(directions.ToArray).ToArray();
            var g = new double[k];
            var h = new double[k, k];
            double value = double.NaN;
            for (int i = 0; i < k; i++)
            {
                for (int j = i; j < k; j++)
                {
                    (double fv, double du, _, double duv) = Derivatives.Directional(f, x, v[i], v[j]);
                    value = fv;
                    g[i] = i == j ? du : g[i];
                    h[i, j] = duv;
                    h[j, i] = duv;
                }
            }

            optimizer.Step(x, directions, value, g, h, trial => f.Evaluate<double>(trial));
            trajectory.Add((double[])x.Clone());
        }

        return trajectory;
    }

    private static void AssertSameTrajectory(List<double[]> expected, MinimizationResult result)
    {
        Assert.Equal(StopReason.MaxIterations, result.Reason);
        Assert.Equal(expected.Count, result.Trace!.Count);
        for (int t = 0; t < expected.Count; t++)
        {
            IReadOnlyList<double> point = result.Trace[t].Point;
            for (int c = 0; c < expected[t].Length; c++)
            {
                double tolerance = 1e-9 * Math.Max(1.0, Math.Abs(expected[t][c]));
                Assert.True(Math.Abs(expected[t][c] - point[c]) <= tolerance, $"iterate {t}, coordinate {c}: {point[c]:R}, pairwise passes {expected[t][c]:R}");
            }
        }
    }
}
