namespace Hyperdual.TestFunctions;

/// <summary>
/// The extended (chained) Rosenbrock function
/// <c>f(x) = Σ_{i=1}^{n−1} 100 (x_{i+1} − x_i²)² + (1 − x_i)²</c>, minimum 0 at <c>(1, …, 1)</c>.
/// </summary>
public sealed class Rosenbrock : TestFunction
{
    // The terms' stride (chained: every coordinate starts a term).
    private const int Stride = 1;

    /// <inheritdoc/>
    public override string Name => "rosenbrock";

    /// <inheritdoc/>
    public override string Description => "Σ 100(x[i+1] − x[i]²)² + (1 − x[i])², chained; minimum 0 at (1, …, 1)";

    /// <inheritdoc/>
    public override int MinDimension => 2;

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
