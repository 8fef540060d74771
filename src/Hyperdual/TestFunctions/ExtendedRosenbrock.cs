namespace Hyperdual.TestFunctions;

/// <summary>
/// The extended Rosenbrock function of Moré, Garbow &amp; Hillstrom (1981, problem 21): independent 2-D Rosenbrock
/// pairs, <c>f(x) = Σ_{i=1}^{n/2} 100 (x_{2i} − x_{2i−1}²)² + (1 − x_{2i−1})²</c>, minimum 0 at <c>(1, …, 1)</c>.
/// Its Hessian is block diagonal (2×2 blocks), the large-scale test of matrix-free Newton methods; unlike the
/// chained <see cref="Rosenbrock"/> it has no other local minimum.
/// </summary>
public sealed class ExtendedRosenbrock : TestFunction
{
    // The terms' stride (independent pairs: every second coordinate starts a term).
    private const int Stride = 2;

    /// <inheritdoc/>
    public override string Name => "extended-rosenbrock";

    /// <inheritdoc/>
    public override string Description => "Σ over pairs: 100(x[2i] − x[2i−1]²)² + (1 − x[2i−1])²; minimum 0 at (1, …, 1)";

    /// <inheritdoc/>
    public override int MinDimension => 2;

    /// <inheritdoc/>
    public override string? DimensionProblem(int n) =>
        base.DimensionProblem(n) ?? (n % 2 == 0 ? null : $"function '{Name}' needs an even dimension, not {n}");

    /// <inheritdoc/>
    public override double MinimumValue(int n) => 0.0;

    /// <inheritdoc/>
    /// <remarks>The classical start <c>(−1.2, 1, −1.2, 1, …)</c>.</remarks>
    public override double[] StandardStart(int n)
    {
        ValidateDimension(n);
        return RosenbrockTerms.ClassicalStart(n);
    }

    /// <inheritdoc/>
    public override double[]? KnownMinimizer(int n) => Filled(n, 1.0);

    /// <inheritdoc/>
    public override T Evaluate<T>(ReadOnlySpan<T> x) => RosenbrockTerms.Sum(x, Stride);

    /// <inheritdoc/>
    public override double[] AnalyticGradient(ReadOnlySpan<double> x) => RosenbrockTerms.Gradient(x, Stride);

    /// <inheritdoc/>
    public override double[,] AnalyticHessian(ReadOnlySpan<double> x) => RosenbrockTerms.Hessian(x, Stride);
}
