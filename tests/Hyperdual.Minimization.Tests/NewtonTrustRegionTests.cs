namespace Hyperdual.Minimization.Tests;

public sealed class NewtonTrustRegionTests
{
    [Fact]
    public void PositiveDefiniteQuadraticIsSolvedByOneNewtonStep()
    {
        var f = new TestProblems.Quadratic(new double[,] { { 4, 1 }, { 1, 3 } }, [1, 2]);
        // A⁻¹b by hand: det = 11, A⁻¹ = [[3, −1], [−1, 4]] / 11 → (1/11, 7/11).
        MinimizationResult result = Minimizer.NewtonTrustRegion(f, [0.05, 0.6], new NewtonTrustRegionOptions { InitialRadius = 10.0 });
        Assert.Equal(StopReason.GradientTolerance, result.Reason);
        Assert.Equal(1, result.Iterations);
        Assert.Equal(1.0 / 11.0, result.Minimizer[0], 1e-14);
        Assert.Equal(7.0 / 11.0, result.Minimizer[1], 1e-14);
    }

    [Fact]
    public void LeavesAStartAtASaddlePointAlongNegativeCurvature()
    {
        MinimizationResult result = Minimizer.NewtonTrustRegion(new TestProblems.SaddleWithTwoMinima(), [0.0, 0.0]);
        Assert.Equal(StopReason.GradientTolerance, result.Reason);
        Assert.Equal(-1.0, result.Value, 1e-14);
        Assert.Equal(0.0, result.Minimizer[0], 1e-10);
        Assert.Equal(Math.Sqrt(2.0), Math.Abs(result.Minimizer[1]), 1e-10);
    }

    [Fact]
    public void TraceIsMonotoneAndCountsMatch()
    {
        MinimizationResult result = Minimizer.NewtonTrustRegion(new TestProblems.Rosenbrock2D(), [-1.2, 1.0], new NewtonTrustRegionOptions { RecordTrace = true });
        Assert.NotNull(result.Trace);
        Assert.Equal(result.Iterations + 1, result.Trace!.Count);
        for (int i = 1; i < result.Trace.Count; i++)
        {
            Assert.True(result.Trace[i].Value <= result.Trace[i - 1].Value, "accepted steps never increase f");
            Assert.Equal(i, result.Trace[i].Iteration);
        }

        // One plain evaluation per trial step; one derivative evaluation at the start and per accepted step.
        Assert.Equal(result.Iterations, result.FunctionEvaluations);
        int accepted = result.Trace.Skip(1).Count(r => r.StepNorm > 0.0);
        Assert.Equal(accepted + 1, result.DerivativeEvaluations);
        Assert.True(result.GradientNorm <= 1e-10);
        Assert.Equal(1.0, result.Minimizer[0], 1e-10);
    }

    [Fact]
    public void StopsOnIterationAndEvaluationLimits()
    {
        var rosenbrock = new TestProblems.Rosenbrock2D();
        MinimizationResult byIterations = Minimizer.NewtonTrustRegion(rosenbrock, [-1.2, 1.0], new NewtonTrustRegionOptions { MaxIterations = 3 });
        Assert.Equal(StopReason.MaxIterations, byIterations.Reason);
        Assert.Equal(3, byIterations.Iterations);
        Assert.False(byIterations.Converged);

        MinimizationResult byEvaluations = Minimizer.NewtonTrustRegion(rosenbrock, [-1.2, 1.0], new NewtonTrustRegionOptions { MaxFunctionEvaluations = 5 });
        Assert.Equal(StopReason.MaxFunctionEvaluations, byEvaluations.Reason);
        Assert.True(byEvaluations.FunctionEvaluations + byEvaluations.DerivativeEvaluations >= 5);
    }

    [Fact]
    public void StopsOnFunctionChangeWhenAsked()
    {
        MinimizationResult result = Minimizer.NewtonTrustRegion(new TestProblems.Rosenbrock2D(), [-1.2, 1.0], new NewtonTrustRegionOptions { FunctionTolerance = 0.5, GradientTolerance = 0.0 });
        Assert.Equal(StopReason.FunctionTolerance, result.Reason);
        Assert.Equal(result.GradientNorm <= MinimizationResult.DefaultConvergedGradientNorm, result.Converged);
    }

    [Fact]
    public void OnIterationSeesEveryRecordWithoutATrace()
    {
        var seen = new List<IterationRecord>();
        MinimizationResult result = Minimizer.NewtonTrustRegion(new TestProblems.Rosenbrock2D(), [-1.2, 1.0], new NewtonTrustRegionOptions { OnIteration = seen.Add });
        Assert.Null(result.Trace);
        Assert.Equal(result.Iterations + 1, seen.Count);
        Assert.Equal(result.Value, seen[^1].Value);
    }

    [Fact]
    public void StopsOnStepSize()
    {
        MinimizationResult result = Minimizer.NewtonTrustRegion(new TestProblems.Rosenbrock2D(), [-1.2, 1.0], new NewtonTrustRegionOptions { StepTolerance = 10.0 });
        Assert.Equal(StopReason.StepTolerance, result.Reason);
        Assert.Equal(1, result.Iterations);
        // Stopped by the step test far from the minimiser: not converged.
        Assert.True(result.GradientNorm > 1.0);
        Assert.False(result.Converged);
        Assert.True((result with { ConvergedGradientNorm = double.PositiveInfinity }).Converged);
    }

    [Fact]
    public void ReportsNonFiniteFunctions()
    {
        MinimizationResult result = Minimizer.NewtonTrustRegion(new TestProblems.NotANumber(), [1.0]);
        Assert.Equal(StopReason.NonFinite, result.Reason);
    }

    [Fact]
    public void RejectsBadInput()
    {
        var f = new TestProblems.Rosenbrock2D();
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Minimizer.NewtonTrustRegion(f, [double.NaN, 1.0])).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Minimizer.NewtonTrustRegion(f, [])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.NewtonTrustRegion(f, [1.0, 1.0], new NewtonTrustRegionOptions { InitialRadius = -1 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Minimizer.NewtonTrustRegion(f, [1.0, 1.0], new NewtonTrustRegionOptions { MaxIterations = -1 })).ParamName);
        Assert.Throws<ArgumentNullException>(() => Minimizer.NewtonTrustRegion(null!, [1.0]));
        ArgumentException wrongDimension = Assert.Throws<ArgumentException>(() => Minimizer.NewtonTrustRegion(f, [1.0]));
        Assert.Equal("start", wrongDimension.ParamName);
        Assert.Contains("dimension 1", wrongDimension.Message);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Minimizer.FomohKd(f, [1.0])).ParamName);
    }
}
