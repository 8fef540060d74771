using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// The Wood (Colville) function of four variables, minimum 0 at <c>(1, 1, 1, 1)</c>:
/// <c>100(x₂ − x₁²)² + (1 − x₁)² + 90(x₄ − x₃²)² + (1 − x₃)² + 10.1((x₂ − 1)² + (x₄ − 1)²) + 19.8(x₂ − 1)(x₄ − 1)</c>.
/// </summary>
public sealed class Wood : TestFunction
{
    /// <inheritdoc/>
    public override string Name => "wood";

    /// <inheritdoc/>
    public override string Description => "100(x2 − x1²)² + (1 − x1)² + 90(x4 − x3²)² + (1 − x3)² + 10.1((x2 − 1)² + (x4 − 1)²) + 19.8(x2 − 1)(x4 − 1); minimum 0 at (1,1,1,1)";

    /// <inheritdoc/>
    public override int? FixedDimension => 4;

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return [-3.0, -1.0, -3.0, -1.0];
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => [1.0, 1.0, 1.0, 1.0];

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x)
    {
        T a = x[1] - x[0] * x[0];
        T b = T.One - x[0];
        T c = x[3] - x[2] * x[2];
        T d = T.One - x[2];
        T e = x[1] - T.One;
        T f = x[3] - T.One;
        return C<T>(100.0) * a * a + b * b + C<T>(90.0) * c * c + d * d
            + C<T>(10.1) * (e * e + f * f) + C<T>(19.8) * e * f;
    }

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x)
    {
        double a = x[1] - x[0] * x[0];
        double c = x[3] - x[2] * x[2];
        return
        [
            -400.0 * x[0] * a - 2.0 * (1.0 - x[0]),
            200.0 * a + 20.2 * (x[1] - 1.0) + 19.8 * (x[3] - 1.0),
            -360.0 * x[2] * c - 2.0 * (1.0 - x[2]),
            180.0 * c + 20.2 * (x[3] - 1.0) + 19.8 * (x[1] - 1.0),
        ];
    }

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x)
    {
        double h00 = 1200.0 * x[0] * x[0] - 400.0 * x[1] + 2.0;
        double h01 = -400.0 * x[0];
        double h22 = 1080.0 * x[2] * x[2] - 360.0 * x[3] + 2.0;
        double h23 = -360.0 * x[2];
        return new[,]
        {
            { h00, h01, 0.0, 0.0 },
            { h01, 220.2, 0.0, 19.8 },
            { 0.0, 0.0, h22, h23 },
            { 0.0, 19.8, h23, 200.2 },
        };
    }
}
