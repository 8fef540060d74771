using System.Numerics;

namespace Hyperdual;

/// <summary>
/// Exact first and second derivatives of an <see cref="IScalarFunction"/> by forward-mode automatic
/// differentiation: dual numbers for gradients, hyper-dual numbers for Hessians and second directional
/// derivatives. No step sizes, no truncation error: results are exact up to floating-point rounding.
/// </summary>
/// <remarks>
/// <para>Cost, for a function of n variables whose evaluation costs E: <see cref="Gradient(IScalarFunction, ReadOnlySpan{double})"/>
/// n dual evaluations; <see cref="Hessian(IScalarFunction, ReadOnlySpan{double})"/> n(n+1)/2 hyper-dual
/// evaluations (one per entry of the upper triangle, mirrored, so the result is symmetric by construction);
/// <see cref="HessianVectorProduct(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double})"/> n hyper-dual
/// evaluations; <see cref="Directional(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/> one.</para>
/// <para>Two one-evaluation methods run the function on <see cref="ChainRuleNumber{T, TParts}"/>:
/// <see cref="Projected(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double[]})"/> gives Vᵀ∇f and VᵀHV for up
/// to eight directions at once, and <see cref="HessianSparsity(IScalarFunction, ReadOnlySpan{double})"/> traces the
/// Hessian's pattern, from which <see cref="SparseHessian(IScalarFunction, ReadOnlySpan{double})"/> recovers the
/// Hessian with one Hessian-vector product per colour.</para>
/// <para>For hundreds of variables or more, <see cref="ReverseDerivatives"/> is faster: a reverse gradient costs one
/// sweep, and its forward-over-reverse Hessian n sweeps (O(n²) work for a function costing O(n), against O(n³) here).</para>
/// <para>Sparse Hessians: <see cref="HessianSparsity(IScalarFunction, ReadOnlySpan{double})"/> traces the pattern at
/// the point in one evaluation, and <see cref="SparseHessian(IScalarFunction, ReadOnlySpan{double})"/> recovers the
/// Hessian from one forward-over-reverse Hessian-vector product per colour of a star colouring of that pattern
/// (3 for a tridiagonal Hessian, whatever n); <see cref="Hessian(IScalarFunction, ReadOnlySpan{double})"/> goes
/// that way by itself above <see cref="SparseHessianAbove"/> variables when the pattern is sparse.</para>
/// <para>Large Hessians are computed on several threads (each entry independently, so the result does not
/// depend on the thread count). Every method validates its arguments: an empty point, a NaN or infinite
/// coordinate, or a direction whose length differs from the point's throws an <see cref="ArgumentException"/>
/// naming the argument.</para>
/// </remarks>
public static partial class Derivatives
{
    /// <summary>Hessians whose estimated work (n³) exceeds this run on several threads.</summary>
    private const long ParallelHessianWork = 200_000;

    /// <summary>Evaluates <paramref name="f"/> at <paramref name="x"/> after validating the arguments.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <returns>f(x).</returns>
    public static double Value(IScalarFunction f, ReadOnlySpan<double> x) => Value<double>(f, x);

