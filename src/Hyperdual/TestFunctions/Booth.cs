using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>Booth's function <c>f(x, y) = (x + 2y − 7)² + (2x + y − 5)²</c>, minimum 0 at <c>(1, 3)</c>.</summary>
public sealed class Booth : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "booth";

    /// <inheritdoc/>
    public override string Description => "(x + 2y − 7)² + (2x + y − 5)²; minimum 0 at (1, 3)";

    /// <inheritdoc/>
    public override int? FixedDimension => 2;

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return [0.0, 0.0];
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => [1.0, 3.0];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T two = C<T>(2.0);
        T a = x[0] + two * x[1] - C<T>(7.0);
        T b = two * x[0] + x[1] - C<T>(5.0);
        return a * a + b * b;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        double a = x[0] + 2.0 * x[1] - 7.0;
        double b = 2.0 * x[0] + x[1] - 5.0;
        return [2.0 * a + 4.0 * b, 4.0 * a + 2.0 * b];
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x) => new[,] { { 10.0, 8.0 }, { 8.0, 10.0 } };
}
