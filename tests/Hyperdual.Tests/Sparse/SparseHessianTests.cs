using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.Sparse;

public sealed class SparseHessianTests
{
    public static TheoryData<string, int> FunctionsAndDimensions()
    {
        TheoryData<string, int> data = Hyperdual.Tests.TestFunctions.TestFunctionClosedFormTests.FunctionsAndDimensions();
        foreach (TestFunction f in TestFunctionCatalog.All)
        {
            if (f.FixedDimension is null && f.DimensionProblem(100) is null)
            {
                data.Add(f.Name, 100);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void EqualsTheDenseHessiansAndTheClosedFormAtTheStandardStartAndARandomPoint(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        foreach (double[] x in new[] { f.StandardStart(n), DerivativesTests.RandomVector(new Random(17 + n), n) })
        {
            SparseHessian<double> sparse = Derivatives.SparseHessian(f, x);
            double[,] dense = sparse.ToDense();
            SparseAssert.MatrixClose(Derivatives.Hessian(f, x, HessianMethod.HyperDual), dense, 1e-12, $"{name} against hyper-dual");
            SparseAssert.MatrixClose(ReverseDerivatives.Hessian(f, x), dense, 1e-12, $"{name} against forward-over-reverse");
            SparseAssert.MatrixClose(f.AnalyticHessian(x), dense, 1e-12, $"{name} against the closed form");
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    Assert.Equal(dense[i, j], dense[j, i]);
                    Assert.Equal(dense[i, j], sparse[i, j]);
                }
            }
        }
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(30, 2.0)]
    [InlineData(120, 4.0)]
    [InlineData(60, 20.0)]
    public void ARandomPlantedQuadraticGivesBackItsCoefficients(int n, double averageDegree)
    {
        var random = new Random(11 * n);
        var f = PlantedQuadratic.Random(random, n, averageDegree);
        double[] x = DerivativesTests.RandomVector(random, n);
        SparseHessian<double> h = Derivatives.SparseHessian(f, x);
        SparseAssert.MatrixClose(f.ClosedFormHessian(), h.ToDense(), 1e-14, "quadratic");
        SparseAssert.MatrixClose(ReverseDerivatives.Hessian(f, x), h.ToDense(), 1e-14, "quadratic against forward-over-reverse");
    }

    [Theory]
    [InlineData(10, 2.0)]
    [InlineData(150, 3.0)]
    [InlineData(40, 12.0)]
    public void ARandomPlantedQuarticEqualsItsClosedForm(int n, double averageDegree)
    {
        var random = new Random(13 * n);
        List<(int Row, int Column)> edges = RandomPatterns.Edges(random, n, averageDegree);
        var f = new PlantedQuartic(n, edges);
        double[] x = DerivativesTests.RandomVector(random, n);
        SparseHessian<double> h = Derivatives.SparseHessian(f, x);
        SparseAssert.MatrixClose(f.ClosedFormHessian(x), h.ToDense(), 1e-13, "quartic");
        SparseAssert.MatrixClose(Derivatives.Hessian(f, x, HessianMethod.HyperDual), h.ToDense(), 1e-13, "quartic against hyper-dual");
        Assert.Equal(SparsityPattern.FromEntries(n, edges).ColumnIndices.ToArray(), h.ColumnIndices.ToArray());
    }

    [Fact]
    public void TheQuarticsClosedFormMatchesCentralDifferencesOfItsGradient()
    {
        // The planted quartic's closed-form Hessian is an oracle above; check it independently first.
        const int n = 8;
        var random = new Random(29);
        List<(int Row, int Column)> edges = RandomPatterns.Edges(random, n, 3.0);
        var f = new PlantedQuartic(n, edges);
        double[] x = DerivativesTests.RandomVector(random, n);
        double[,] closedForm = f.ClosedFormHessian(x);
        const double step = 1e-5;
        for (int j = 0; j < n; j++)
        {
            double[] plus = (double[])x.Clone();
            double[] minus = (double[])x.Clone();
            plus[j] += step;
            minus[j] -= step;
            double[] gPlus = ReverseDerivatives.Gradient(f, plus);
            double[] gMinus = ReverseDerivatives.Gradient(f, minus);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(closedForm[i, j], (gPlus[i] - gMinus[i]) / (2 * step), 6);
            }
        }
    }

