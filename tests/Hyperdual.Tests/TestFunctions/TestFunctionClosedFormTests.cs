using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.TestFunctions;

/// <summary>
/// The hand-derived gradients and Hessians of the built-in test functions are checked against central
/// finite differences before anything relies on them as a reference.
/// </summary>
public sealed class TestFunctionClosedFormTests
{
    public static TheoryData<string, int> FunctionsAndDimensions()
    {
        var data = new TheoryData<string, int>();
        foreach (TestFunction f in TestFunctionCatalog.All)
        {
            if (f.FixedDimension is int d)
            {
                data.Add(f.Name, d);
            }
            else
            {
                foreach (int n in new[] { f.MinDimension, f.MinDimension + 4, 12 })
                {
                    if (f.DimensionProblem(n) is null)
                    {
                        data.Add(f.Name, n);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void AnalyticGradientMatchesCentralDifferencesOfTheValue(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        foreach (double[] x in SamplePoints(f, n))
        {
            double[] analytic = f.AnalyticGradient(x);
            for (int i = 0; i < n; i++)
            {
                double fd = CentralDifference(t => f.Evaluate<double>(Shift(x, i, t)), x[i]);
                AssertClose(fd, analytic[i], 1e-6, $"{name} ∂f/∂x{i} at [{string.Join(", ", x)}]");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void AnalyticHessianMatchesCentralDifferencesOfTheAnalyticGradient(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        foreach (double[] x in SamplePoints(f, n))
        {
            double[,] analytic = f.AnalyticHessian(x);
            for (int j = 0; j < n; j++)
            {
                for (int i = 0; i < n; i++)
                {
                    double fd = CentralDifference(t => f.AnalyticGradient(Shift(x, j, t))[i], x[j]);
                    AssertClose(fd, analytic[i, j], 1e-6, $"{name} ∂²f/∂x{i}∂x{j}");
                    Assert.Equal(analytic[i, j], analytic[j, i]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void KnownMinimizerIsStationaryWithTheStatedValue(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        double[]? minimizer = f.KnownMinimizer(n);
        Assert.NotNull(minimizer);
        double scale = 1.0 + Math.Abs(f.MinimumValue(n));
        Assert.True(Math.Abs(f.Evaluate<double>(minimizer) - f.MinimumValue(n)) <= 1e-9 * scale,
            $"{name}: f(x*) = {f.Evaluate<double>(minimizer)}, stated minimum {f.MinimumValue(n)}");
        double[] g = f.AnalyticGradient(minimizer);
        Assert.True(g.All(gi => Math.Abs(gi) <= 1e-7 * scale), $"{name}: ∇f(x*) = [{string.Join(", ", g)}]");
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void StandardStartHasTheRequestedDimensionAndIsNotOptimal(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        double[] start = f.StandardStart(n);
        Assert.Equal(n, start.Length);
        Assert.True(f.Evaluate<double>(start) > f.MinimumValue(n));
    }

    [Fact]
    public void DimensionRulesAreEnforced()
    {
        Assert.NotNull(TestFunctionCatalog.Get("beale").DimensionProblem(3));
        Assert.NotNull(TestFunctionCatalog.Get("powell-singular").DimensionProblem(6));
        Assert.Null(TestFunctionCatalog.Get("powell-singular").DimensionProblem(8));
        Assert.NotNull(TestFunctionCatalog.Get("rosenbrock").DimensionProblem(1));
        ArgumentException e = Assert.Throws<ArgumentException>(() => TestFunctionCatalog.Get("wood").StandardStart(3));
        Assert.Equal("n", e.ParamName);
    }

    [Fact]
    public void CatalogLookupIsCaseInsensitiveAndRejectsUnknownNames()
    {
        Assert.Same(TestFunctionCatalog.Get("rosenbrock"), TestFunctionCatalog.Get("Rosenbrock"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => TestFunctionCatalog.Get("rosenbrok"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("rosenbrok", e.Message);
        Assert.Equal(TestFunctionCatalog.All.Count, TestFunctionCatalog.Names.Distinct().Count());
    }

    [Fact]
    public void ClosedFormValuesAtHandPickedPoints()
    {
        // Values worked out by hand, independent of the implementations.
        Assert.Equal(24.2, TestFunctionCatalog.Get("rosenbrock").Evaluate<double>([-1.2, 1.0]), 12);
        Assert.Equal(215.0, TestFunctionCatalog.Get("powell-singular").Evaluate<double>([3.0, -1.0, 0.0, 1.0]), 12);
        Assert.Equal(19192.0, TestFunctionCatalog.Get("wood").Evaluate<double>([-3.0, -1.0, -3.0, -1.0]), 9);
        Assert.Equal(74.0, TestFunctionCatalog.Get("booth").Evaluate<double>([0.0, 0.0]), 12);
        Assert.Equal(106.0, TestFunctionCatalog.Get("himmelblau").Evaluate<double>([1.0, 1.0]), 12);
        Assert.Equal(-2.0, TestFunctionCatalog.Get("trid").Evaluate<double>([2.0, 2.0]), 12);
        Assert.Equal(-2.0, TestFunctionCatalog.Get("trid").MinimumValue(2), 12);
    }

    private static IEnumerable<double[]> SamplePoints(TestFunction f, int n)
    {
        var random = new Random(1234 + n);
        yield return f.StandardStart(n);
        for (int s = 0; s < 3; s++)
        {
            var x = new double[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = random.NextDouble() * 4.0 - 2.0;
            }

            yield return x;
        }
    }

    private static double[] Shift(double[] x, int i, double value)
    {
        var y = (double[])x.Clone();
        y[i] = value;
        return y;
    }

    private static double CentralDifference(Func<double, double> g, double t)
    {
        // Fourth-order central difference: error O(h⁴) with h = 1e-3·max(1, |t|).
        double h = 1e-3 * Math.Max(1.0, Math.Abs(t));
        return (-g(t + 2 * h) + 8 * g(t + h) - 8 * g(t - h) + g(t - 2 * h)) / (12 * h);
    }

    private static void AssertClose(double expected, double actual, double relativeTolerance, string what)
    {
        double tolerance = relativeTolerance * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected}, got {actual}");
    }
}
