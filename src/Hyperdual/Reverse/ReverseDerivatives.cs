using System.Numerics;

namespace Hyperdual;

/// <summary>
/// Exact gradients and Hessian-vector products of an <see cref="IScalarFunction"/> by reverse-mode automatic
/// differentiation on <see cref="Adjoint{T}"/>: the same function code as <see cref="Derivatives"/> (forward
/// mode), so the two modes check each other.
/// </summary>
/// <remarks>
/// <para>Cost, for a function of n variables whose evaluation costs E: <see cref="Gradient(IScalarFunction, ReadOnlySpan{double})"/>
/// one recorded evaluation plus one reverse sweep, O(E) independent of n (forward mode needs n evaluations);
/// <see cref="HessianVectorProduct(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double})"/> the same on
/// <c>Adjoint&lt;Dual&lt;T&gt;&gt;</c> (forward-over-reverse: the inputs carry the direction v in their ε
/// parts, and the ε parts of the gradient are ∇²f·v).</para>
/// <para>Each call records on a tape of its own thread (a cached tape is reused, so memory stops growing after
/// the first call and keeps the size of the largest evaluation on that thread; a nested call gets a fresh one); the overloads that take a <see cref="GradientTape{T}"/>
/// record on the caller's tape instead. Arguments are validated as by <see cref="Derivatives"/>: an empty
/// point, a NaN or infinite coordinate, or a direction whose length differs from the point's throws an
/// <see cref="ArgumentException"/> naming the argument.</para>
/// </remarks>
public static class ReverseDerivatives
{
    /// <summary>The gradient ∇f(x) from one recorded evaluation and one reverse sweep.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static double[] Gradient(IScalarFunction f, ReadOnlySpan<double> x) => Gradient<double>(f, x);

