using Hyperdual.TestFunctions;

namespace Hyperdual.Minimization.Tests;

public sealed class NewtonTrustRegionCatalogTests
{
    public static TheoryData<string> CatalogNames()
    {
        var data = new TheoryData<string>();
        foreach (TestFunction f in TestFunctionCatalog.All)
        {
            data.Add(f.Name);
        }

        return data;
    }

    internal static int DimensionFor(TestFunction f) => f.FixedDimension ?? Math.Max(f.MinDimension, 4);

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void ReachesTheKnownMinimumOfEveryBuiltInFunctionFromItsStandardStart(string name)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        int n = DimensionFor(f);
        MinimizationResult result = Minimizer.NewtonTrustRegion(f, f.StandardStart(n));

        Assert.True(result.GradientNorm <= 1e-8, $"{name}: gradient norm {result.GradientNorm} ({result.Reason}, {result.Iterations} iterations)");
        Assert.Equal(f.MinimumValue(n), result.Value, 1e-8 * Math.Max(1.0, Math.Abs(f.MinimumValue(n))));
        double[]? known = f.KnownMinimizer(n);
        if (known is not null)
        {
            double distance = Math.Sqrt(known.Zip(result.Minimizer, (a, b) => (a - b) * (a - b)).Sum());
            // Singular minimisers (Powell) converge only linearly in x: ‖x − x*‖ ~ ‖∇f‖^(1/3).
            Assert.True(distance <= 1e-2, $"{name}: distance {distance} to the known minimiser");
        }
    }
}
