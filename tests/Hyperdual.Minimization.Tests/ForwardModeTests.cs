namespace Hyperdual.Minimization.Tests;

public sealed class ForwardModeTests
{
    [Fact]
    public void FomohKdWithTwoDirectionsMatchesNewtonIteratesOnTwoDimensionalRosenbrock()
    {
        var f = new TestProblems.Rosenbrock2D();
        double[] start = [-1.2, 1.0];
        const int steps = 6;
        MinimizationResult kd = Minimizer.FomohKd(f, start, new ForwardModeOptions { Directions = 2, MaxIterations = steps, Backtracking = false, RecordTrace = true });

        // Plain Newton iterates from the hand-derived gradient and Hessian (2×2 inverse by hand).
        double[] x = (double[])start.Clone();
        for (int t = 1; t <= steps; t++)
        {
            double[] g = TestProblems.Rosenbrock2D.Gradient(x);
            double[,] h = TestProblems.Rosenbrock2D.Hessian(x);
            double det = (h[0, 0] * h[1, 1]) - (h[0, 1] * h[1, 0]);
            Assert.True(h[0, 0] > 0.0 && det > 0.0, "premise: the Hessian is positive definite along the path");
            x = [x[0] - (((h[1, 1] * g[0]) - (h[0, 1] * g[1])) / det), x[1] - (((h[0, 0] * g[1]) - (h[1, 0] * g[0])) / det)];
            IReadOnlyList<double> point = kd.Trace![t].Point;
            Assert.Equal(x[0], point[0], 1e-9 * Math.Max(1.0, Math.Abs(x[0])));
            Assert.Equal(x[1], point[1], 1e-9 * Math.Max(1.0, Math.Abs(x[1])));
        }
    }

    [Fact]
    public void FomohKdWithFullRankDirectionsSolvesAQuadraticInOneStep()
    {
        var f = new TestProblems.Quadratic(new double[,] { { 3, 1, 0 }, { 1, 4, 1 }, { 0, 1, 5 } }, [1, -2, 3]);
        MinimizationResult result = Minimizer.FomohKd(f, [0.3, -0.7, 2.0], new ForwardModeOptions { Directions = 3, MaxIterations = 1, Backtracking = false });
        double[] gradient = f.Gradient(result.Minimizer);
        Assert.All(gradient, gi => Assert.Equal(0.0, gi, 1e-12));
    }

    [Fact]
    public void FomohKdReachesTinyLossOnFiveDimensionalRosenbrockWithinTwentyIterations()
    {
        // From the origin (in the basin of the global minimum; the 5-D function also has a local minimum
        // near (−1, 1, 1, 1, 1) with f ≈ 3.93).
        var rosenbrock = new TestProblems.ChainedRosenbrock();
        for (ulong seed = 0; seed < 10; seed++)
        {
            MinimizationResult result = Minimizer.FomohKd(rosenbrock, new double[5], new ForwardModeOptions { Directions = 5, MaxIterations = 20, Seed = seed, TargetValue = 1e-6 });
            Assert.True(result.Value < 1e-6, $"seed {seed}: f = {result.Value} after {result.Iterations} iterations");
            Assert.Equal(StopReason.TargetValue, result.Reason);
            Assert.True(result.Iterations <= 20);
        }
    }

    [Fact]
    public void WithoutRepairNegativeCurvatureSendsTheStepUphill()
    {
        // f = x² − y²: the unrepaired plane step is the exact Newton step, which jumps to the saddle (0, 0),
        // uphill from (0.2, 0.5); the repaired step is a descent direction (∇f·s = −g̃ᵀ|H̃|⁻¹g̃ < 0).
        var f = new TestProblems.HyperbolicParaboloid();
        double[] start = [0.2, 0.5];
        double startValue = (0.2 * 0.2) - (0.5 * 0.5);
        double[] gradient = [2 * 0.2, -2 * 0.5];
        for (ulong seed = 0; seed < 20; seed++)
        {
            MinimizationResult raw = Minimizer.FomohKd(f, start, new ForwardModeOptions { Directions = 2, MaxIterations = 1, Seed = seed, CurvatureRepair = new() { Enabled = false }, Backtracking = false });
            Assert.Equal(0.0, raw.Minimizer[0], 1e-12);
            Assert.Equal(0.0, raw.Minimizer[1], 1e-12);
            Assert.True(raw.Value > startValue);

            MinimizationResult repaired = Minimizer.FomohKd(f, start, new ForwardModeOptions { Directions = 2, MaxIterations = 1, Seed = seed, Backtracking = false });
            double slope = (gradient[0] * (repaired.Minimizer[0] - start[0])) + (gradient[1] * (repaired.Minimizer[1] - start[1]));
            Assert.True(slope < 0.0, $"seed {seed}: repaired step is not a descent direction");

            MinimizationResult safeguarded = Minimizer.FomohKd(f, start, new ForwardModeOptions { Directions = 2, MaxIterations = 1, Seed = seed });
            Assert.True(safeguarded.Value < startValue);
        }
    }

