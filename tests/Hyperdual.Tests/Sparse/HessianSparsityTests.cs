using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.Sparse;

public sealed class HessianSparsityTests
{
    public static TheoryData<string, int> FunctionsAndDimensions() => Hyperdual.Tests.TestFunctions.TestFunctionClosedFormTests.FunctionsAndDimensions();

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void AtTheStandardStartThePatternHoldsExactlyTheNonZerosOfTheClosedFormHessian(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        double[] x = f.StandardStart(n);
        SparsityPattern pattern = Derivatives.HessianSparsity(f, x);
        double[,] h = f.AnalyticHessian(x);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (h[i, j] != 0.0)
                {
                    Assert.True(pattern.Contains(i, j), $"{name}: non-zero ({i}, {j}) missing");
                }
                else if (i != j)
                {
                    Assert.False(pattern.Contains(i, j), $"{name}: zero ({i}, {j}) in the pattern");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void AtARandomPointThePatternHoldsEveryNonZeroOfTheHyperDualHessian(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        double[] x = DerivativesTests.RandomVector(new Random(5 + n), n);
        SparsityPattern pattern = Derivatives.HessianSparsity(f, x);
        double[,] h = Derivatives.Hessian(f, x, HessianMethod.HyperDual);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.True(h[i, j] == 0.0 || pattern.Contains(i, j), $"{name}: non-zero ({i}, {j}) missing");
            }
        }
    }

    [Fact]
    public void APlantedPatternIsFoundExactly()
    {
        var random = new Random(3);
        List<(int Row, int Column)> edges = RandomPatterns.Edges(random, 50, 3.0);
        double[] x = DerivativesTests.RandomVector(random, 50);
        SparsityPattern expected = SparsityPattern.FromEntries(50, edges);
        SparsityPattern quartic = Derivatives.HessianSparsity(new PlantedQuartic(50, edges), x);
        Assert.Equal(expected.RowOffsets.ToArray(), quartic.RowOffsets.ToArray());
        Assert.Equal(expected.ColumnIndices.ToArray(), quartic.ColumnIndices.ToArray());
    }

    [Fact]
    public void AnExactlyZeroFactorAtThePointLeavesItsEntryOut()
    {
        var f = new TripleProduct();

        // ∂²/∂x₀∂x₂ = x₁: zero at x₁ = 0, so (0, 2) is not in the pattern there, and is elsewhere.
        SparsityPattern atZero = Derivatives.HessianSparsity(f, [2.0, 0.0, 3.0]);
        Assert.True(atZero.Contains(0, 1));
        Assert.True(atZero.Contains(1, 2));
        Assert.False(atZero.Contains(0, 2));
        Assert.True(Derivatives.HessianSparsity(f, [2.0, 1.0, 3.0]).Contains(0, 2));
    }

    [Fact]
    public void TheFunctionsOwnBranchIsTakenAtThePoint()
    {
        var f = new Branching();
        Assert.True(Derivatives.HessianSparsity(f, [1.0, 1.0, 1.0]).Contains(0, 1));
        Assert.False(Derivatives.HessianSparsity(f, [1.0, 1.0, 1.0]).Contains(1, 2));
        Assert.True(Derivatives.HessianSparsity(f, [-1.0, 1.0, 1.0]).Contains(1, 2));
        Assert.False(Derivatives.HessianSparsity(f, [-1.0, 1.0, 1.0]).Contains(0, 1));
    }

    [Fact]
    public void AFunctionOutsideItsDomainCountsAsCurved()
    {
        // log(x₀ + x₁) at x₀ + x₁ < 0: the rule is NaN throughout, which counts as non-zero.
        SparsityPattern pattern = Derivatives.HessianSparsity(new LogOfSum(), [-1.0, -1.0, 1.0]);
        Assert.True(pattern.Contains(0, 1));
        Assert.False(pattern.Contains(0, 2));
    }

    [Fact]
    public void ALinearFunctionHasOnlyTheDiagonal()
    {
        SparsityPattern pattern = Derivatives.HessianSparsity(new Linear(), [1.0, 2.0, 3.0]);
        Assert.Equal(3, pattern.NonZeroCount);
    }

    [Fact]
    public void ARunningSumOverManyTermsTracesWithoutDeepRecursion()
    {
        // Σ xᵢxᵢ₊₁ over 300 000 terms: a union graph 300 000 deep, flattened without recursion.
        const int n = 300_001;
        var x = new double[n];
        Array.Fill(x, 1.0);
        SparsityPattern pattern = Derivatives.HessianSparsity(new PlantedQuartic(n, [.. RandomPatterns.Path(n)]), x);
        Assert.Equal(n + (2 * (n - 1)), pattern.NonZeroCount);
        Assert.True(pattern.Contains(n - 2, n - 1));
        Assert.False(pattern.Contains(0, 2));
    }

    [Fact]
    public void TracedNumbersCompareAndPrintTheirSets()
    {
        var x0 = new ChainRuleNumber<double, HessianPatternParts<double>>(2.0, HessianPatternParts<double>.Variable(0));
        var x1 = new ChainRuleNumber<double, HessianPatternParts<double>>(3.0, HessianPatternParts<double>.Variable(1));
        ChainRuleNumber<double, HessianPatternParts<double>> product = x0 * x1;
        Assert.Equal(x1 * x0, product);
        Assert.NotEqual(x0 * x0 * x1 / x0, product);
        Assert.Equal(new[] { 0, 1 }, product.Parts.GradientIndices());
        Assert.EndsWith(" ∇{0, 1} ∇²{(0, 1)}", product.ToString(), StringComparison.Ordinal);
        Assert.True(new ChainRuleNumber<double, HessianPatternParts<double>>(2.0).IsConstant);
        Assert.False(product.IsConstant);
    }

    private sealed class TripleProduct : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T> => x[0] * x[1] * x[2];
    }

    private sealed class Branching : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T> => x[0] > T.Zero ? x[0] * x[1] : x[1] * x[2];
    }

    private sealed class LogOfSum : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T> => T.Log(x[0] + x[1]) + x[2];
    }

    private sealed class Linear : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T> => (T.CreateChecked(3.0) * x[0]) - x[1] + x[2];
    }
}
