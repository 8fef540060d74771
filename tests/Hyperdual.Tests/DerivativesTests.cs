using System.Numerics;
using Hyperdual.TestFunctions;

namespace Hyperdual.Tests;

public sealed class DerivativesTests
{
    public static TheoryData<string, int> FunctionsAndDimensions() => Hyperdual.Tests.TestFunctions.TestFunctionClosedFormTests.FunctionsAndDimensions();

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void GradientAndHessianEqualTheClosedForms(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        foreach (double[] x in SamplePoints(f, n, seed: 7))
        {
            double[] gradient = Derivatives.Gradient(f, x);
            double[,] hessian = Derivatives.Hessian(f, x);
            AssertVectorClose(f.AnalyticGradient(x), gradient, 1e-12, $"{name} gradient");
            AssertMatrixClose(f.AnalyticHessian(x), hessian, 1e-12, $"{name} Hessian");
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    Assert.Equal(hessian[i, j], hessian[j, i]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void ValueGradientHessianAgreesWithTheSeparateCalls(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        double[] x = SamplePoints(f, n, seed: 11).Last();
        (double value, double[] gradient, double[,] hessian) = Derivatives.ValueGradientHessian(f, x);
        Assert.Equal(f.Evaluate<double>(x), value, 12);
        AssertVectorClose(Derivatives.Gradient(f, x), gradient, 1e-13, "gradient");
        AssertMatrixClose(Derivatives.Hessian(f, x), hessian, 0.0, "Hessian");
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void HessianVectorProductAndDirectionalAgreeWithTheHessian(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        var random = new Random(31 * n + name.Length);
        double[] x = SamplePoints(f, n, seed: 3).Last();
        double[] u = RandomVector(random, n);
        double[] v = RandomVector(random, n);
        double[,] h = f.AnalyticHessian(x);
        double[] g = f.AnalyticGradient(x);

        double[] hv = Derivatives.HessianVectorProduct(f, x, v);
        AssertVectorClose(MatVec(h, v), hv, 1e-11, "H·v");

        (double value, double du, double dv, double duv) = Derivatives.Directional(f, x, u, v);
        Assert.Equal(f.Evaluate<double>(x), value, 12);
        AssertScalarClose(Dot(g, u), du, 1e-11, "∇f·u");
        AssertScalarClose(Dot(g, v), dv, 1e-11, "∇f·v");
        AssertScalarClose(Dot(u, MatVec(h, v)), duv, 1e-11, "uᵀHv");
    }

    [Fact]
    public void LargeHessianComputedInParallelEqualsTheClosedForm()
    {
        // n = 120 exceeds the parallel threshold (n³ > 2e5): rows are computed on several threads.
        var f = new Rosenbrock();
        var random = new Random(5);
        double[] x = RandomVector(random, 120);
        AssertMatrixClose(f.AnalyticHessian(x), Derivatives.Hessian(f, x), 1e-12, "Hessian");
    }

    [Fact]
    public void FloatOverloadsMatchTheClosedFormsToSinglePrecision()
    {
        var f = new Rosenbrock();
        float[] xf = [-1.2f, 1.0f, 0.5f];
        double[] xd = xf.Select(v => (double)v).ToArray();
        float[] gradient = Derivatives.Gradient<float>(f, xf);
        float[,] hessian = Derivatives.Hessian<float>(f, xf);
        double[] expectedGradient = f.AnalyticGradient(xd);
        double[,] expectedHessian = f.AnalyticHessian(xd);
        for (int i = 0; i < 3; i++)
        {
            AssertScalarClose(expectedGradient[i], gradient[i], 1e-5, $"g{i}");
            for (int j = 0; j < 3; j++)
            {
                AssertScalarClose(expectedHessian[i, j], hessian[i, j], 1e-5, $"H{i}{j}");
            }
        }

        (float value, float du, float dv, float duv) = Derivatives.Directional<float>(f, xf, [1f, 0f, 0f], [0f, 1f, 0f]);
        AssertScalarClose(f.Evaluate<double>(xd), value, 1e-6, "value");
        AssertScalarClose(expectedGradient[0], du, 1e-5, "du");
        AssertScalarClose(expectedGradient[1], dv, 1e-5, "dv");
        AssertScalarClose(expectedHessian[0, 1], duv, 1e-5, "duv");
    }

    [Fact]
    public void DelegateFunctionsWorkWithEveryMethod()
    {
        // f(x, y) = x² sin(y): ∇f = (2x sin y, x² cos y); ∇²f = [[2 sin y, 2x cos y], [2x cos y, −x² sin y]].
        IScalarFunction f = ScalarFunction.Create<double>(x => x[0] * x[0] * HyperDual<double>.Sin(x[1]));
        double[] p = [1.5, 0.7];
        double s = Math.Sin(0.7), c = Math.Cos(0.7);
        Assert.Equal(2.25 * s, Derivatives.Value(f, p), 14);
        AssertVectorClose([3.0 * s, 2.25 * c], Derivatives.Gradient(f, p), 1e-14, "gradient");
        AssertMatrixClose(new[,] { { 2.0 * s, 3.0 * c }, { 3.0 * c, -2.25 * s } }, Derivatives.Hessian(f, p), 1e-14, "Hessian");
        Assert.Throws<NotSupportedException>(() => f.Evaluate<float>([1f, 2f]));
    }

    [Fact]
    public void PerturbationConfusionIsAvoidedByNestedTypes()
    {
        // d/dx [ x · d/dy (x·y) ] = d/dx [x · x] = 2x, so 6 at x = 3 (a single shared ε gets this wrong).
        // The outer Dual's ε tracks x; the inner Dual's ε tracks y.
        var x = new Dual<Dual<double>>(new Dual<double>(3.0, 0.0), new Dual<double>(1.0, 0.0));
        var y = new Dual<Dual<double>>(new Dual<double>(5.0, 1.0), new Dual<double>(0.0, 0.0));
        Dual<Dual<double>> product = x * y;
        // d/dy (x·y) is the inner ε part, which still carries its outer (x) tangent.
        var innerDerivative = new Dual<Dual<double>>(
            new Dual<double>(product.Value.Epsilon, 0.0), new Dual<double>(product.Epsilon.Epsilon, 0.0));
        Dual<Dual<double>> outer = x * innerDerivative;
        Assert.Equal(9.0, outer.Value.Value, 14);
        Assert.Equal(6.0, outer.Epsilon.Value, 14);
    }

    [Fact]
    public void BadArgumentsNameTheArgument()
    {
        var f = new Sphere();
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Derivatives.Gradient(f, [])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Derivatives.Hessian(f, [1.0, double.NaN])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Derivatives.Hessian(f, [double.PositiveInfinity])).ParamName);
        Assert.Equal("v", Assert.Throws<ArgumentException>(() => Derivatives.HessianVectorProduct(f, [1.0, 2.0], [1.0])).ParamName);
        Assert.Equal("u", Assert.Throws<ArgumentException>(() => Derivatives.Directional(f, [1.0, 2.0], [1.0], [1.0, 2.0])).ParamName);
        Assert.Equal("v", Assert.Throws<ArgumentException>(() => Derivatives.Directional(f, [1.0, 2.0], [1.0, 2.0], [1.0, double.NaN])).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => Derivatives.Gradient(null!, [1.0])).ParamName);
        Assert.Contains("coordinate 1", Assert.Throws<ArgumentException>(() => Derivatives.Hessian(f, [1.0, double.NaN])).Message,
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HessianCostsTriangularNotSquareEvaluations()
    {
        var counter = new CountingFunction();
        Derivatives.Hessian(counter, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
        Assert.Equal(6 * 7 / 2, counter.HyperDualEvaluations);
        Assert.Equal(0, counter.OtherEvaluations);
    }

    private sealed class CountingFunction : IScalarFunction
    {
        public int HyperDualEvaluations { get; private set; }

        public int OtherEvaluations { get; private set; }

        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            if (typeof(T) == typeof(HyperDual<double>))
            {
                HyperDualEvaluations++;
            }
            else
            {
                OtherEvaluations++;
            }

            T sum = T.Zero;
            for (int i = 0; i < x.Length; i++)
            {
                sum += x[i] * x[(i + 1) % x.Length];
            }

            return sum;
        }
    }

    internal static IEnumerable<double[]> SamplePoints(TestFunction f, int n, int seed)
    {
        var random = new Random(seed + n);
        yield return f.StandardStart(n);
        for (int s = 0; s < 3; s++)
        {
            yield return RandomVector(random, n);
        }
    }

    internal static double[] RandomVector(Random random, int n)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = random.NextDouble() * 4.0 - 2.0;
        }

        return x;
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static double[] MatVec(double[,] m, double[] v)
    {
        var r = new double[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            for (int j = 0; j < v.Length; j++)
            {
                r[i] += m[i, j] * v[j];
            }
        }

        return r;
    }

    private static void AssertScalarClose(double expected, double actual, double relativeTolerance, string what)
    {
        double tolerance = relativeTolerance * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected}, got {actual}");
    }

    private static void AssertVectorClose(double[] expected, double[] actual, double relativeTolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = Math.Max(1.0, expected.Max(Math.Abs));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= relativeTolerance * scale,
                $"{what}[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }

    private static void AssertMatrixClose(double[,] expected, double[,] actual, double relativeTolerance, string what)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        double scale = 1.0;
        foreach (double e in expected)
        {
            scale = Math.Max(scale, Math.Abs(e));
        }

        for (int i = 0; i < expected.GetLength(0); i++)
        {
            for (int j = 0; j < expected.GetLength(1); j++)
            {
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= relativeTolerance * scale,
                    $"{what}[{i},{j}]: expected {expected[i, j]}, got {actual[i, j]}");
            }
        }
    }
}
