using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>The sphere function <c>f(x) = Σ x_i²</c>, minimum 0 at the origin.</summary>
public sealed class Sphere : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "sphere";

    /// <inheritdoc/>
    public override string Description => "Σ x²; minimum 0 at 0";

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
        T sum = T.Zero;
        foreach (T xi in x)
        {
            sum += xi * xi;
        }

        return sum;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            g[i] = 2.0 * x[i];
        }

        return g;
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        var h = new double[x.Length, x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            h[i, i] = 2.0;
        }

        return h;
    }
}
