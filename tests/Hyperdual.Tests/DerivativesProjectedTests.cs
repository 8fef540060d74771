using Hyperdual.TestFunctions;

namespace Hyperdual.Tests;

/// <summary>
/// <see cref="Derivatives.Projected(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double[]})"/> on the built-in
/// test functions against the dense gradient and Hessian (Vᵀ∇f, VᵀHV), and its argument checks.
/// </summary>
public sealed class DerivativesProjectedTests
{
    public static TheoryData<string, int, int> FunctionsDimensionsAndDirections()
    {
        var data = new TheoryData<string, int, int>();
        foreach (TestFunction f in TestFunctionCatalog.All)
        {
            int n = f.FixedDimension ?? Math.Max(f.MinDimension, 6);
            if (f.DimensionProblem(n) is not null)
            {
                n = f.DefaultDimension;
            }

            foreach (int k in new[] { 1, 3, DirectionalJetParts<double>.MaxDirections })
            {
                data.Add(f.Name, n, k);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FunctionsDimensionsAndDirections))]
    public void ProjectsTheDenseGradientAndHessian(string name, int n, int k)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        var random = new Random(17 + n + k);
        double[] x = f.StandardStart(n).Select(c => c + (0.3 * (random.NextDouble() - 0.5))).ToArray();
        double[][] v = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, n).Select(_ => (2 * random.NextDouble()) - 1).ToArray()).ToArray();

        (double value, double[] g, double[,] h) = Derivatives.Projected(f, x, v);

        double[] gradient = Derivatives.Gradient(f, x);
        double[,] hessian = Derivatives.Hessian(f, x);
        Assert.Equal(f.Evaluate<double>(x), value, 12);
        for (int i = 0; i < k; i++)
        {
            (double expected, double scale) = Dot(v[i], gradient);
            Assert.True(Math.Abs(expected - g[i]) <= 1e-12 * (scale + 1e-300), $"{name}: (Vᵀ∇f)[{i}] = {g[i]:R}, expected {expected:R}");
            for (int j = 0; j < k; j++)
            {
                double sum = 0;
                double magnitude = 0;
                for (int a = 0; a < n; a++)
                {
                    for (int b = 0; b < n; b++)
                    {
                        double term = v[i][a] * hessian[a, b] * v[j][b];
                        sum += term;
                        magnitude += Math.Abs(term);
                    }
                }

                Assert.True(Math.Abs(sum - h[i, j]) <= 1e-12 * (magnitude + 1e-300), $"{name}: (VᵀHV)[{i}, {j}] = {h[i, j]:R}, expected {sum:R}");
                Assert.Equal(h[i, j], h[j, i]);
            }
        }
    }

    [Fact]
    public void MatchesOneDirectionalPassPerPairInFloat()
    {
        var f = new Rosenbrock();
        float[] x = [-1.2f, 1f, 0.5f];
        float[][] v = [[1f, 0.5f, -1f], [0f, 2f, 0.25f]];
        (float value, float[] g, float[,] h) = Derivatives.Projected<float>(f, x, v);
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                (float fv, float du, float dv, float duv) = Derivatives.Directional<float>(f, x, v[i], v[j]);
                Assert.Equal(fv, value);
                Assert.Equal(du, g[i], 4);
                Assert.Equal(dv, g[j], 4);
                Assert.Equal(duv, h[i, j], 2);
            }
        }
    }

    [Fact]
    public void ANumberTypeWithoutVectorsTakesTheScalarPathToTheSameNumbers()
    {
        // Dual<double> has no Vector256 lanes, so its jets take the scalar loops; its values must be double's.
        TestFunction f = TestFunctionCatalog.Get("styblinski-tang");
        double[] x = [0.3, -1.1, 2.0, 0.7];
        double[][] v = [[1, 0.5, -1, 0.25], [0, 2, 0.25, -0.5], [0.1, 0.2, 0.3, 0.4]];
        (double value, double[] g, double[,] h) = Derivatives.Projected(f, x, v);
        Dual<double>[] xd = x.Select(c => new Dual<double>(c)).ToArray();
        Dual<double>[][] vd = v.Select(d => d.Select(c => new Dual<double>(c)).ToArray()).ToArray();
        (Dual<double> valueD, Dual<double>[] gD, Dual<double>[,] hD) = Derivatives.Projected<Dual<double>>(f, xd, vd);
        Assert.Equal(value, valueD.Value, 12);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(g[i], gD[i].Value, 10);
            for (int j = 0; j < 3; j++)
            {
                Assert.Equal(h[i, j], hD[i, j].Value, 10);
            }
        }
    }

    [Fact]
    public void RejectsBadArgumentsNamingThem()
    {
        var f = new Rosenbrock();
        double[] x = [1, 2];
        double[] d = [1, 0];
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => Derivatives.Projected(null!, x, [d])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, [], [d])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, [1, double.NaN], [d])).ParamName);
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, x, [])).ParamName);
        double[][] tooMany = Enumerable.Repeat(d, DirectionalJetParts<double>.MaxDirections + 1).ToArray();
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, x, tooMany)).ParamName);
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, x, [d, [1, 2, 3]])).ParamName);
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, x, [[1, double.PositiveInfinity]])).ParamName);
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => Derivatives.Projected(f, x, [d, null!])).ParamName);
    }

    [Fact]
    public void MaxDirectionsIsAccepted()
    {
        double[][] v = Enumerable.Range(0, DirectionalJetParts<double>.MaxDirections).Select(i => new double[] { i, 1 }).ToArray();
        (_, double[] g, double[,] h) = Derivatives.Projected(new Rosenbrock(), [1.0, 2.0], v);
        Assert.Equal(DirectionalJetParts<double>.MaxDirections, g.Length);
        Assert.Equal(DirectionalJetParts<double>.MaxDirections, h.GetLength(0));
    }

    private static (double Sum, double Magnitude) Dot(double[] a, double[] b)
    {
        double sum = 0;
        double magnitude = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
            magnitude += Math.Abs(a[i] * b[i]);
        }

        return (sum, magnitude);
    }
}
