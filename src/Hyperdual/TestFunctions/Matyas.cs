using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>The Matyas function <c>f(x, y) = 0.26(x² + y²) − 0.48xy</c>, minimum 0 at the origin.</summary>
public sealed class Matyas : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "matyas";

    /// <inheritdoc/>
    public override string Description => "0.26(x² + y²) − 0.48xy; minimum 0 at (0, 0)";

    /// <inheritdoc/>
    public override int? FixedDimension => 2;

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return [10.0, -5.0];
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => [0.0, 0.0];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x) =>
        C<T>(0.26) * (x[0] * x[0] + x[1] * x[1]) - C<T>(0.48) * x[0] * x[1];

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x) =>
        [0.52 * x[0] - 0.48 * x[1], 0.52 * x[1] - 0.48 * x[0]];

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x) => new[,] { { 0.52, -0.48 }, { -0.48, 0.52 } };
}
