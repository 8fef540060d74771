using System.Numerics;

namespace Hyperdual;

// Exponential, logarithmic, power and root functions of Adjoint<T>. The numbered cases at non-differentiable
// points are those documented on the HyperDual<T> function of the same name; an infinite slope is recorded as
// it is and contributes only where the adjoint is non-zero (the forward rule for a zero tangent, in reverse).
public readonly partial struct Adjoint<T>
{
    //
    // IExponentialFunctions
    //

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp(TSelf)"/>
    public static Adjoint<T> Exp(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Exp(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10(TSelf)"/>
    public static Adjoint<T> Exp10(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Exp10(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10M1(TSelf)"/>
    public static Adjoint<T> Exp10M1(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Exp10M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2(TSelf)"/>
    public static Adjoint<T> Exp2(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Exp2(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2M1(TSelf)"/>
    public static Adjoint<T> Exp2M1(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Exp2M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.ExpM1(TSelf)"/>
    public static Adjoint<T> ExpM1(Adjoint<T> x) => Apply(x, ElementaryRules<T>.ExpM1(x.Value));

    //
    // ILogarithmicFunctions
    //

    /// <summary>The natural logarithm; cases as for <see cref="HyperDual{T}.Log(HyperDual{T})"/>
    /// (x &gt; 0; x = 0 records slope ±∞; x &lt; 0 gives NaN).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x with its derivative.</returns>
    public static Adjoint<T> Log(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Log(x.Value));

    /// <summary>The logarithm of <paramref name="x"/> in base <paramref name="newBase"/>, <c>ln x / ln base</c>;
    /// cases as for <see cref="HyperDual{T}.Log(HyperDual{T}, HyperDual{T})"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <param name="newBase">The base; it may be a variable too.</param>
    /// <returns>log_base x with its derivative.</returns>
    public static Adjoint<T> Log(Adjoint<T> x, Adjoint<T> newBase)
    {
        T value = T.Log(x.Value, newBase.Value);
        if (T.IsNaN(value))
        {
            // Case 1: outside the domain.
            return Chain(x, newBase, T.NaN, T.NaN, T.NaN);
        }

        if (newBase.IsConstant)
        {
            // Case 2.
            return Apply(x, ElementaryRules<T>.Logarithm(x.Value, value, T.Log(newBase.Value))).WithValue(value);
        }

        // Case 3.
        return (Log(x) / Log(newBase)).WithValue(value);
    }

    /// <summary>The base-10 logarithm; the cases of <see cref="Log(Adjoint{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₁₀ x with its derivative.</returns>
    public static Adjoint<T> Log10(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Log10(x.Value));

    /// <summary><c>log₁₀(x + 1)</c>; the cases of <see cref="Log(Adjoint{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₁₀(1 + x) with its derivative.</returns>
    public static Adjoint<T> Log10P1(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Log10P1(x.Value));

    /// <summary>The base-2 logarithm; the cases of <see cref="Log(Adjoint{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₂ x with its derivative.</returns>
    public static Adjoint<T> Log2(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Log2(x.Value));

    /// <summary><c>log₂(x + 1)</c>; the cases of <see cref="Log(Adjoint{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₂(1 + x) with its derivative.</returns>
    public static Adjoint<T> Log2P1(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Log2P1(x.Value));

    /// <summary><c>ln(x + 1)</c>; the cases of <see cref="Log(Adjoint{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln(1 + x) with its derivative.</returns>
    public static Adjoint<T> LogP1(Adjoint<T> x) => Apply(x, ElementaryRules<T>.LogP1(x.Value));

    //
    // IPowerFunctions
    //

    /// <summary><paramref name="x"/> raised to the power <paramref name="y"/>; both may be variables.</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The exponent.</param>
    /// <returns>x^y with its partials.</returns>
    /// <remarks>
    /// The value is always <c>T.Pow(x, y)</c>. Each partial is the one-variable rule of
    /// <see cref="HyperDual{T}.Pow(HyperDual{T}, HyperDual{T})"/> for its argument, the other held fixed:
    /// <list type="number">
    /// <item>∂x: the power rule y·x^(y−1) (case 1), 0 when y = 0; ±∞ at x = 0 with y &lt; 1.</item>
    /// <item>∂y, x &gt; 0: the exponential rule x^y ln x (case 2).</item>
    /// <item>∂y, x = 0: 0 for y &gt; 0 (0^y ≡ 0 nearby); NaN for y ≤ 0 (a jump) (case 3).</item>
    /// <item>∂y, x &lt; 0: NaN, x^y is not real for nearby y (case 4).</item>
    /// </list>
    /// With both arguments variable and x &gt; 0 this is case 5. With x ≤ 0 (case 6, where the forward
    /// directional derivative is NaN in every direction that moves y) the NaN partial reaches exactly the
    /// gradient components that move y; the others keep the power rule, as in the forward gradient taken
    /// one coordinate at a time.
    /// </remarks>
    public static Adjoint<T> Pow(Adjoint<T> x, Adjoint<T> y)
    {
        T a = x.Value;
        T p = y.Value;
        T f = T.Pow(a, p);
        if (y.IsConstant)
        {
            // Case 1: constant exponent, power rule.
            return Apply(x, ElementaryRules<T>.Power(a, p, f));
        }

        // The partial in y is the one-variable rule of cases 2 to 4, x held fixed.
        T fy = ElementaryRules<T>.PowerCaseOf(a, p, baseIsConstant: true, exponentIsConstant: false) switch
        {
            PowerCase.ExponentOnPositiveBase => ElementaryRules<T>.ExponentOnConstantBase(T.Log(a), f).Slope,
            PowerCase.ZeroBase => T.Zero,
            _ => T.NaN,
        };

        T fx = x.IsConstant ? T.Zero : ElementaryRules<T>.Power(a, p, f).Slope;
        return Chain(x, y, f, fx, fy);
    }

    /// <summary>Raises a reverse-mode number to a constant power (case 1 of <see cref="Pow(Adjoint{T}, Adjoint{T})"/>).</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The constant exponent.</param>
    /// <returns>x^y with its derivative.</returns>
    public static Adjoint<T> Pow(Adjoint<T> x, T y) => Apply(x, ElementaryRules<T>.Power(x.Value, y, T.Pow(x.Value, y)));

    //
    // IRootFunctions
    //

    /// <summary>The cube root; at 0 the recorded slope is +∞ (case 2).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>∛x with its derivative.</returns>
    public static Adjoint<T> Cbrt(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Cbrt(x.Value));

    /// <summary>The Euclidean norm of (x, y), <c>√(x² + y²)</c>.</summary>
    /// <param name="x">The first coordinate.</param>
    /// <param name="y">The second coordinate.</param>
    /// <returns>hypot(x, y) with its derivative.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>(x, y) ≠ (0, 0): ∂x = x/h, ∂y = y/h.</item>
    /// <item>x = y = 0 (a cone point): no gradient exists. The forward tangent hypot(x.ε, y.ε) of
    /// <see cref="HyperDual{T}.Hypot"/> is not linear in the direction, so it cannot be recorded as partials;
    /// the result is a constant (partials 0, the least-norm subgradient of the norm at the origin).</item>
    /// </list>
    /// </remarks>
    public static Adjoint<T> Hypot(Adjoint<T> x, Adjoint<T> y)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the cone point.
            return new(h);
        }

        // Case 1.
        return Apply(x, y, ElementaryRules<T>.Hypot(x.Value, y.Value, h));
    }

    /// <summary>The n-th root; cases as for <see cref="HyperDual{T}.RootN"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <param name="n">The degree of the root.</param>
    /// <returns>The n-th root with its derivative.</returns>
    public static Adjoint<T> RootN(Adjoint<T> x, int n) => n == 1 ? x : Apply(x, ElementaryRules<T>.RootN(x.Value, n));

    /// <summary>The square root; cases as for <see cref="HyperDual{T}.Sqrt"/> (slope +∞ at 0 where the
    /// adjoint is non-zero; NaN below 0).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>√x with its derivative.</returns>
    public static Adjoint<T> Sqrt(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Sqrt(x.Value));

}
