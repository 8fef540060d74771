using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Optimizers.Tests.LinearAlgebra;

public sealed class VectorNormTests
{
    [Fact]
    public void PythagoreanTriplesAreExactAtEveryScale()
    {
        // 3-4-5 scaled by powers of two: exact in binary, on the plain path (1) and on the scaled paths
        // (entries whose squares overflow or fall below the normal range).
        foreach (int exponent in new[] { 0, -600, -1000, 600, 1000 })
        {
            double s = Math.ScaleB(1.0, exponent);
            Assert.Equal(5 * s, VectorOperations.Norm([3 * s, -4 * s]));
        }
    }

    [Fact]
    public void EmptyZeroAndNonFiniteInputs()
    {
        Assert.Equal(0.0, VectorOperations.Norm([]));
        Assert.Equal(0.0, VectorOperations.Norm([0.0, -0.0, 0.0]));
        Assert.Equal(double.PositiveInfinity, VectorOperations.Norm([1.0, double.NegativeInfinity, 2.0]));
        Assert.True(double.IsNaN(VectorOperations.Norm([1.0, double.NaN, 2.0])));
    }

    [Fact]
    public void LongVectorsMatchACompensatedSumOfSquares()
    {
        var random = new Random(5);
        foreach (int length in new[] { 1, 7, 8, 9, 1000, 100_003 })
        {
            double[] v = new double[length];
            for (int i = 0; i < length; i++)
            {
                v[i] = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 6));
            }

            Assert.Equal(Math.Sqrt(CompensatedSumOfSquares(v)), VectorOperations.Norm(v), 1e-14 * Math.Sqrt(CompensatedSumOfSquares(v)));
        }
    }

    [Fact]
    public void EntriesFarBelowTheLargestDoNotDisturbIt()
    {
        // 1e-200² underflows to zero; next to 1 it is far below rounding on either path.
        Assert.Equal(1.0, VectorOperations.Norm([1e-200, 1.0, -1e-200]));
        Assert.Equal(1e200, VectorOperations.Norm([1.0, 1e200]));
    }

    private static double CompensatedSumOfSquares(double[] v)
    {
        double sum = 0.0, carry = 0.0;
        foreach (double x in v)
        {
            double y = (x * x) - carry;
            double t = sum + y;
            carry = (t - sum) - y;
            sum = t;
        }

        return sum;
    }
}
