using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// Beale's function <c>f(x, y) = Σ_{k=1}^{3} (c_k − x + x y^k)²</c> with <c>c = (1.5, 2.25, 2.625)</c>,
/// minimum 0 at <c>(3, 0.5)</c>.
/// </summary>
public sealed class Beale : TestFunction
{
    private static readonly double[] Constants = [1.5, 2.25, 2.625];

    /// <inheritdoc/>
    public override string Name => "beale";

    /// <inheritdoc/>
    public override string Description => "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²; minimum 0 at (3, 0.5)";

    /// <inheritdoc/>
    public override int? FixedDimension => 2;

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return [1.0, 1.0];
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => [3.0, 0.5];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T sum = T.Zero;
        T power = T.One;
        for (int k = 0; k < 3; k++)
        {
            power *= x[1];
            T r = C<T>(Constants[k]) - x[0] + x[0] * power;
            sum += r * r;
        }

        return sum;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        double gx = 0.0, gy = 0.0;
        for (int k = 1; k <= 3; k++)
        {
            double r = Constants[k - 1] - x[0] + x[0] * Math.Pow(x[1], k);
            gx += 2.0 * r * (Math.Pow(x[1], k) - 1.0);
            gy += 2.0 * r * k * x[0] * Math.Pow(x[1], k - 1);
        }

        return [gx, gy];
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        double hxx = 0.0, hxy = 0.0, hyy = 0.0;
        for (int k = 1; k <= 3; k++)
        {
            double r = Constants[k - 1] - x[0] + x[0] * Math.Pow(x[1], k);
            double rx = Math.Pow(x[1], k) - 1.0;
            double ry = k * x[0] * Math.Pow(x[1], k - 1);
            double rxy = k * Math.Pow(x[1], k - 1);
            double ryy = k == 1 ? 0.0 : k * (k - 1) * x[0] * Math.Pow(x[1], k - 2);
            hxx += 2.0 * rx * rx;
            hxy += 2.0 * (rx * ry + r * rxy);
            hyy += 2.0 * (ry * ry + r * ryy);
        }

        return new[,] { { hxx, hxy }, { hxy, hyy } };
    }
}
