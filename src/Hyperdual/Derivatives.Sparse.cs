using System.Numerics;

namespace Hyperdual;

/// <summary>Sparse Hessians: the pattern traced at the point, a star colouring, one Hessian-vector product per colour.</summary>
public static partial class Derivatives
{
    /// <summary><see cref="HessianMethod.Auto"/> uses hyper-dual passes up to this many variables.</summary>
    public const int SparseHessianAbove = 64;

    /// <summary>
    /// Refuses, before anything is allocated, a dimension whose sparse Hessian cannot fit in memory: a lower bound
    /// that counts the traced inputs and the n-vectors of the products (not the pattern, which depends on f).
    /// </summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="n">The dimension.</param>
    /// <exception cref="MemoryLimitException">The vectors cannot fit.</exception>
    public static void EnsureSparseHessianFits<T>(int n) where T : IFloatingPointIeee754<T> =>
        MemoryBudget.Ensure((double)n * ((16 * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()) + 64), $"the sparse Hessian's vectors for n = {n}");

    /// <summary>The exact Hessian ∇²f(x), computed as <paramref name="method"/> says.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="method">The method; <see cref="HessianMethod.Auto"/> chooses by size and pattern.</param>
    /// <returns>A new n×n symmetric matrix.</returns>
    /// <exception cref="MemoryLimitException">The n×n Hessian cannot fit in memory (checked before allocating).</exception>
    public static double[,] Hessian(IScalarFunction f, ReadOnlySpan<double> x, HessianMethod method) => Hessian<double>(f, x, method);

    /// <summary>The exact Hessian ∇²f(x), computed as <paramref name="method"/> says (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="method">The method; <see cref="HessianMethod.Auto"/> chooses by size and pattern.</param>
    /// <returns>A new n×n symmetric matrix.</returns>
    /// <exception cref="MemoryLimitException">The n×n Hessian cannot fit in memory (checked before allocating).</exception>
    public static T[,] Hessian<T>(IScalarFunction f, ReadOnlySpan<T> x, HessianMethod method) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        DerivativeArguments.EnsureMatrixFits<T>(x.Length, "Hessian");
        if (method == HessianMethod.Sparse)
        {
            return SparseHessian(f, x).ToDense();
        }

