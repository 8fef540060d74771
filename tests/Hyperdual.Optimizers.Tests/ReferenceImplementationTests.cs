using System.Numerics;

namespace Hyperdual.Optimizers.Tests;

/// <summary>
/// The first steps of every optimizer match an independent straightforward implementation
/// (<see cref="NaiveOptimizers"/>) on a seeded problem, for lengths that exercise the vector body, the
/// scalar tail and (for SOAA's sums) several accumulation blocks.
/// </summary>
public sealed class ReferenceImplementationTests
{
    private const int Steps = 10;

    public static readonly string[] Configurations =
    [
        "sgd", "sgd-momentum", "sgd-nesterov", "sgd-decay", "adam", "adam-amsgrad", "adam-l2", "adamw", "adamw-amsgrad",
        "soaa", "soaa-tadam", "soaa-decay",
    ];

    public static IEnumerable<object[]> Cases() =>
        from name in Configurations
        from n in new[] { 1, 7, 37, 9001 }
        from cosine in new[] { false, true }
        select new object[] { name, n, cosine };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Float64MatchesTheStraightforwardImplementation(string name, int n, bool cosine)
    {
        (double[] fast, double[] naive) = RunBoth<double>(name, n, cosine);
        for (int i = 0; i < n; i++)
        {
            Assert.True(Math.Abs(fast[i] - naive[i]) <= 1e-12 * (1 + Math.Abs(naive[i])), $"{name} n={n} θ[{i}]: {fast[i]:R} vs reference {naive[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Float32MatchesTheStraightforwardImplementation(string name, int n, bool cosine)
    {
        (double[] fast, double[] naive) = RunBoth<float>(name, n, cosine);
        for (int i = 0; i < n; i++)
        {
            Assert.True(Math.Abs(fast[i] - naive[i]) <= 2e-5 * (1 + Math.Abs(naive[i])), $"{name} n={n} θ[{i}]: {fast[i]:R} vs reference {naive[i]:R}");
        }
    }

    [Fact]
    public void ParametersActuallyMove()
    {
        // Guards the comparison above against a vacuous pass (both sides doing nothing).
        foreach (string name in Configurations)
        {
            (double[] fast, _) = RunBoth<double>(name, 7, cosine: false);
            double[] start = new SeededSmoothProblem(7, seed: 7).Start;
            Assert.True(ProblemRunner.Distance(fast, start) > 1e-3, $"{name} did not move the parameters.");
        }
    }

    private static (double[] Fast, double[] Naive) RunBoth<T>(string name, int n, bool cosine)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var problem = new SeededSmoothProblem(n, seed: 7);
        const double rate = 0.05;
        IGradientOptimizer<T> optimizer = OptimizerCatalog.Create<T>(name, n, Steps, rate, cosine);
        NaiveOptimizer naive = Naive(optimizer, cosine ? Steps : null);

        T[] x = problem.Start.Select(T.CreateChecked).ToArray();
        var xd = new double[n];
        var gd = new double[n];
        var g = new T[n];
        double[] y = (double[])problem.Start.Clone();
        var gy = new double[n];
        for (int k = 0; k < Steps; k++)
        {
            double loss = ProblemRunner.Evaluate(problem, x, xd, gd, g);
            optimizer.Step(x, g, loss);
            double lossY = problem.Evaluate(y, gy);
            naive.Step(y, gy, lossY);
        }

        return (x.Select(double.CreateChecked).ToArray(), y);
    }

    private static NaiveOptimizer Naive<T>(IGradientOptimizer<T> optimizer, long? cosineSteps)
        where T : unmanaged, IFloatingPointIeee754<T> => optimizer switch
        {
            SgdOptimizer<T> s => new NaiveSgd(s.Options.LearningRate, s.Options.Momentum, s.Options.Dampening, s.Options.Nesterov, s.Options.WeightDecay, cosineSteps),
            AdamOptimizer<T> a => new NaiveAdam(a.Options.LearningRate, a.Options.Beta1, a.Options.Beta2, a.Options.Epsilon, a.Options.WeightDecay, 0.0, a.Options.AmsGrad, cosineSteps),
            AdamWOptimizer<T> w => new NaiveAdam(w.Options.LearningRate, w.Options.Beta1, w.Options.Beta2, w.Options.Epsilon, 0.0, w.Options.WeightDecay, w.Options.AmsGrad, cosineSteps),
            SoaaOptimizer<T> so => new NaiveSoaa(so.Options, cosineSteps),
            _ => throw new ArgumentOutOfRangeException(nameof(optimizer)),
        };
}
