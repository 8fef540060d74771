namespace Hyperdual.Optimizers.Tests;

/// <summary>The test problems' analytic gradients agree with central differences before anything relies on them.</summary>
public sealed class TestProblemTests
{
    public static IEnumerable<object[]> Problems()
    {
        yield return [new IllConditionedQuadratic(10, 1e3, seed: 42)];
        yield return [new Rosenbrock2D()];
        yield return [new SeededSmoothProblem(9, seed: 7)];
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void GradientMatchesCentralDifferences(ITestProblem problem)
    {
        var random = new Random(1);
        for (int trial = 0; trial < 5; trial++)
        {
            double[] x = Enumerable.Range(0, problem.Dimension).Select(_ => (4 * random.NextDouble()) - 2).ToArray();
            var g = new double[problem.Dimension];
            var scratch = new double[problem.Dimension];
            problem.Evaluate(x, g);
            for (int i = 0; i < problem.Dimension; i++)
            {
                const double h = 1e-5;
                double[] plus = (double[])x.Clone(), minus = (double[])x.Clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (problem.Evaluate(plus, scratch) - problem.Evaluate(minus, scratch)) / (2 * h);
                Assert.True(Math.Abs(fd - g[i]) <= 1e-6 * (1 + Math.Abs(g[i])), $"{problem.Name} ∂/∂x{i}: analytic {g[i]}, central difference {fd}");
            }
        }
    }

    [Fact]
    public void MinimisersHaveZeroGradient()
    {
        foreach (ITestProblem problem in new ITestProblem[] { new IllConditionedQuadratic(10, 1e3, 42), new Rosenbrock2D() })
        {
            var g = new double[problem.Dimension];
            Assert.Equal(0.0, problem.Evaluate(problem.Minimiser, g), 12);
            Assert.All(g, gi => Assert.Equal(0.0, gi, 10));
        }
    }

    [Fact]
    public void RosenbrockGradientHasItsClosedFormAtTheStart()
    {
        var g = new double[2];
        double f = new Rosenbrock2D().Evaluate([-1.2, 1.0], g);
        Assert.Equal(24.2, f, 12);
        Assert.Equal(-215.6, g[0], 12);
        Assert.Equal(-88.0, g[1], 12);
    }
}
