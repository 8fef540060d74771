using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The Styblinski–Tang function <c>f(x) = ½ Σ (x_i⁴ − 16x_i² + 5x_i)</c>, global minimum ≈ −39.166 n at
/// <c>x_i ≈ −2.9035</c>; each coordinate also has a local minimum near 2.7468.
/// </summary>
public sealed class StyblinskiTang : TestFunction
{
    /// <summary>The coordinate of the global minimiser: the smallest root of <c>2x³ − 16x + 2.5 = 0</c>.</summary>
    public static readonly double MinimizerCoordinate = SolveMinimizerCoordinate();

    /// <inheritdoc/>
    public override string Name => "styblinski-tang";

    /// <inheritdoc/>
    public override string Description => "½ Σ (x⁴ − 16x² + 5x); global minimum ≈ −39.166n at x ≈ (−2.9035, …)";

    /// <inheritdoc/>
    public override double MinimumValue(int n)
    {
        double t = MinimizerCoordinate;
        return n * 0.5 * (t * t * t * t - 16.0 * t * t + 5.0 * t);
    }

    /// <inheritdoc/>
    /// <remarks>The start <c>(−1, …, −1)</c>, in the global minimum's basin.</remarks>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return Filled(n, -1.0);
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => Filled(n, MinimizerCoordinate);

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T sum = T.Zero;
        foreach (T xi in x)
        {
            T x2 = xi * xi;
            sum += x2 * x2 - C<T>(16.0) * x2 + C<T>(5.0) * xi;
        }

        return C<T>(0.5) * sum;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            g[i] = 2.0 * x[i] * x[i] * x[i] - 16.0 * x[i] + 2.5;
        }

        return g;
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        var h = new double[x.Length, x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            h[i, i] = 6.0 * x[i] * x[i] - 16.0;
        }

        return h;
    }

    private static double SolveMinimizerCoordinate()
    {
        // Newton on p(t) = 2t³ − 16t + 2.5 from t = −3, where p is convex and increasing: monotone convergence.
        double t = -3.0;
        for (int i = 0; i < 50; i++)
        {
            t -= (2.0 * t * t * t - 16.0 * t + 2.5) / (6.0 * t * t - 16.0);
        }

        return t;
    }
}