    [Theory]
    [InlineData("rosenbrock", 10)]
    [InlineData("rosenbrock", 1000)]
    [InlineData("extended-rosenbrock", 1000)]
    [InlineData("dixon-price", 500)]
    [InlineData("zakharov", 30)]
    public void OneHessianVectorProductIsEvaluatedPerColour(string name, int n)
    {
        var f = new CountingFunction(TestFunctionCatalog.Get(name));
        SparseHessian<double> h = Derivatives.SparseHessian(f, TestFunctionCatalog.Get(name).StandardStart(n));
        Assert.Equal(h.ColourCount, h.HessianVectorProducts);
        Assert.Equal(h.ColourCount, f.Evaluations[typeof(Adjoint<Dual<double>>)]);
        Assert.Equal(1, f.Evaluations[typeof(ChainRuleNumber<double, HessianPatternParts<double>>)]);
        Assert.Equal(2, f.Evaluations.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(1000)]
    [InlineData(20_000)]
    public void TheChainedRosenbrockTridiagonalNeedsAtMostThreeProducts(int n)
    {
        TestFunction f = TestFunctionCatalog.Get("rosenbrock");
        SparseHessian<double> h = Derivatives.SparseHessian(f, f.StandardStart(n));
        Assert.InRange(h.ColourCount, 2, 3);
        Assert.Equal(n + (2 * (n - 1)), h.NonZeroCount);
        double[] x = f.StandardStart(n);

        // The closed form of the chained Rosenbrock's tridiagonal, entry by entry (no n×n matrix at n = 20 000).
        for (int i = 0; i + 1 < n; i++)
        {
            Assert.Equal(-400.0 * x[i], h[i, i + 1], 10);
            Assert.Equal(h[i, i + 1], h[i + 1, i]);
        }

        Assert.Equal(200.0, h[n - 1, n - 1], 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(39)]
    public void AnArrowheadNeedsTwoOrThreeProducts(int hub)
    {
        const int n = 40;
        var f = new Arrowhead(hub);
        double[] x = DerivativesTests.RandomVector(new Random(hub), n);
        SparseHessian<double> h = Derivatives.SparseHessian(f, x);
        Assert.InRange(h.ColourCount, 2, 3);
        var expected = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            if (i != hub)
            {
                expected[hub, i] = expected[i, hub] = 4.0 * x[hub] * x[i];
                expected[i, i] = 2.0 * x[hub] * x[hub];
                expected[hub, hub] += 2.0 * x[i] * x[i];
            }
        }

        SparseAssert.MatrixClose(expected, h.ToDense(), 1e-13, "arrowhead");
    }

    [Fact]
    public void AutoKeepsHyperDualPassesUpToTheThresholdAndGoesSparseAboveForSparsePatterns()
    {
        TestFunction f = TestFunctionCatalog.Get("rosenbrock");
        double[] small = f.StandardStart(Derivatives.SparseHessianAbove);
        var counted = new CountingFunction(f);
        double[,] auto = Derivatives.Hessian(counted, small);
        Assert.False(counted.Evaluations.ContainsKey(typeof(Adjoint<Dual<double>>)));
        Assert.Equal(Derivatives.Hessian(f, small, HessianMethod.HyperDual), auto);

        double[] large = f.StandardStart(Derivatives.SparseHessianAbove + 1);
        counted = new CountingFunction(f);
        double[,] sparse = Derivatives.Hessian(counted, large);
        Assert.InRange(counted.Evaluations[typeof(Adjoint<Dual<double>>)], 2, 3);
        Assert.False(counted.Evaluations.ContainsKey(typeof(HyperDual<double>)));
        SparseAssert.MatrixClose(f.AnalyticHessian(large), sparse, 1e-13, "auto above the threshold");
    }

    [Fact]
    public void AutoKeepsHyperDualPassesForADensePattern()
    {
        var counted = new CountingFunction(TestFunctionCatalog.Get("zakharov"));
        double[] x = TestFunctionCatalog.Get("zakharov").StandardStart(Derivatives.SparseHessianAbove + 1);
        Derivatives.Hessian(counted, x);
        Assert.False(counted.Evaluations.ContainsKey(typeof(Adjoint<Dual<double>>)));
        Assert.True(counted.Evaluations.ContainsKey(typeof(HyperDual<double>)));
    }

    [Fact]
    public void AutoKeepsHyperDualPassesForAFunctionWrittenForHyperDualNumbersAlone()
    {
        // Σ xᵢ² xᵢ₊₁ as a hyper-dual lambda: it cannot run on the tracer, so Auto must not try the sparse path.
        IScalarFunction f = ScalarFunction.Create<double>(x =>
        {
            HyperDual<double> sum = 0.0;
            for (int i = 0; i + 1 < x.Length; i++)
            {
                sum += x[i] * x[i] * x[i + 1];
            }

            return sum;
        });
        int n = Derivatives.SparseHessianAbove + 6;
        double[] x = Enumerable.Range(0, n).Select(i => 0.1 * (i + 1)).ToArray();
        var expected = new double[n, n];
        for (int i = 0; i + 1 < n; i++)
        {
            expected[i, i] += 2.0 * x[i + 1];
            expected[i, i + 1] += 2.0 * x[i];
            expected[i + 1, i] += 2.0 * x[i];
        }

        SparseAssert.MatrixClose(expected, Derivatives.Hessian(f, x), 1e-13, "hyper-dual lambda under Auto");
        Assert.Throws<NotSupportedException>(() => Derivatives.Hessian(f, x, HessianMethod.Sparse));
    }

    [Fact]
    public void FloatWorksToo()
    {
        TestFunction f = TestFunctionCatalog.Get("rosenbrock");
        float[] x = [-1.2f, 1.0f, -1.2f, 1.0f, 0.5f];
        SparseHessian<float> h = Derivatives.SparseHessian<float>(f, x);
        double[,] expected = f.AnalyticHessian(x.Select(v => (double)v).ToArray());
        SparseAssert.MatrixClose(expected, Widen(h.ToDense()), 1e-6, "float");
    }

    [Fact]
    public void APatternOfAnotherDimensionIsRefused()
    {
        TestFunction f = TestFunctionCatalog.Get("rosenbrock");
        ArgumentException e = Assert.Throws<ArgumentException>(() => Derivatives.SparseHessian<double>(f, [1.0, 2.0], SparsityPattern.FromEntries(3, [])));
        Assert.Equal("pattern", e.ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Derivatives.SparseHessian(f, [1.0, double.NaN])).ParamName);
    }

    private static double[,] Widen(float[,] m)
    {
        var w = new double[m.GetLength(0), m.GetLength(1)];
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                w[i, j] = m[i, j];
            }
        }

        return w;
    }
}
