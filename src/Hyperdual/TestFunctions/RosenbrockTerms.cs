using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The Rosenbrock term <c>100 (x_{i+1} − x_i²)² + (1 − x_i)²</c> summed over i = 0, s, 2s, …, with its closed-form
/// gradient and Hessian: stride 1 is the chained <see cref="Rosenbrock"/>, stride 2 the independent pairs of
/// <see cref="ExtendedRosenbrock"/>. Both start at the classical <c>(−1.2, 1, −1.2, 1, …)</c>.
/// </summary>
internal static class RosenbrockTerms
{
    /// <summary>The classical start <c>(−1.2, 1, −1.2, 1, …)</c>.</summary>
    /// <param name="n">The dimension.</param>
    /// <returns>A new array of length n.</returns>
    public static double[] ClassicalStart(int n)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = i % 2 == 0 ? -1.2 : 1.0;
        }

        return x;
    }

    /// <summary>The sum of the terms starting at every <paramref name="stride"/>-th coordinate.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="x">The point.</param>
    /// <param name="stride">1 (chained) or 2 (independent pairs).</param>
    /// <returns>The sum.</returns>
    public static T Sum<T>(ReadOnlySpan<T> x, int stride) where T : IFloatingPointIeee754<T>
    {
        T hundred = T.CreateChecked(100.0);
        T sum = T.Zero;
        for (int i = 0; i + 1 < x.Length; i += stride)
        {
            T a = x[i + 1] - x[i] * x[i];
            T b = T.One - x[i];
            sum += hundred * a * a + b * b;
        }

        return sum;
    }

    /// <summary>The closed-form gradient of <see cref="Sum{T}"/>.</summary>
    /// <param name="x">The point.</param>
    /// <param name="stride">1 (chained) or 2 (independent pairs).</param>
    /// <returns>A new array of length n.</returns>
    public static double[] Gradient(ReadOnlySpan<double> x, int stride)
    {
        var g = new double[x.Length];
        for (int i = 0; i + 1 < x.Length; i += stride)
        {
            double a = x[i + 1] - x[i] * x[i];
            g[i] += -400.0 * x[i] * a - 2.0 * (1.0 - x[i]);
            g[i + 1] += 200.0 * a;
        }

        return g;
    }

    /// <summary>The closed-form Hessian of <see cref="Sum{T}"/>.</summary>
    /// <param name="x">The point.</param>
    /// <param name="stride">1 (chained) or 2 (independent pairs).</param>
    /// <returns>A new n×n array.</returns>
    public static double[,] Hessian(ReadOnlySpan<double> x, int stride)
    {
        int n = x.Length;
        var h = new double[n, n];
        for (int i = 0; i + 1 < n; i += stride)
        {
            h[i, i] += 1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0;
            h[i, i + 1] += -400.0 * x[i];
            h[i + 1, i] += -400.0 * x[i];
            h[i + 1, i + 1] += 200.0;
        }

        return h;
    }
}