        if (method == HessianMethod.Auto && x.Length > SparseHessianAbove && TryHessianSparsity(f, x) is { } pattern)
        {
            int[] colours = StarColouring.Colour(pattern);
            int colourCount = StarColouring.ColourCount(colours);
            if (colourCount <= x.Length / 4)
            {
                return SparseHessianCore(f, x, pattern, colours, colourCount).ToDense();
            }
        }
        else if (method != HessianMethod.HyperDual && method != HessianMethod.Auto)
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown Hessian method.");
        }

        var hessian = new T[x.Length, x.Length];
        FillHessian(f, x.ToArray(), hessian, gradient: null, progress: null);
        return hessian;
    }

    /// <summary>
    /// The exact Hessian ∇²f(x) in compressed sparse row form: the pattern traced at x
    /// (<see cref="HessianSparsity(IScalarFunction, ReadOnlySpan{double})"/>), a star colouring of it, and one
    /// forward-over-reverse Hessian-vector product per colour, from which every entry is read off.
    /// </summary>
    /// <remarks>Cost: one traced evaluation, the colouring, and p Hessian-vector products (p the number of colours,
    /// <see cref="SparseHessian{T}.ColourCount"/>) each a small multiple of one evaluation of f. For a chained
    /// function (tridiagonal Hessian) p ≤ 3 whatever n, so the cost is O(n) against O(n²) hyper-dual passes.</remarks>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>The sparse Hessian.</returns>
    public static SparseHessian<double> SparseHessian(IScalarFunction f, ReadOnlySpan<double> x) => SparseHessian<double>(f, x);

    /// <summary>The exact Hessian in compressed sparse row form (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>The sparse Hessian.</returns>
    public static SparseHessian<T> SparseHessian<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        return SparseHessian(f, x, HessianSparsity(f, x));
    }

    /// <summary>
    /// The exact Hessian ∇²f(x) on a pattern the caller knows (it must hold every non-zero of the Hessian at x, or the
    /// entries read off are wrong): a star colouring of it and one Hessian-vector product per colour.
    /// </summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="pattern">The pattern, of dimension n.</param>
    /// <returns>The sparse Hessian on <paramref name="pattern"/>.</returns>
    public static SparseHessian<T> SparseHessian<T>(IScalarFunction f, ReadOnlySpan<T> x, SparsityPattern pattern) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Dimension != x.Length)
        {
            throw new ArgumentException($"The pattern has dimension {pattern.Dimension} but the point has {x.Length} coordinates.", nameof(pattern));
        }

        int[] colours = StarColouring.Colour(pattern);
        return SparseHessianCore(f, x, pattern, colours, StarColouring.ColourCount(colours));
    }

    /// <summary>
    /// The non-zero pattern of the Hessian ∇²f(x) at x, from one evaluation of f on numbers that carry
    /// <see cref="HessianPatternParts{T}"/> beside their values (a sparsity tracer): the pairs (i, j) through which
    /// the evaluation can depend on xᵢ and xⱼ to second order.
    /// </summary>
    /// <remarks>
    /// The pattern is the one AT x: the tracer tests each elementary function's partial derivatives at x's values,
    /// so an entry whose every second-order contribution has an exactly-zero factor at x is left out (a product
    /// x₁x₂ with x₃ = 0 adds no (1, 3) pair through x₁x₂x₃), and the function's own branches are taken as at x. It
    /// holds every non-zero of the Hessian at x, which is what recovering the Hessian there needs, but may differ
    /// elsewhere. Every diagonal entry is included.
    /// </remarks>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>The symmetric pattern, diagonal included.</returns>
    public static SparsityPattern HessianSparsity(IScalarFunction f, ReadOnlySpan<double> x) => HessianSparsity<double>(f, x);

    /// <summary>The non-zero pattern of the Hessian at x (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>The symmetric pattern, diagonal included.</returns>
    public static SparsityPattern HessianSparsity<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        int n = x.Length;
        var point = new ChainRuleNumber<T, HessianPatternParts<T>>[n];
        for (int i = 0; i < n; i++)
        {
            point[i] = new ChainRuleNumber<T, HessianPatternParts<T>>(x[i], HessianPatternParts<T>.Variable(i));
        }

        return f.Evaluate<ChainRuleNumber<T, HessianPatternParts<T>>>(point).Parts.Pattern(n);
    }

    /// <summary>
    /// The traced pattern, or null for a function written for hyper-dual numbers alone
    /// (<see cref="ScalarFunction.Create{TScalar}"/>), for which <see cref="HessianMethod.Auto"/> keeps the
    /// hyper-dual passes.
    /// </summary>
    private static SparsityPattern? TryHessianSparsity<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        try
        {
            return HessianSparsity(f, x);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static SparseHessian<T> SparseHessianCore<T>(IScalarFunction f, ReadOnlySpan<T> x, SparsityPattern pattern, int[] colours, int colourCount)
        where T : IFloatingPointIeee754<T>
    {
        int n = x.Length;
        MemoryBudget.Ensure((double)n * colourCount * System.Runtime.CompilerServices.Unsafe.SizeOf<T>(), $"the {n}×{colourCount} compressed Hessian");
        var products = new T[n * colourCount];
        var seed = new T[n];
        for (int c = 0; c < colourCount; c++)
        {
            for (int i = 0; i < n; i++)
            {
                seed[i] = colours[i] == c ? T.One : T.Zero;
            }

            // Column c of H·S: the sum of the Hessian's columns of colour c.
            T[] column = ReverseDerivatives.HessianVectorProduct(f, x, seed);
            for (int i = 0; i < n; i++)
            {
                products[(i * colourCount) + c] = column[i];
            }
        }

        return new SparseHessian<T>(pattern, SparseHessianRecovery.Recover<T>(pattern, colours, colourCount, products), colourCount);
    }
}
