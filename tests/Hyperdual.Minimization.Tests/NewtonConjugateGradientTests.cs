using Hyperdual.TestFunctions;

namespace Hyperdual.Minimization.Tests;

public sealed class NewtonConjugateGradientTests
{
    [Theory]
    [MemberData(nameof(NewtonTrustRegionCatalogTests.Cases), MemberType = typeof(NewtonTrustRegionCatalogTests))]
    public void ReachesTheKnownMinimumOfEveryBuiltInFunctionFromItsStandardStart(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        MinimizationResult result = Minimizer.NewtonConjugateGradient(f, f.StandardStart(n));

        Assert.True(result.GradientNorm <= 1e-8, $"{name} n={n}: gradient norm {result.GradientNorm} ({result.Reason}, {result.Iterations} iterations)");
        Assert.Equal(f.MinimumValue(n), result.Value, 1e-8 * Math.Max(1.0, Math.Abs(f.MinimumValue(n))));
        Assert.True(result.HessianVectorProducts >= 1);
    }

    [Fact]
    public void HundredDimensionalRosenbrockTakesNoMoreIterationsThanTrustExact()
    {
        // SciPy 1.10 trust-exact: 206 iterations to ‖∇f‖ ≤ 1e-5 from the standard start (quoted).
        TestFunction f = TestFunctionCatalog.Get("rosenbrock");
        MinimizationResult result = Minimizer.NewtonConjugateGradient(f, f.StandardStart(100), new NewtonTrustRegionOptions { GradientTolerance = 1e-5 });
        Assert.Equal(StopReason.GradientTolerance, result.Reason);
        Assert.True(result.Iterations <= 206, $"{result.Iterations} iterations");
    }

    [Fact]
    public void ConvexQuadraticIsSolvedByOneStepOfAtMostNProducts()
    {
        var f = new TestProblems.Quadratic(new double[,] { { 4, 1, 0 }, { 1, 3, 1 }, { 0, 1, 2 } }, [1, 2, 3]);
        MinimizationResult result = Minimizer.NewtonConjugateGradient(f, [0.0, 0.0, 0.0], new NewtonTrustRegionOptions { InitialRadius = 100.0 });
        Assert.Equal(StopReason.GradientTolerance, result.Reason);
        Assert.Equal(1, result.Iterations);
        Assert.InRange(result.HessianVectorProducts, 1, 3);
        Assert.All(f.Gradient(result.Minimizer), v => Assert.Equal(0.0, v, 1e-12));
    }

    [Fact]
    public void LargeExtendedRosenbrockConvergesWithoutAMatrix()
    {
        TestFunction f = TestFunctionCatalog.Get("extended-rosenbrock");
        MinimizationResult result = Minimizer.NewtonConjugateGradient(f, f.StandardStart(2000));
        Assert.True(result.GradientNorm <= 1e-8, $"gradient norm {result.GradientNorm} ({result.Reason})");
        Assert.All(result.Minimizer, v => Assert.Equal(1.0, v, 1e-8));
    }

    [Fact]
    public void DelegateFunctionsFallBackToHyperDualProducts()
    {
        // Written over HyperDual<double> only: no Adjoint evaluation, so gradients and products use hyper-dual passes.
        IScalarFunction f = ScalarFunction.Create<double>(x =>
        {
            HyperDual<double> a = x[1] - (x[0] * x[0]);
            HyperDual<double> b = 1.0 - x[0];
            return (100.0 * a * a) + (b * b);
        });
        MinimizationResult result = Minimizer.NewtonConjugateGradient(f, [-1.2, 1.0]);
        Assert.Equal(StopReason.GradientTolerance, result.Reason);
        Assert.Equal(1.0, result.Minimizer[0], 1e-8);
        Assert.Equal(1.0, result.Minimizer[1], 1e-8);
        Assert.True(result.HessianVectorProducts >= result.Iterations);
    }

    [Fact]
    public void NonFiniteValuesStop()
    {
        MinimizationResult result = Minimizer.NewtonConjugateGradient(new TestProblems.NotANumber(), [1.0]);
        Assert.Equal(StopReason.NonFinite, result.Reason);
    }
}
