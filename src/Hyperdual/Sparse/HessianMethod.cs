namespace Hyperdual;

/// <summary>How <see cref="Derivatives.Hessian{T}(IScalarFunction, ReadOnlySpan{T}, HessianMethod)"/> computes a Hessian.</summary>
public enum HessianMethod
{
    /// <summary>
    /// Hyper-dual passes up to <see cref="Derivatives.SparseHessianAbove"/> variables; above, the pattern is traced
    /// and star-coloured, and the sparse method is used when it needs at most a quarter as many Hessian-vector
    /// products as there are variables, the hyper-dual passes otherwise.
    /// </summary>
    Auto,

    /// <summary>One hyper-dual pass per entry of the upper triangle, n(n+1)/2 passes.</summary>
    HyperDual,

    /// <summary>
    /// The pattern traced at the point, star-coloured, and one forward-over-reverse Hessian-vector product per colour
    /// (see <see cref="Derivatives.SparseHessian{T}(IScalarFunction, ReadOnlySpan{T})"/>).
    /// </summary>
    Sparse,
}
