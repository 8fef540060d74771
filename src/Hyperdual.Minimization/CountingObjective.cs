namespace Hyperdual.Minimization;

/// <summary>
/// An <see cref="IScalarFunction"/> with its exact derivatives from <see cref="Derivatives"/>, counting
/// plain-value and derivative evaluations for the result.
/// </summary>
internal sealed class CountingObjective(IScalarFunction function)
{
    public IScalarFunction Function { get; } = function;

    public int FunctionEvaluations { get; private set; }

    public int DerivativeEvaluations { get; private set; }

    public int TotalEvaluations => FunctionEvaluations + DerivativeEvaluations;

    public double Value(ReadOnlySpan<double> x)
    {
        FunctionEvaluations++;
        return Function.Evaluate(x);
    }

    public (double Value, double[] Gradient, double[,] Hessian) ValueGradientHessian(ReadOnlySpan<double> x)
    {
        DerivativeEvaluations++;
        return Derivatives.ValueGradientHessian(Function, x);
    }

    public double[] Gradient(ReadOnlySpan<double> x)
    {
        DerivativeEvaluations++;
        return Derivatives.Gradient(Function, x);
    }

    public (double Value, double DU, double DV, double DUV) Directional(ReadOnlySpan<double> x, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        DerivativeEvaluations++;
        return Derivatives.Directional(Function, x, u, v);
    }
}