    [Fact]
    public void FomohAndFgdTakeTheDocumentedStepAlongTheSeededDirection()
    {
        var f = new TestProblems.Quadratic(new double[,] { { 2, 0.5 }, { 0.5, 1 } }, [1, 1]);
        double[] start = [0.4, -0.3];
        const ulong seed = 17;
        // The documented rule: iteration 0's direction is direction 0 under the seed CounterRandom.Bits(seed, 0, 0).
        double[] v = [CounterRandom.Normal(CounterRandom.Bits(seed, 0, 0), 0, 0), CounterRandom.Normal(CounterRandom.Bits(seed, 0, 0), 0, 1)];
        double[] g = f.Gradient(start);
        double slope = (g[0] * v[0]) + (g[1] * v[1]);
        double curvature = (2 * v[0] * v[0]) + (2 * 0.5 * v[0] * v[1]) + (1 * v[1] * v[1]);

        MinimizationResult fomoh = Minimizer.Fomoh(f, start, new ForwardModeOptions { MaxIterations = 1, Seed = seed, LearningRate = 0.7, CurvatureEpsilon = 0.0 });
        double factor = 0.7 * slope / Math.Abs(curvature);
        Assert.Equal(start[0] - (factor * v[0]), fomoh.Minimizer[0], 1e-14);
        Assert.Equal(start[1] - (factor * v[1]), fomoh.Minimizer[1], 1e-14);

        MinimizationResult fgd = Minimizer.ForwardGradientDescent(f, start, new ForwardModeOptions { MaxIterations = 1, Seed = seed, LearningRate = 0.01 });
        Assert.Equal(start[0] - (0.01 * slope * v[0]), fgd.Minimizer[0], 1e-14);
        Assert.Equal(start[1] - (0.01 * slope * v[1]), fgd.Minimizer[1], 1e-14);
    }

    [Fact]
    public void SameSeedReproducesTheRunBitForBitAndAnotherSeedDiffers()
    {
        var rosenbrock = new TestProblems.ChainedRosenbrock();
        var options = new ForwardModeOptions { Directions = 3, MaxIterations = 30, Seed = 4 };
        MinimizationResult a = Minimizer.FomohKd(rosenbrock, new double[] { -1.2, 1, -1.2, 1, -1.2, 1 }, options);
        MinimizationResult b = Minimizer.FomohKd(rosenbrock, new double[] { -1.2, 1, -1.2, 1, -1.2, 1 }, options);
        MinimizationResult c = Minimizer.FomohKd(rosenbrock, new double[] { -1.2, 1, -1.2, 1, -1.2, 1 }, options with { Seed = 5 });
        Assert.Equal(a.Minimizer, b.Minimizer);
        Assert.NotEqual(a.Minimizer, c.Minimizer);
    }

    [Fact]
    public void TraceHasOneRowPerIterationAndCountsAreExact()
    {
        var rosenbrock = new TestProblems.ChainedRosenbrock();
        MinimizationResult result = Minimizer.FomohKd(rosenbrock, new double[] { -1.2, 1, -1.2, 1 }, new ForwardModeOptions { Directions = 3, MaxIterations = 10, Backtracking = false, RecordTrace = true });
        Assert.Equal(StopReason.MaxIterations, result.Reason);
        Assert.Equal(10, result.Iterations);
        Assert.Equal(11, result.Trace!.Count);
        // One pass on K-direction jets per step, plus the final gradient; one plain evaluation at the end.
        Assert.Equal(10 + 1, result.DerivativeEvaluations);
        Assert.Equal(1, result.FunctionEvaluations);
        Assert.Equal(rosenbrock.Evaluate<double>(result.Minimizer), result.Value);
    }

    [Fact]
    public void RejectsBadInput()
    {
        var f = new TestProblems.Rosenbrock2D();
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.FomohKd(f, [1.0, 1.0], new ForwardModeOptions { Directions = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.FomohKd(f, [1.0, 1.0], new ForwardModeOptions { Directions = ForwardModeOptions.MaxDirections + 1 })).ParamName);
        Assert.Throws<MemoryLimitException>(() => new ForwardModeOptions { Directions = ForwardModeOptions.MaxDirections }.EnsureFits(int.MaxValue));
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.Fomoh(f, [1.0, 1.0], new ForwardModeOptions { LearningRate = 0.0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.ForwardGradientDescent(f, [1.0, 1.0], new ForwardModeOptions { LearningRate = double.NaN })).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Minimizer.FomohKd(f, [double.PositiveInfinity, 1.0])).ParamName);
        Assert.Equal("RelativeFloor", Assert.ThrowsAny<ArgumentException>(() => Minimizer.FomohKd(f, [1.0, 1.0], new ForwardModeOptions { CurvatureRepair = new() { RelativeFloor = 2.0 } })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.FomohKd(f, [1.0, 1.0], new ForwardModeOptions { CurvatureRepair = null! })).ParamName);
    }

    [Fact]
    public void NonFiniteFunctionStopsWithNonFinite()
    {
        MinimizationResult result = Minimizer.FomohKd(new TestProblems.NotANumber(), [1.0]);
        Assert.Equal(StopReason.NonFinite, result.Reason);
    }
}
