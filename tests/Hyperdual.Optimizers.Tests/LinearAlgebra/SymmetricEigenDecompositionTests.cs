using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Optimizers.Tests.LinearAlgebra;

public sealed class SymmetricEigenDecompositionTests
{
    [Fact]
    public void TwoByTwoHasClosedFormEigenpairs()
    {
        var eigen = SymmetricEigenDecomposition.Compute(new double[,] { { 2, 1 }, { 1, 2 } });
        Assert.Equal(1.0, eigen.Values[0], 1e-14);
        Assert.Equal(3.0, eigen.Values[1], 1e-14);
        // Eigenvector of 3 is (1, 1)/√2 up to sign.
        Assert.Equal(1.0 / Math.Sqrt(2.0), Math.Abs(eigen.Vectors[0, 1]), 1e-14);
        Assert.Equal(1.0 / Math.Sqrt(2.0), Math.Abs(eigen.Vectors[1, 1]), 1e-14);
    }

    [Fact]
    public void RecoversPrescribedSpectrumIncludingRepeatedEigenvalues()
    {
        var random = new Random(11);
        double[] values = [-3.0, -3.0, 0.0, 0.5, 2.0, 2.0, 7.0];
        double[,] q = RandomMatrices.Orthogonal(random, values.Length);
        var eigen = SymmetricEigenDecomposition.Compute(RandomMatrices.WithEigenvalues(q, values));
        for (int k = 0; k < values.Length; k++)
        {
            Assert.Equal(values[k], eigen.Values[k], 1e-12);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(40)]
    public void RandomSymmetricMatricesSatisfyDefinition(int n)
    {
        var random = new Random(1000 + n);
        for (int trial = 0; trial < 50; trial++)
        {
            double[,] a = RandomMatrices.Symmetric(random, n);
            var eigen = SymmetricEigenDecomposition.Compute(a);
            for (int k = 0; k + 1 < n; k++)
            {
                Assert.True(eigen.Values[k] <= eigen.Values[k + 1]);
            }

            for (int k = 0; k < n; k++)
            {
                // A q_k = λ_k q_k
                for (int i = 0; i < n; i++)
                {
                    double aq = 0.0;
                    for (int j = 0; j < n; j++)
                    {
                        aq += a[i, j] * eigen.Vectors[j, k];
                    }

                    Assert.Equal(eigen.Values[k] * eigen.Vectors[i, k], aq, 1e-11 * n);
                }

                // Orthonormal columns.
                for (int l = 0; l < n; l++)
                {
                    double dot = 0.0;
                    for (int i = 0; i < n; i++)
                    {
                        dot += eigen.Vectors[i, k] * eigen.Vectors[i, l];
                    }

                    Assert.Equal(k == l ? 1.0 : 0.0, dot, 1e-12 * n);
                }
            }

            // Trace is the sum of eigenvalues.
            double trace = 0.0;
            for (int i = 0; i < n; i++)
            {
                trace += a[i, i];
            }

            Assert.Equal(trace, eigen.Values.Sum(), 1e-11 * n);
        }
    }

    [Fact]
    public void ZeroAndDiagonalMatricesAreHandled()
    {
        var zero = SymmetricEigenDecomposition.Compute(new double[3, 3]);
        Assert.All(zero.Values, v => Assert.Equal(0.0, v));
        var diagonal = SymmetricEigenDecomposition.Compute(new double[,] { { 5, 0, 0 }, { 0, -1, 0 }, { 0, 0, 2 } });
        Assert.Equal([-1.0, 2.0, 5.0], diagonal.Values);
    }

    [Fact]
    public void RejectsNonSquareAndNonFinite()
    {
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => SymmetricEigenDecomposition.Compute(new double[2, 3])).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => SymmetricEigenDecomposition.Compute(new double[,] { { 1, 0 }, { double.NaN, 1 } })).ParamName);
    }
}
