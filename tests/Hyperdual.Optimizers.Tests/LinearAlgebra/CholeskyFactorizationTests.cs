using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Optimizers.Tests.LinearAlgebra;

public sealed class CholeskyFactorizationTests
{
    [Fact]
    public void SolvesPositiveDefiniteSystem()
    {
        var random = new Random(3);
        for (int n = 1; n <= 8; n++)
        {
            double[,] q = RandomMatrices.Orthogonal(random, n);
            double[] values = Enumerable.Range(0, n).Select(i => 0.5 + i).ToArray();
            double[,] a = RandomMatrices.WithEigenvalues(q, values);
            double[] x = RandomMatrices.Vector(random, n);
            double[] b = RandomMatrices.Multiply(a, x);
            Assert.True(CholeskyFactorization.TryFactor(a, out var factor));
            double[] solved = factor!.Solve(b);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(x[i], solved[i], 1e-11);
            }
        }
    }

    [Fact]
    public void RefusesIndefiniteMatrix()
    {
        Assert.False(CholeskyFactorization.TryFactor(new double[,] { { 1, 2 }, { 2, 1 } }, out var factor));
        Assert.Null(factor);
    }
}
