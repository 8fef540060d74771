using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// Himmelblau's function <c>f(x, y) = (x² + y − 11)² + (x + y² − 7)²</c>; four minima of value 0, the one
/// reached from the standard start <c>(1, 1)</c> being <c>(3, 2)</c>.
/// </summary>
public sealed class Himmelblau : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "himmelblau";

    /// <inheritdoc/>
    public override string Description => "(x² + y − 11)² + (x + y² − 7)²; four minima of value 0, one at (3, 2)";

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
    public override double[]? KnownMinimizer(int n) => [3.0, 2.0];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T a = x[0] * x[0] + x[1] - C<T>(11.0);
        T b = x[0] + x[1] * x[1] - C<T>(7.0);
        return a * a + b * b;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        double a = x[0] * x[0] + x[1] - 11.0;
        double b = x[0] + x[1] * x[1] - 7.0;
        return [4.0 * x[0] * a + 2.0 * b, 2.0 * a + 4.0 * x[1] * b];
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        double a = x[0] * x[0] + x[1] - 11.0;
        double b = x[0] + x[1] * x[1] - 7.0;
        double hxx = 4.0 * a + 8.0 * x[0] * x[0] + 2.0;
        double hxy = 4.0 * x[0] + 4.0 * x[1];
        double hyy = 2.0 + 4.0 * b + 8.0 * x[1] * x[1];
        return new[,] { { hxx, hxy }, { hxy, hyy } };
    }
}
