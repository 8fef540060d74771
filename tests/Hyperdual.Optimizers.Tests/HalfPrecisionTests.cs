namespace Hyperdual.Optimizers.Tests;

/// <summary>
/// An element type without <see cref="System.Numerics.Vector{T}"/> support (Half) runs the scalar path
/// for whole vectors and stays close to the float32 result.
/// </summary>
public sealed class HalfPrecisionTests
{
    [Theory]
    [MemberData(nameof(OptionsValidationTests.EveryOptimizer), MemberType = typeof(OptionsValidationTests))]
    public void HalfTracksFloat(string name)
    {
        const int n = 19;
        var problem = new SeededSmoothProblem(n, seed: 12);
        double[] single = ProblemRunner.Run(problem, OptimizerCatalog.Create<float>(name, n, 10, 0.05), 5);
        double[] half = ProblemRunner.Run(problem, OptimizerCatalog.Create<Half>(name, n, 10, 0.05), 5);
        for (int i = 0; i < n; i++)
        {
            Assert.True(Math.Abs(single[i] - half[i]) <= 2e-2 * (1 + Math.Abs(single[i])), $"{name} θ[{i}]: Half {half[i]} vs float {single[i]}");
        }

        Assert.True(ProblemRunner.Distance(half, problem.Start) > 1e-2);
    }
}
