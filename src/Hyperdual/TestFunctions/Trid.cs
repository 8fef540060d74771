using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The Trid function <c>f(x) = Σ (x_i − 1)² − Σ_{i≥2} x_i x_{i−1}</c>, a convex quadratic with minimum
/// <c>−n(n + 4)(n − 1)/6</c> at <c>x_i = i(n + 1 − i)</c>.
/// </summary>
public sealed class Trid : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "trid";

    /// <inheritdoc/>
    public override string Description => "Σ (x[i] − 1)² − Σ x[i]x[i−1]; minimum −n(n+4)(n−1)/6 at x[i] = i(n + 1 − i)";

    /// <inheritdoc/>
    public override double MinimumValue(int n) => -n * (n + 4.0) * (n - 1.0) / 6.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return new double[n];
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n)
    {
        var x = new double[n];
        for (int i = 1; i <= n; i++)
        {
            x[i - 1] = i * (n + 1.0 - i);
        }

        return x;
    }

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            T d = x[i] - T.One;
            sum += d * d;
            if (i > 0)
            {
                sum -= x[i] * x[i - 1];
            }
        }

        return sum;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        var g = new double[n];
        for (int i = 0; i < n; i++)
        {
            g[i] = 2.0 * (x[i] - 1.0) - (i > 0 ? x[i - 1] : 0.0) - (i + 1 < n ? x[i + 1] : 0.0);
        }

        return g;
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        var h = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            h[i, i] = 2.0;
            if (i + 1 < n)
            {
                h[i, i + 1] = -1.0;
                h[i + 1, i] = -1.0;
            }
        }

        return h;
    }
}
