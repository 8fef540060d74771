using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The Dixon–Price function <c>f(x) = (x₁ − 1)² + Σ_{i=2}^{n} i (2x_i² − x_{i−1})²</c>, minimum 0 at
/// <c>x_i = 2^{−(2^i − 2)/2^i}</c> (and at the points with the signs of <c>x₂…x_n</c> flipped).
/// </summary>
public sealed class DixonPrice : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "dixon-price";

    /// <inheritdoc/>
    public override string Description => "(x1 − 1)² + Σ i(2x[i]² − x[i−1])²; minimum 0 at x[i] = 2^(−(2^i − 2)/2^i)";

    /// <inheritdoc/>
    /// <remarks>At least 2: in one dimension the standard start is already the minimiser.</remarks>
    public override int MinDimension => 2;

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return Filled(n, 1.0);
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n)
    {
        var x = new double[n];
        for (int i = 1; i <= n; i++)
        {
            double p = Math.Pow(2.0, i);
            x[i - 1] = Math.Pow(2.0, -(p - 2.0) / p);
        }

        return x;
    }

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T first = x[0] - T.One;
        T sum = first * first;
        for (int i = 1; i < x.Length; i++)
        {
            T r = C<T>(2.0) * x[i] * x[i] - x[i - 1];
            sum += C<T>(i + 1) * r * r;
        }

        return sum;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        var g = new double[x.Length];
        g[0] = 2.0 * (x[0] - 1.0);
        for (int i = 1; i < x.Length; i++)
        {
            double weight = i + 1;
            double r = 2.0 * x[i] * x[i] - x[i - 1];
            g[i] += 8.0 * weight * r * x[i];
            g[i - 1] += -2.0 * weight * r;
        }

        return g;
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        var h = new double[n, n];
        h[0, 0] = 2.0;
        for (int i = 1; i < n; i++)
        {
            double weight = i + 1;
            double r = 2.0 * x[i] * x[i] - x[i - 1];
            h[i - 1, i - 1] += 2.0 * weight;
            h[i - 1, i] += -8.0 * weight * x[i];
            h[i, i - 1] += -8.0 * weight * x[i];
            h[i, i] += 32.0 * weight * x[i] * x[i] + 8.0 * weight * r;
        }

        return h;
    }
}
