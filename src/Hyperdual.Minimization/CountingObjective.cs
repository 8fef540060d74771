namespace Hyperdual.Minimization;

/// <summary>
/// An <see cref="IScalarFunction"/> with its exact derivatives from <see cref="Derivatives"/> and
/// <see cref="ReverseDerivatives"/>, counting plain-value, derivative and Hessian-vector-product evaluations for the result.
/// </summary>
/// <remarks>
/// Gradients and Hessian-vector products for the matrix-free methods come from reverse mode (one recorded
/// evaluation each, forward-over-reverse for the products). A function that cannot be evaluated on
/// <see cref="Adjoint{T}"/> (a <see cref="ScalarFunction.Create{TScalar}"/> delegate throws
/// <see cref="NotSupportedException"/>) falls back, on the first such call, to hyper-dual directional passes:
/// n dual passes per gradient and n hyper-dual passes per product.
/// </remarks>
internal sealed class CountingObjective(IScalarFunction function)
{
    /// <summary>Whether reverse mode has failed on this function (so forward mode is used from then on).</summary>
    private bool _forwardOnly;

    /// <summary>Whether K-direction jets have failed on this function (so pairwise hyper-dual passes are used from then on).</summary>
    private bool _pairwiseOnly;

    public IScalarFunction Function { get; } = function;

    public int FunctionEvaluations { get; private set; }

    public int DerivativeEvaluations { get; private set; }

    public int HessianVectorProducts { get; private set; }

    public int TotalEvaluations => FunctionEvaluations + DerivativeEvaluations;

    public double Value(ReadOnlySpan<double> x)
    {
        FunctionEvaluations++;
        return Function.Evaluate(x);
    }

    /// <summary>
    /// f(x), ∇f(x) and ∇²f(x): up to <see cref="Derivatives.SparseHessianAbove"/> variables from the hyper-dual passes
    /// (which give all three); above, the value and gradient by reverse mode and the Hessian by
    /// <see cref="Derivatives.Hessian(IScalarFunction, ReadOnlySpan{double})"/>, which recovers a sparse one from a
    /// few Hessian-vector products.
    /// </summary>
    public (double Value, double[] Gradient, double[,] Hessian) ValueGradientHessian(ReadOnlySpan<double> x)
    {
        DerivativeEvaluations++;
        if (x.Length > Derivatives.SparseHessianAbove && !_forwardOnly)
        {
            try
            {
                (double value, double[] gradient) = ReverseDerivatives.ValueAndGradient(Function, x);
                return (value, gradient, Derivatives.Hessian(Function, x));
            }
            catch (NotSupportedException)
            {
                _forwardOnly = true;
            }
        }

        return Derivatives.ValueGradientHessian(Function, x);
    }

    public double[] Gradient(ReadOnlySpan<double> x)
    {
        DerivativeEvaluations++;
        return Derivatives.Gradient(Function, x);
    }

    /// <summary>f(x) and ∇f(x) by reverse mode (one derivative evaluation), or by dual passes where reverse mode does not apply.</summary>
    public (double Value, double[] Gradient) ValueAndGradient(ReadOnlySpan<double> x)
    {
        DerivativeEvaluations++;
        if (!_forwardOnly)
        {
            try
            {
                return ReverseDerivatives.ValueAndGradient(Function, x);
            }
            catch (NotSupportedException)
            {
                _forwardOnly = true;
            }
        }

        return (Function.Evaluate(x), Derivatives.Gradient(Function, x));
    }

    /// <summary>∇²f(x)·v by forward-over-reverse, or by hyper-dual passes where reverse mode does not apply.</summary>
    public double[] HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v)
    {
        HessianVectorProducts++;
        if (!_forwardOnly)
        {
            try
            {
                return ReverseDerivatives.HessianVectorProduct(Function, x, v);
            }
            catch (NotSupportedException)
            {
                _forwardOnly = true;
            }
        }

        return Derivatives.HessianVectorProduct(Function, x, v);
    }

    public (double Value, double DU, double DV, double DUV) Directional(ReadOnlySpan<double> x, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        DerivativeEvaluations++;
        return Derivatives.Directional(Function, x, u, v);
    }

    /// <summary>
    /// f(x), Vᵀ∇f and VᵀHV from one evaluation on K-direction jets (one derivative evaluation), when the jets carry
    /// K directions and the function evaluates on them; false otherwise (a <see cref="ScalarFunction.Create{TScalar}"/>
    /// delegate evaluates on hyper-dual numbers only, and after the first refusal jets are not tried again), so that the
    /// caller uses one hyper-dual pass per pair of directions instead.
    /// </summary>
    public bool TryProjected(ReadOnlySpan<double> x, ReadOnlySpan<double[]> directions, out (double Value, double[] Gradient, double[,] Hessian) model)
    {
        if (!_pairwiseOnly && directions.Length <= DirectionalJetParts<double>.MaxDirections)
        {
            try
            {
                model = Derivatives.Projected(Function, x, directions);
                DerivativeEvaluations++;
                return true;
            }
            catch (NotSupportedException)
            {
                _pairwiseOnly = true;
            }
        }

        model = default;
        return false;
    }
}