    /// <summary>The gradient ∇f(x) from one recorded evaluation and one reverse sweep.</summary>
    /// <typeparam name="T">The floating-point type (<see cref="double"/>, <see cref="float"/>, …).</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static T[] Gradient<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        return ValueAndGradientCore(f, x, GradientTape<T>.ForCurrentThread()).Gradient;
    }

    /// <summary>The gradient ∇f(x), recorded on <paramref name="tape"/> (which is emptied first).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="tape">The tape to record on; it must not be recording.</param>
    /// <returns>A new array of length n.</returns>
    public static T[] Gradient<T>(IScalarFunction f, ReadOnlySpan<T> x, GradientTape<T> tape) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        ValidateTape(tape);
        return ValueAndGradientCore(f, x, tape).Gradient;
    }

    /// <summary>The value f(x) and the gradient ∇f(x) from one recorded evaluation and one reverse sweep.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>f(x) and a new array holding ∇f(x).</returns>
    public static (double Value, double[] Gradient) ValueAndGradient(IScalarFunction f, ReadOnlySpan<double> x) =>
        ValueAndGradient<double>(f, x);

    /// <summary>The value f(x) and the gradient ∇f(x) from one recorded evaluation and one reverse sweep.</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <returns>f(x) and a new array holding ∇f(x).</returns>
    public static (T Value, T[] Gradient) ValueAndGradient<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        return ValueAndGradientCore(f, x, GradientTape<T>.ForCurrentThread());
    }

    /// <summary>The Hessian-vector product ∇²f(x)·v by forward-over-reverse: one recorded evaluation on
    /// <c>Adjoint&lt;Dual&lt;double&gt;&gt;</c> and one reverse sweep (no n×n matrix is formed).</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="v">The vector (same length as <paramref name="x"/>, finite).</param>
    /// <returns>A new array of length n.</returns>
    public static double[] HessianVectorProduct(IScalarFunction f, ReadOnlySpan<double> x, ReadOnlySpan<double> v) =>
        HessianVectorProduct<double>(f, x, v);

    /// <summary>The Hessian-vector product ∇²f(x)·v by forward-over-reverse.</summary>
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
        return HessianVectorProductCore(f, x, v, GradientTape<Dual<T>>.ForCurrentThread());
    }

    /// <summary>The Hessian-vector product ∇²f(x)·v by forward-over-reverse, recorded on <paramref name="tape"/>.</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="v">The vector (same length as <paramref name="x"/>, finite).</param>
    /// <param name="tape">The tape to record on; it must not be recording.</param>
    /// <returns>A new array of length n.</returns>
    public static T[] HessianVectorProduct<T>(IScalarFunction f, ReadOnlySpan<T> x, ReadOnlySpan<T> v, GradientTape<Dual<T>> tape)
        where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        DerivativeArguments.ValidateDirection(x, v, nameof(v));
        ValidateTape(tape);
        return HessianVectorProductCore(f, x, v, tape);
    }

    /// <summary>
    /// The exact Hessian ∇²f(x) by forward-over-reverse: one Hessian-vector product per unit vector, n
    /// evaluations in all, each costing a small multiple of one evaluation of f — O(n²) work for a function
    /// whose evaluation costs O(n), against the O(n³) of <see cref="Derivatives.Hessian(IScalarFunction, ReadOnlySpan{double})"/>'s
    /// n(n+1)/2 hyper-dual passes. Column j is ∇²f·eⱼ; the result is the symmetric part (H + Hᵀ)/2, so it is
    /// symmetric by construction (the two triangles of an exact Hessian agree up to rounding).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="progress">Told the fraction of the n columns done (0 to 1); optional.</param>
    /// <returns>A new n×n symmetric matrix.</returns>
    /// <exception cref="MemoryLimitException">The n×n Hessian cannot fit in memory (checked before allocating).</exception>
    public static double[,] Hessian(IScalarFunction f, ReadOnlySpan<double> x, IProgress<double>? progress = null) => Hessian<double>(f, x, progress);

    /// <summary>The exact Hessian by forward-over-reverse (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="progress">Told the fraction of the n columns done (0 to 1); optional.</param>
    /// <returns>A new n×n symmetric matrix.</returns>
    /// <exception cref="MemoryLimitException">The n×n Hessian cannot fit in memory (checked before allocating).</exception>
    public static T[,] Hessian<T>(IScalarFunction f, ReadOnlySpan<T> x, IProgress<double>? progress = null) where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        DerivativeArguments.EnsureMatrixFits<T>(x.Length, "Hessian");
        int n = x.Length;
        var hessian = new T[n, n];
        var unit = new T[n];
        GradientTape<Dual<T>> tape = GradientTape<Dual<T>>.ForCurrentThread();
        T half = T.One / (T.One + T.One);
        for (int j = 0; j < n; j++)
        {
            unit[j] = T.One;
            T[] column = HessianVectorProductCore(f, x, unit, tape);
            unit[j] = T.Zero;
            for (int i = 0; i < n; i++)
            {
                if (i < j)
                {
                    // Entry (i, j) from column j and entry (j, i) from column i (computed earlier): average them.
                    T symmetric = half * (hessian[i, j] + column[i]);
                    hessian[i, j] = symmetric;
                    hessian[j, i] = symmetric;
                }
                else
                {
                    hessian[i, j] = column[i];
                    if (i > j)
                    {
                        // Hold (i, j) in the upper slot until column i arrives to be averaged with it.
                        hessian[j, i] = column[i];
                    }
                }
            }

            progress?.Report((j + 1.0) / n);
        }

        return hessian;
    }

    private static (T Value, T[] Gradient) ValueAndGradientCore<T>(IScalarFunction f, ReadOnlySpan<T> x, GradientTape<T> tape)
        where T : IFloatingPointIeee754<T>
    {
        var point = new Adjoint<T>[x.Length];
        using (tape.Record())
        {
            for (int i = 0; i < x.Length; i++)
            {
                point[i] = tape.Variable(x[i]);
            }

            Adjoint<T> output = f.Evaluate<Adjoint<T>>(point);
            return (output.Value, tape.Gradient(output, point));
        }
    }

    private static T[] HessianVectorProductCore<T>(IScalarFunction f, ReadOnlySpan<T> x, ReadOnlySpan<T> v, GradientTape<Dual<T>> tape)
        where T : IFloatingPointIeee754<T>
    {
        int n = x.Length;
        var point = new Adjoint<Dual<T>>[n];
        var gradient = new Dual<T>[n];
        using (tape.Record())
        {
            for (int i = 0; i < n; i++)
            {
                // The ε part of every input is vᵢ, so every value and every partial carries its derivative along v.
                point[i] = tape.Variable(new Dual<T>(x[i], v[i]));
            }

            Adjoint<Dual<T>> output = f.Evaluate<Adjoint<Dual<T>>>(point);
            tape.Gradient(output, point, gradient);
        }

        // gradient[i] = ∂f/∂xᵢ + (d/dt ∂f/∂xᵢ(x + tv))ε = (∇f)ᵢ + (∇²f·v)ᵢ ε.
        var product = new T[n];
        for (int i = 0; i < n; i++)
        {
            product[i] = gradient[i].Epsilon;
        }

        return product;
    }

    private static void ValidateTape<T>(GradientTape<T> tape) where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(tape);
        if (tape.IsRecording)
        {
            throw new ArgumentException("The tape is already recording another evaluation.", nameof(tape));
        }
    }
}
