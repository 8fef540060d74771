using static Hyperdual.Tests.Reverse.ReverseAssert;

namespace Hyperdual.Tests.Reverse;

/// <summary>Seeded random compositions: reverse against forward against central finite differences.</summary>
public sealed class RandomCompositionTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReverseGradientEqualsForwardAndCentralDifferences(int seed)
    {
        var random = new Random(seed * 7919);
        int n = 1 + random.Next(6);
        var f = new RandomComposition(seed, n, length: 5 + random.Next(30));
        double[] x = DerivativesTests.RandomVector(random, n);

        double[] reverse = ReverseDerivatives.Gradient(f, x);
        double[] forward = Derivatives.Gradient(f, x);
        var finite = new double[n];
        for (int i = 0; i < n; i++)
        {
            finite[i] = CentralDifference(t => f.Evaluate<double>(Shift(x, i, t)), x[i]);
        }

        VectorClose(forward, reverse, 1e-12, $"seed {seed} reverse vs forward");
        VectorClose(finite, reverse, 1e-6, $"seed {seed} reverse vs central differences");
    }

    [Fact]
    public void TheRandomGradientsAreNotTrivial()
    {
        // A comparison of zeros tests nothing: almost every seed must give a gradient of some size.
        int nontrivial = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var random = new Random(seed * 7919);
            int n = 1 + random.Next(6);
            var f = new RandomComposition(seed, n, length: 5 + random.Next(30));
            double[] x = DerivativesTests.RandomVector(random, n);
            if (ReverseDerivatives.Gradient(f, x).Any(g => Math.Abs(g) > 1e-3))
            {
                nontrivial++;
            }
        }

        Assert.True(nontrivial >= 35, $"only {nontrivial} of 40 random gradients have a component above 1e-3");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReverseHessianVectorProductEqualsForward(int seed)
    {
        var random = new Random(seed * 104729);
        int n = 1 + random.Next(6);
        var f = new RandomComposition(seed, n, length: 5 + random.Next(30));
        double[] x = DerivativesTests.RandomVector(random, n);
        double[] v = DerivativesTests.RandomVector(random, n);

        double[] reverse = ReverseDerivatives.HessianVectorProduct(f, x, v);
        double[] forward = Derivatives.HessianVectorProduct(f, x, v);
        VectorClose(forward, reverse, 1e-11, $"seed {seed} H·v reverse vs forward");

        // And against central differences of the reverse gradient along v.
        double h = 1e-5;
        double[] plus = ReverseDerivatives.Gradient(f, x.Zip(v, (a, b) => a + h * b).ToArray());
        double[] minus = ReverseDerivatives.Gradient(f, x.Zip(v, (a, b) => a - h * b).ToArray());
        double[] finite = plus.Zip(minus, (p, m) => (p - m) / (2.0 * h)).ToArray();
        VectorClose(finite, reverse, 1e-6, $"seed {seed} H·v reverse vs central differences");
    }
}
