using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The three-hump camel function <c>f(x, y) = 2x² − 1.05x⁴ + x⁶/6 + xy + y²</c>, global minimum 0 at the
/// origin and two local minima near <c>±(1.748, −0.874)</c>.
/// </summary>
public sealed class ThreeHumpCamel : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "three-hump-camel";

    /// <inheritdoc/>
    public override string Description => "2x² − 1.05x⁴ + x⁶/6 + xy + y²; minimum 0 at (0, 0)";

    /// <inheritdoc/>
    public override int? FixedDimension => 2;

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return [0.5, 0.5];
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => [0.0, 0.0];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T x2 = x[0] * x[0];
        T x4 = x2 * x2;
        return C<T>(2.0) * x2 - C<T>(1.05) * x4 + x4 * x2 / C<T>(6.0) + x[0] * x[1] + x[1] * x[1];
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        double x2 = x[0] * x[0];
        return [4.0 * x[0] - 4.2 * x2 * x[0] + x2 * x2 * x[0] + x[1], x[0] + 2.0 * x[1]];
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        double x2 = x[0] * x[0];
        return new[,] { { 4.0 - 12.6 * x2 + 5.0 * x2 * x2, 1.0 }, { 1.0, 2.0 } };
    }
}
