namespace Hyperdual.Tests;

public sealed class ScalarFunctionContractTests
{
    private sealed class SumOfSquares : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            foreach (T xi in x)
            {
                sum += xi * xi;
            }

            return sum;
        }
    }

    [Fact]
    public void GenericFunctionEvaluatesOnDouble()
    {
        Assert.Equal(14.0, new SumOfSquares().Evaluate<double>([1.0, 2.0, 3.0]));
    }
}
