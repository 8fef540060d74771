namespace Hyperdual.Minimization;

/// <summary>
/// Minimisers of an <see cref="IScalarFunction"/> in double precision with exact derivatives (no step sizes):
/// hyper-dual numbers for the dense Newton method and the forward-mode methods, reverse mode and
/// forward-over-reverse Hessian-vector products for the matrix-free Newton method.
/// </summary>
/// <example>
/// <code>
/// MinimizationResult r = Minimizer.NewtonTrustRegion(new MyFunction(), [-1.2, 1.0]);
/// Console.WriteLine($"{r.Value} after {r.Iterations} iterations ({r.Reason})");
/// </code>
/// </example>
public static class Minimizer
{
    /// <summary>
    /// Newton's method with a trust region on the exact Hessian; the subproblem is solved exactly
    /// (<see cref="TrustRegion.TrustRegionSubproblem"/>, hard case included).
    /// </summary>
    /// <param name="function">The function to minimise.</param>
    /// <param name="start">The starting point; finite, non-empty.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The result with the minimiser, value, gradient norm, counts and stop reason.</returns>
    /// <exception cref="ArgumentException">An empty or non-finite start, or an invalid option.</exception>
    public static MinimizationResult NewtonTrustRegion(IScalarFunction function, ReadOnlySpan<double> start, NewtonTrustRegionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        options ??= new NewtonTrustRegionOptions();
        options.Validate();
        return NewtonTrustRegionMethod.Run(function, start, options, Newton.DenseNewtonModel.At);
    }

    /// <summary>
    /// Matrix-free Newton with a trust region: the Steihaug–Toint truncated conjugate gradient
    /// (<see cref="TrustRegion.TruncatedConjugateGradient"/>) on exact Hessian-vector products by forward-over-reverse,
    /// gradients by reverse mode. No n×n matrix is formed: memory O(n), each CG iteration one product costing a small
    /// multiple of one evaluation of f. For functions that cannot run on <see cref="Adjoint{T}"/> (delegates from
    /// <see cref="ScalarFunction.Create{TScalar}"/>) gradients and products fall back to hyper-dual passes (n each).
    /// </summary>
    /// <param name="function">The function to minimise.</param>
    /// <param name="start">The starting point; finite, non-empty.</param>
    /// <param name="options">Settings (the same as <see cref="NewtonTrustRegion"/>'s); <see langword="null"/> for the defaults.</param>
    /// <returns>The result; <see cref="MinimizationResult.HessianVectorProducts"/> counts the products.</returns>
    /// <exception cref="ArgumentException">An empty or non-finite start, or an invalid option.</exception>
    /// <remarks>Unlike <see cref="NewtonTrustRegion"/> it sees negative curvature only along its CG directions, so it stops
    /// at any point where the gradient vanishes, saddle points included.</remarks>
    public static MinimizationResult NewtonConjugateGradient(IScalarFunction function, ReadOnlySpan<double> start, NewtonTrustRegionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        options ??= new NewtonTrustRegionOptions();
        options.Validate();
        return NewtonTrustRegionMethod.Run(function, start, options, Newton.MatrixFreeNewtonModel.At);
    }

    /// <summary>
    /// FoMoH-KD: the hyperplane search in K = <see cref="ForwardModeOptions.Directions"/> random directions per
    /// step, with the positive-definite repair of the K×K curvature (on by default).
    /// </summary>
    /// <param name="function">The function to minimise.</param>
    /// <param name="start">The starting point; finite, non-empty.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults (K = 2, η = 1, 1000 steps, seed 0).</param>
    /// <returns>The result; <see cref="MinimizationResult.GradientNorm"/> is evaluated once at the end.</returns>
    /// <exception cref="ArgumentException">An empty or non-finite start, or an invalid option.</exception>
    public static MinimizationResult FomohKd(IScalarFunction function, ReadOnlySpan<double> start, ForwardModeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        options ??= new ForwardModeOptions();
        options.Validate(usesDirections: true);
        return ForwardModeMethod.Run(function, start, options, ForwardModeMethod.Kind.FomohKd);
    }

    /// <summary>FoMoH: one random direction per step, Newton step length along it, <c>x ← x − η (∇f·v)/(|vᵀ∇²f v| + ε) v</c>.</summary>
    /// <param name="function">The function to minimise.</param>
    /// <param name="start">The starting point; finite, non-empty.</param>
    /// <param name="options">Settings (<see cref="ForwardModeOptions.Directions"/> is ignored).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An empty or non-finite start, or an invalid option.</exception>
    public static MinimizationResult Fomoh(IScalarFunction function, ReadOnlySpan<double> start, ForwardModeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        options ??= new ForwardModeOptions();
        options.Validate(usesDirections: false);
        return ForwardModeMethod.Run(function, start, options, ForwardModeMethod.Kind.Fomoh);
    }

    /// <summary>Forward gradient descent: <c>x ← x − η (∇f·v) v</c> with one random direction per step.</summary>
    /// <param name="function">The function to minimise.</param>
    /// <param name="start">The starting point; finite, non-empty.</param>
    /// <param name="options">Settings (<see cref="ForwardModeOptions.Directions"/> is ignored; choose a small learning rate).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An empty or non-finite start, or an invalid option.</exception>
    public static MinimizationResult ForwardGradientDescent(IScalarFunction function, ReadOnlySpan<double> start, ForwardModeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        options ??= new ForwardModeOptions();
        options.Validate(usesDirections: false);
        return ForwardModeMethod.Run(function, start, options, ForwardModeMethod.Kind.ForwardGradient);
    }
}
