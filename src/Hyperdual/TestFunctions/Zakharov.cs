using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The Zakharov function <c>f(x) = Σ x_i² + s² + s⁴</c> with <c>s = Σ ½ i x_i</c>, minimum 0 at the origin.
/// </summary>
public sealed class Zakharov : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "zakharov";

    /// <inheritdoc/>
    public override string Description => "Σ x² + s² + s⁴ with s = Σ ½·i·x[i]; minimum 0 at 0";

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return Filled(n, 1.0);
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => new double[n];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T squares = T.Zero;
        T s = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            squares += x[i] * x[i];
            s += C<T>(0.5 * (i + 1)) * x[i];
        }

        T s2 = s * s;
        return squares + s2 + s2 * s2;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        double s = WeightedSum(x);
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            g[i] = 2.0 * x[i] + (2.0 * s + 4.0 * s * s * s) * 0.5 * (i + 1);
        }

        return g;
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        double s = WeightedSum(x);
        double outer = 2.0 + 12.0 * s * s;
        var h = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                h[i, j] = outer * 0.25 * (i + 1) * (j + 1) + (i == j ? 2.0 : 0.0);
                h[j, i] = h[i, j];
            }
        }

        return h;
    }

    private static double WeightedSum(ReadOnlySpan<double> x)
    {
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            s += 0.5 * (i + 1) * x[i];
        }

        return s;
    }
}