    /// <summary>Evaluates <paramref name="f"/> at <paramref name="x"/> after validating the arguments.</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <returns>f(x).</returns>
    public static T Value<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        return f.Evaluate(x);
    }

    /// <summary>The gradient ∇f(x), from n dual-number evaluations.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static double[] Gradient(IScalarFunction f, ReadOnlySpan<double> x) => Gradient<double>(f, x);

    /// <summary>The gradient ∇f(x), from n dual-number evaluations.</summary>
    /// <typeparam name="T">The floating-point type (<see cref="double"/>, <see cref="float"/>, …).</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static T[] Gradient<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        int n = x.Length;
        var point = new Dual<T>[n];
        for (int i = 0; i < n; i++)
        {
            point[i] = new Dual<T>(x[i], T.Zero);
        }

        var gradient = new T[n];
        for (int i = 0; i < n; i++)
        {
            point[i] = new Dual<T>(x[i], T.One);
            gradient[i] = f.Evaluate<Dual<T>>(point).Epsilon;
            point[i] = new Dual<T>(x[i], T.Zero);
        }

        return gradient;
    }

    /// <summary>
    /// The exact Hessian ∇²f(x) from n(n+1)/2 hyper-dual evaluations, one per entry of the upper triangle;
    /// the lower triangle is its mirror, so the result is symmetric by construction. Above
    /// <see cref="SparseHessianAbove"/> variables, a Hessian whose traced pattern star-colours in at most n/4 colours
    /// is computed by the sparse method instead (<see cref="HessianMethod.Auto"/>).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>A new n×n symmetric matrix.</returns>
    public static double[,] Hessian(IScalarFunction f, ReadOnlySpan<double> x) => Hessian<double>(f, x);

    /// <summary>
    /// Refuses, before anything is allocated, a dimension whose n×n Hessian of <typeparamref name="T"/>
    /// cannot fit in memory; every Hessian routine here and in <see cref="ReverseDerivatives"/> checks this.
    /// Call it before building an n-dimensional point of your own.
    /// </summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="n">The dimension.</param>
    /// <exception cref="MemoryLimitException">The matrix cannot fit.</exception>
    public static void EnsureHessianFits<T>(int n) where T : IFloatingPointIeee754<T> => DerivativeArguments.EnsureMatrixFits<T>(n, "Hessian");

    /// <summary>The exact Hessian ∇²f(x), symmetric by construction, by <see cref="HessianMethod.Auto"/> (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>A new n×n symmetric matrix.</returns>
    public static T[,] Hessian<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> =>
        Hessian(f, x, HessianMethod.Auto);

    /// <summary>
    /// The value, the gradient and the exact Hessian at <paramref name="x"/> in one sweep of n(n+1)/2
    /// hyper-dual evaluations (the gradient comes free from the diagonal passes).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="progress">Told the fraction of the n(n+1)/2 passes done (0 to 1) as rows finish; optional.</param>
    /// <returns>f(x), ∇f(x) and ∇²f(x).</returns>
    /// <exception cref="MemoryLimitException">The n×n Hessian cannot fit in memory (checked before allocating).</exception>
    public static (double Value, double[] Gradient, double[,] Hessian) ValueGradientHessian(IScalarFunction f, ReadOnlySpan<double> x, IProgress<double>? progress = null) =>
        ValueGradientHessian<double>(f, x, progress);

    /// <summary>The value, the gradient and the exact Hessian in one sweep (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="progress">Told the fraction of the passes done (0 to 1) as rows finish; optional.</param>
    /// <returns>f(x), ∇f(x) and ∇²f(x).</returns>
    /// <exception cref="MemoryLimitException">The n×n Hessian cannot fit in memory (checked before allocating).</exception>
    public static (T Value, T[] Gradient, T[,] Hessian) ValueGradientHessian<T>(IScalarFunction f, ReadOnlySpan<T> x, IProgress<double>? progress = null)
        where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        DerivativeArguments.EnsureMatrixFits<T>(x.Length, "Hessian");
        var gradient = new T[x.Length];
        var hessian = new T[x.Length, x.Length];
        T value = FillHessian(f, x.ToArray(), hessian, gradient, progress);
        return (value, gradient, hessian);
    }

    /// <summary>The Hessian-vector product ∇²f(x)·v from n hyper-dual evaluations (no n×n matrix is formed).</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="v">The vector (same length as <paramref name="x"/>, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static double[] HessianVectorProduct(IScalarFunction f, ReadOnlySpan<double> x, ReadOnlySpan<double> v) =>
        HessianVectorProduct<double>(f, x, v);

    /// <summary>The Hessian-vector product ∇²f(x)·v from n hyper-dual evaluations.</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="v">The vector (same length as <paramref name="x"/>, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static T[] HessianVectorProduct<T>(IScalarFunction f, ReadOnlySpan<T> x, ReadOnlySpan<T> v)
        where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        DerivativeArguments.ValidateDirection(x, v, nameof(v));
        int n = x.Length;
        var point = new HyperDual<T>[n];
        for (int k = 0; k < n; k++)
        {
            point[k] = new HyperDual<T>(x[k], T.Zero, v[k], T.Zero);
        }

        var product = new T[n];
        for (int i = 0; i < n; i++)
        {
            // ε₁ seeds eᵢ, ε₂ seeds v: the ε₁ε₂ part is eᵢᵀ ∇²f v = (∇²f v)ᵢ.
            point[i] = new HyperDual<T>(x[i], T.One, v[i], T.Zero);
            product[i] = f.Evaluate<HyperDual<T>>(point).Epsilon12;
            point[i] = new HyperDual<T>(x[i], T.Zero, v[i], T.Zero);
        }

        return product;
    }

    /// <summary>
    /// One hyper-dual evaluation of f(x + uε₁ + vε₂): the value f(x), the directional derivatives ∇f·u and
    /// ∇f·v, and the second directional derivative uᵀ∇²f v.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="u">The first direction (same length as <paramref name="x"/>, finite).</param>
    /// <param name="v">The second direction (same length as <paramref name="x"/>, finite).</param>
    /// <returns>f(x), ∇f·u, ∇f·v and uᵀ∇²f v.</returns>
    public static (double Value, double DU, double DV, double DUV) Directional(
        IScalarFunction f, ReadOnlySpan<double> x, ReadOnlySpan<double> u, ReadOnlySpan<double> v) =>
        Directional<double>(f, x, u, v);

    /// <summary>One hyper-dual evaluation of f(x + uε₁ + vε₂) (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="u">The first direction.</param>
    /// <param name="v">The second direction.</param>
    /// <returns>f(x), ∇f·u, ∇f·v and uᵀ∇²f v.</returns>
    public static (T Value, T DU, T DV, T DUV) Directional<T>(
        IScalarFunction f, ReadOnlySpan<T> x, ReadOnlySpan<T> u, ReadOnlySpan<T> v)
        where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        DerivativeArguments.ValidateDirection(x, u, nameof(u));
        DerivativeArguments.ValidateDirection(x, v, nameof(v));
        var point = new HyperDual<T>[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            point[k] = new HyperDual<T>(x[k], u[k], v[k], T.Zero);
        }

        HyperDual<T> result = f.Evaluate<HyperDual<T>>(point);
        return (result.Value, result.Epsilon1, result.Epsilon2, result.Epsilon12);
    }

    /// <summary>
    /// Fills the upper triangle of <paramref name="hessian"/> with one hyper-dual pass per entry and mirrors it;
    /// when <paramref name="gradient"/> is given, fills it from the ε₁ parts of the diagonal passes.
    /// </summary>
    private static T FillHessian<T>(IScalarFunction f, T[] x, T[,] hessian, T[]? gradient, IProgress<double>? progress)
        where T : IFloatingPointIeee754<T>
    {
        int n = x.Length;
        T value = T.Zero;
        double totalPasses = n * (n + 1.0) / 2.0;
        long passesDone = 0;

        void Row(int i, HyperDual<T>[] point)
        {
            for (int j = i; j < n; j++)
            {
                // ε₁ seeds eᵢ, ε₂ seeds eⱼ: the ε₁ε₂ part is ∂²f/∂xᵢ∂xⱼ. When i = j both seeds sit on one coordinate.
                point[i] = new HyperDual<T>(x[i], T.One, i == j ? T.One : T.Zero, T.Zero);
                if (j != i)
                {
                    point[j] = new HyperDual<T>(x[j], T.Zero, T.One, T.Zero);
                }

                HyperDual<T> result = f.Evaluate<HyperDual<T>>(point);
                hessian[i, j] = result.Epsilon12;
                hessian[j, i] = result.Epsilon12;
                if (j == i)
                {
                    if (gradient is not null)
                    {
                        gradient[i] = result.Epsilon1;
                    }

                    if (i == 0)
                    {
                        value = result.Value;
                    }
                }

                point[j] = new HyperDual<T>(x[j], T.Zero, T.Zero, T.Zero);
                point[i] = new HyperDual<T>(x[i], T.Zero, T.Zero, T.Zero);
            }

            if (progress is not null)
            {
                progress.Report(Interlocked.Add(ref passesDone, n - i) / totalPasses);
            }
        }

        HyperDual<T>[] NewPoint()
        {
            var point = new HyperDual<T>[n];
            for (int k = 0; k < n; k++)
            {
                point[k] = new HyperDual<T>(x[k], T.Zero, T.Zero, T.Zero);
            }

            return point;
        }

        if ((long)n * n * n <= ParallelHessianWork || Environment.ProcessorCount == 1)
        {
            HyperDual<T>[] point = NewPoint();
            for (int i = 0; i < n; i++)
            {
                Row(i, point);
            }
        }
        else
        {
            // Rows have unequal lengths (n − i); Parallel.For hands them out dynamically, which balances them.
            Parallel.For(0, n, NewPoint, (i, _, point) =>
            {
                Row(i, point);
                return point;
            }, _ => { });
        }

        return value;
    }
}
