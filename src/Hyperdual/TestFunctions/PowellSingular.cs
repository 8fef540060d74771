using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// Powell's singular function, extended in blocks of four:
/// <c>Σ (x₁ + 10x₂)² + 5(x₃ − x₄)² + (x₂ − 2x₃)⁴ + 10(x₁ − x₄)⁴</c>, minimum 0 at the origin where the
/// Hessian is singular (Newton converges only linearly there).
/// </summary>
public sealed class PowellSingular : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "powell-singular";

    /// <inheritdoc/>
    public override string Description => "Σ over blocks of 4: (x1 + 10x2)² + 5(x3 − x4)² + (x2 − 2x3)⁴ + 10(x1 − x4)⁴; minimum 0 at 0, singular Hessian there";

    /// <inheritdoc/>
    public override int MinDimension => 4;

    /// <inheritdoc/>
    public override int DefaultDimension => 4;

    /// <inheritdoc/>
    public override string? DimensionProblem(int n) =>
        base.DimensionProblem(n) ?? (n % 4 == 0 ? null : $"function '{Name}' needs a dimension that is a multiple of 4, not {n}");

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    /// <remarks>The classical start <c>(3, −1, 0, 1)</c> repeated per block.</remarks>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        var x = new double[n];
        for (int b = 0; b < n; b += 4)
        {
            x[b] = 3.0;
            x[b + 1] = -1.0;
            x[b + 2] = 0.0;
            x[b + 3] = 1.0;
        }

        return x;
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => new double[n];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T ten = C<T>(10.0);
        T sum = T.Zero;
        for (int b = 0; b + 3 < x.Length; b += 4)
        {
            T p = x[b] + ten * x[b + 1];
            T q = x[b + 2] - x[b + 3];
            T r = x[b + 1] - C<T>(2.0) * x[b + 2];
            T s = x[b] - x[b + 3];
            T r2 = r * r;
            T s2 = s * s;
            sum += p * p + C<T>(5.0) * q * q + r2 * r2 + ten * s2 * s2;
        }

        return sum;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        var g = new double[x.Length];
        for (int b = 0; b + 3 < x.Length; b += 4)
        {
            double p = x[b] + 10.0 * x[b + 1];
            double q = x[b + 2] - x[b + 3];
            double r = x[b + 1] - 2.0 * x[b + 2];
            double s = x[b] - x[b + 3];
            g[b] = 2.0 * p + 40.0 * s * s * s;
            g[b + 1] = 20.0 * p + 4.0 * r * r * r;
            g[b + 2] = 10.0 * q - 8.0 * r * r * r;
            g[b + 3] = -10.0 * q - 40.0 * s * s * s;
        }

        return g;
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        var h = new double[n, n];
        for (int b = 0; b + 3 < n; b += 4)
        {
            double r = x[b + 1] - 2.0 * x[b + 2];
            double s = x[b] - x[b + 3];
            void Set(int i, int j, double value)
            {
                h[b + i, b + j] = value;
                h[b + j, b + i] = value;
            }

            Set(0, 0, 2.0 + 120.0 * s * s);
            Set(0, 1, 20.0);
            Set(0, 3, -120.0 * s * s);
            Set(1, 1, 200.0 + 12.0 * r * r);
            Set(1, 2, -24.0 * r * r);
            Set(2, 2, 10.0 + 48.0 * r * r);
            Set(2, 3, -10.0);
            Set(3, 3, 10.0 + 120.0 * s * s);
        }

        return h;
    }
}
