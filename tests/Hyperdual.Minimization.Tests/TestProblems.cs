using System.Numerics;

namespace Hyperdual.Minimization.Tests;

/// <summary>Small functions with closed-form derivatives, written here independently of the library.</summary>
internal static class TestProblems
{
    /// <summary>f(x) = ½ xᵀAx − bᵀx.</summary>
    public sealed class Quadratic(double[,] a, double[] b) : IScalarFunction
    {
        public double[,] A { get; } = a;

        public double[] B { get; } = b;

        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            T half = T.CreateChecked(0.5);
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j < x.Length; j++)
                {
                    sum += half * T.CreateChecked(A[i, j]) * x[i] * x[j];
                }

                sum -= T.CreateChecked(B[i]) * x[i];
            }

            return sum;
        }

        public double[] Gradient(double[] x) => Enumerable.Range(0, x.Length).Select(i => Enumerable.Range(0, x.Length).Sum(j => A[i, j] * x[j]) - B[i]).ToArray();
    }

    /// <summary>f(x, y) = x² − y² + y⁴/4: a saddle at the origin, minima (0, ±√2) with f = −1.</summary>
    public sealed class SaddleWithTwoMinima : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
            => (x[0] * x[0]) - (x[1] * x[1]) + (x[1] * x[1] * x[1] * x[1] / T.CreateChecked(4.0));
    }

    /// <summary>f(x, y) = x² − y²: indefinite, unbounded below.</summary>
    public sealed class HyperbolicParaboloid : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => (x[0] * x[0]) - (x[1] * x[1]);
    }

    /// <summary>The 2-D Rosenbrock function with its hand-derived gradient and Hessian.</summary>
    public sealed class Rosenbrock2D : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T a = T.One - x[0];
            T b = x[1] - (x[0] * x[0]);
            return (a * a) + (T.CreateChecked(100.0) * b * b);
        }

        public static double[] Gradient(double[] x) =>
        [
            (-2.0 * (1.0 - x[0])) - (400.0 * x[0] * (x[1] - (x[0] * x[0]))),
            200.0 * (x[1] - (x[0] * x[0])),
        ];

        public static double[,] Hessian(double[] x) => new double[,]
        {
            { 2.0 - (400.0 * x[1]) + (1200.0 * x[0] * x[0]), -400.0 * x[0] },
            { -400.0 * x[0], 200.0 },
        };
    }

    /// <summary>The chained N-D Rosenbrock function Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)².</summary>
    public sealed class ChainedRosenbrock : IScalarFunction
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

    /// <summary>A function that is NaN everywhere (for the non-finite paths).</summary>
    public sealed class NotANumber : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => x[0] * T.NaN;
    }
}
