using Hyperdual.TestFunctions;
using static Hyperdual.Tests.Reverse.ReverseAssert;

namespace Hyperdual.Tests.Reverse;

/// <summary>
/// Reverse mode against forward mode and the hand-derived closed forms on every built-in test function, in
/// several dimensions, at the standard start and at random points.
/// </summary>
public sealed class ReverseTestFunctionTests
{
    public static TheoryData<string, int> FunctionsAndDimensions() => Hyperdual.Tests.TestFunctions.TestFunctionClosedFormTests.FunctionsAndDimensions();

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void ReverseGradientEqualsForwardGradientAndTheClosedForm(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        foreach (double[] x in DerivativesTests.SamplePoints(f, n, seed: 19))
        {
            double[] reverse = ReverseDerivatives.Gradient(f, x);
            double[] forward = Derivatives.Gradient(f, x);
            double[] analytic = f.AnalyticGradient(x);
            VectorClose(analytic, reverse, 1e-12, $"{name} n={n} reverse vs closed form");
            VectorClose(forward, reverse, 1e-12, $"{name} n={n} reverse vs forward");
        }
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void ValueAndGradientReturnsTheValueOfThePlainEvaluation(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        double[] x = DerivativesTests.SamplePoints(f, n, seed: 23).Last();
        (double value, double[] gradient) = ReverseDerivatives.ValueAndGradient(f, x);
        Assert.Equal(f.Evaluate<double>(x), value);
        VectorClose(f.AnalyticGradient(x), gradient, 1e-12, $"{name} gradient");
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void ReverseHessianVectorProductEqualsForwardAndTheClosedForm(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        var random = new Random(101 * n + name.Length);
        foreach (double[] x in DerivativesTests.SamplePoints(f, n, seed: 29))
        {
            double[] v = DerivativesTests.RandomVector(random, n);
            double[] reverse = ReverseDerivatives.HessianVectorProduct(f, x, v);
            double[] forward = Derivatives.HessianVectorProduct(f, x, v);
            double[] analytic = MatVec(f.AnalyticHessian(x), v);
            VectorClose(analytic, reverse, 1e-11, $"{name} n={n} H·v reverse vs closed form");
            VectorClose(forward, reverse, 1e-11, $"{name} n={n} H·v reverse vs forward");
        }
    }

    [Fact]
    public void HessianVectorProductWithUnitVectorsRebuildsTheHessian()
    {
        var f = new Wood();
        double[] x = [-3.0, -1.0, -3.0, -1.0];
        double[,] h = f.AnalyticHessian(x);
        for (int j = 0; j < 4; j++)
        {
            double[] e = new double[4];
            e[j] = 1.0;
            double[] column = ReverseDerivatives.HessianVectorProduct(f, x, e);
            for (int i = 0; i < 4; i++)
            {
                ScalarClose(h[i, j], column[i], 1e-12, $"H[{i},{j}]");
            }
        }
    }

    [Fact]
    public void LargeDimensionGradientMatchesTheClosedForm()
    {
        var f = new Rosenbrock();
        double[] x = DerivativesTests.RandomVector(new Random(77), 2000);
        VectorClose(f.AnalyticGradient(x), ReverseDerivatives.Gradient(f, x), 1e-12, "rosenbrock n=2000");
        double[] v = DerivativesTests.RandomVector(new Random(78), 2000);
        VectorClose(MatVec(f.AnalyticHessian(x), v), ReverseDerivatives.HessianVectorProduct(f, x, v), 1e-11, "H·v n=2000");
    }

    [Fact]
    public void FloatOverloadsMatchTheClosedFormsToSinglePrecision()
    {
        var f = new Rosenbrock();
        float[] xf = [-1.2f, 1.0f, 0.5f];
        float[] vf = [0.3f, -0.7f, 1.1f];
        double[] xd = xf.Select(v => (double)v).ToArray();
        double[] vd = vf.Select(v => (double)v).ToArray();
        float[] gradient = ReverseDerivatives.Gradient<float>(f, xf);
        float[] hv = ReverseDerivatives.HessianVectorProduct<float>(f, xf, vf);
        double[] expectedGradient = f.AnalyticGradient(xd);
        double[] expectedHv = MatVec(f.AnalyticHessian(xd), vd);
        for (int i = 0; i < 3; i++)
        {
            ScalarClose(expectedGradient[i], gradient[i], 1e-5, $"g{i}");
            ScalarClose(expectedHv[i], hv[i], 1e-5, $"Hv{i}");
        }
    }
}
