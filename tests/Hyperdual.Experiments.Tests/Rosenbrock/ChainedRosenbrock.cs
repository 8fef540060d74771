using System.Numerics;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

/// <summary>The chained N-D Rosenbrock function Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)², written here independently of the library's catalog so the tests check the study against their own oracle.</summary>
internal sealed class ChainedRosenbrock : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        T hundred = T.CreateChecked(100.0);
        for (int i = 0; i + 1 < x.Length; i++)
        {
            T a = T.One - x[i];
            T b = x[i + 1] - (x[i] * x[i]);
            sum += (a * a) + (hundred * b * b);
        }

        return sum;
    }
}
