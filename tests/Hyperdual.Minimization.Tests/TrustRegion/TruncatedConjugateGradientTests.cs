using Hyperdual.Minimization.TrustRegion;
using Hyperdual.Optimizers.Tests;

namespace Hyperdual.Minimization.Tests.TrustRegion;

public sealed class TruncatedConjugateGradientTests
{
    private static Action<double[], double[]> Times(double[,] h, Action? counted = null) => (v, product) =>
    {
        counted?.Invoke();
        RandomMatrices.Multiply(h, v).CopyTo(product, 0);
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ConvexQuadraticWithTheNewtonStepInsideIsSolvedInAtMostNProducts(int seed)
    {
        var random = new Random(seed);
        const int n = 12;
        // Eigenvalues spread over [1, 10]: CG in exact arithmetic needs at most n products.
        double[] eigenvalues = Enumerable.Range(0, n).Select(i => 1.0 + (9.0 * i / (n - 1))).ToArray();
        double[,] h = RandomMatrices.WithEigenvalues(RandomMatrices.Orthogonal(random, n), eigenvalues);
        double[] g = RandomMatrices.Vector(random, n);

        TruncatedConjugateGradientStep step = TruncatedConjugateGradient.Solve(g, Times(h), radius: 1e6, tolerance: 1e-12, maxIterations: 10 * n);

        Assert.Equal(TruncatedConjugateGradientStop.Converged, step.Stop);
        Assert.InRange(step.Products, 1, n);
        double[] residual = RandomMatrices.Multiply(h, step.Step).Zip(g, (a, b) => a + b).ToArray();
        Assert.True(RandomMatrices.Norm(residual) <= 1e-12, $"‖Hp + g‖ = {RandomMatrices.Norm(residual)}");
        Assert.Equal(RandomMatrices.Model(g, h, step.Step), step.ModelChange, 1e-12 * Math.Max(1.0, Math.Abs(step.ModelChange)));
        Assert.False(step.OnBoundary);
    }

    [Fact]
    public void ProductsAreBoundedByTheNumberOfDistinctEigenvalues()
    {
        var random = new Random(7);
        const int n = 9;
        double[] eigenvalues = [1, 1, 1, 4, 4, 4, 9, 9, 9];
        double[,] h = RandomMatrices.WithEigenvalues(RandomMatrices.Orthogonal(random, n), eigenvalues);
        double[] g = RandomMatrices.Vector(random, n);
        int products = 0;

        TruncatedConjugateGradientStep step = TruncatedConjugateGradient.Solve(g, Times(h, () => products++), 1e6, 1e-10, 100);

        Assert.Equal(TruncatedConjugateGradientStop.Converged, step.Stop);
        Assert.Equal(products, step.Products);
        Assert.True(products <= 3, $"{products} products for three distinct eigenvalues");
    }

    [Fact]
    public void ConvexQuadraticWithTheNewtonStepOutsideStopsOnTheBoundaryAndBeatsTheCauchyPoint()
    {
        var random = new Random(11);
        const int n = 10;
        double[,] h = RandomMatrices.WithEigenvalues(RandomMatrices.Orthogonal(random, n), Enumerable.Range(1, n).Select(i => (double)i).ToArray());
        double[] g = RandomMatrices.Vector(random, n);
        const double radius = 0.05;

        TruncatedConjugateGradientStep step = TruncatedConjugateGradient.Solve(g, Times(h), radius, 1e-12, 100);

        Assert.Equal(TruncatedConjugateGradientStop.Boundary, step.Stop);
        Assert.Equal(radius, RandomMatrices.Norm(step.Step), 1e-14);
        Assert.Equal(RandomMatrices.Model(g, h, step.Step), step.ModelChange, 1e-14);

        // Cauchy point by hand: p = −τ g, τ = min(Δ/‖g‖, ‖g‖²/gᵀHg).
        double gg = g.Sum(v => v * v);
        double gHg = RandomMatrices.Multiply(h, g).Zip(g, (a, b) => a * b).Sum();
        double tau = Math.Min(radius / Math.Sqrt(gg), gg / gHg);
        double cauchy = RandomMatrices.Model(g, h, g.Select(v => -tau * v).ToArray());
        Assert.True(step.ModelChange <= cauchy + 1e-15, $"model {step.ModelChange} above the Cauchy point's {cauchy}");
    }

    [Fact]
    public void NegativeCurvatureDirectionIsFollowedToTheBoundary()
    {
        // H = diag(1, −2), g = (1, 1): the first direction d = −g has dᵀHd = 1 − 2 = −1.
        double[,] h = { { 1.0, 0.0 }, { 0.0, -2.0 } };
        double[] g = [1.0, 1.0];
        const double radius = 3.0;

        TruncatedConjugateGradientStep step = TruncatedConjugateGradient.Solve(g, Times(h), radius, 1e-12, 10);

        Assert.Equal(TruncatedConjugateGradientStop.NegativeCurvature, step.Stop);
        Assert.Equal(1, step.Products);
        // p = −t(1, 1) with t = Δ/√2; m = −2t + ½(t² − 2t²) = −2t − ½t².
        double t = radius / Math.Sqrt(2.0);
        Assert.Equal(-t, step.Step[0], 1e-14);
        Assert.Equal(-t, step.Step[1], 1e-14);
        Assert.Equal(-2.0 * t - 0.5 * t * t, step.ModelChange, 1e-13);
        Assert.True(step.OnBoundary);
    }

    [Fact]
    public void ZeroGradientGivesTheZeroStepWithoutProducts()
    {
        TruncatedConjugateGradientStep step = TruncatedConjugateGradient.Solve([0.0, 0.0], (_, _) => throw new InvalidOperationException("no product expected"), 1.0, 0.0, 5);
        Assert.Equal(TruncatedConjugateGradientStop.Converged, step.Stop);
        Assert.Equal(0, step.Products);
        Assert.Equal([0.0, 0.0], step.Step);
    }

    [Fact]
    public void IterationLimitStopsInside()
    {
        var random = new Random(3);
        double[,] h = RandomMatrices.WithEigenvalues(RandomMatrices.Orthogonal(random, 6), [1, 2, 3, 4, 5, 6]);
        TruncatedConjugateGradientStep step = TruncatedConjugateGradient.Solve(RandomMatrices.Vector(random, 6), Times(h), 1e6, 0.0, 2);
        Assert.Equal(TruncatedConjugateGradientStop.IterationLimit, step.Stop);
        Assert.Equal(2, step.Products);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Action<double[], double[]> identity = (v, p) => v.CopyTo(p, 0);
        Assert.Equal("radius", Assert.Throws<ArgumentException>(() => TruncatedConjugateGradient.Solve([1.0], identity, 0.0, 0.0, 1)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => TruncatedConjugateGradient.Solve([double.NaN], identity, 1.0, 0.0, 1)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentException>(() => TruncatedConjugateGradient.Solve([1.0], identity, 1.0, -1.0, 1)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentException>(() => TruncatedConjugateGradient.Solve([1.0], identity, 1.0, 0.0, 0)).ParamName);
    }
}
