namespace Hyperdual.Optimizers.Tests;

/// <summary>A step allocates nothing on the managed heap (state is allocated once, at construction).</summary>
public sealed class AllocationTests
{
    public static IEnumerable<object[]> Cases() =>
        from name in ReferenceImplementationTests.Configurations
        from cosine in new[] { false, true }
        select new object[] { name, cosine };

    [Theory]
    [MemberData(nameof(Cases))]
    public void StepAllocatesNothing(string name, bool cosine)
    {
        const int n = 10_007;
        IGradientOptimizer<float> optimizer = OptimizerCatalog.Create<float>(name, n, 100, 1e-3, cosine);
        var theta = new float[n];
        var g = new float[n];
        for (int i = 0; i < n; i++)
        {
            g[i] = MathF.Sin(i);
        }

        optimizer.Step(theta, g, 1.0);
        optimizer.Step(theta, g, 0.9);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 10; k++)
        {
            optimizer.Step(theta, g, 0.8 - (0.01 * k));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }
}
