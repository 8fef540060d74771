using System.Numerics;

namespace Hyperdual;

// Exponential, logarithmic, power and root functions of HyperDual<T>.
public readonly partial struct HyperDual<T>
{
    //
    // IExponentialFunctions
    //

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp(TSelf)"/>
    public static HyperDual<T> Exp(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Exp(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10(TSelf)"/>
    public static HyperDual<T> Exp10(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Exp10(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10M1(TSelf)"/>
    public static HyperDual<T> Exp10M1(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Exp10M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2(TSelf)"/>
    public static HyperDual<T> Exp2(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Exp2(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2M1(TSelf)"/>
    public static HyperDual<T> Exp2M1(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Exp2M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.ExpM1(TSelf)"/>
    public static HyperDual<T> ExpM1(HyperDual<T> x) => Apply(x, ElementaryRules<T>.ExpM1(x.Value));

    //
    // ILogarithmicFunctions
    //

    /// <summary>The natural logarithm.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>x &gt; 0: the rule <see cref="ElementaryRules{T}.Log"/>.</item>
    /// <item>x = 0: value −∞, slope ±∞ (sign of the zero), curvature −∞, applied where the tangent is non-zero.</item>
    /// <item>x &lt; 0 or NaN: every part NaN.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Log(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Log(x.Value));

    /// <summary>The logarithm of <paramref name="x"/> in base <paramref name="newBase"/>, <c>ln x / ln base</c>.</summary>
    /// <param name="x">The argument.</param>
    /// <param name="newBase">The base; it may carry perturbations too.</param>
    /// <returns>log_base x with its derivatives.</returns>
    /// <remarks>
    /// The value is <c>T.Log(x, base)</c>.
    /// <list type="number">
    /// <item>The value is NaN (x &lt; 0, base ≤ 0, base = 1): NaN throughout.</item>
    /// <item>Constant base: the rule of <see cref="Log(HyperDual{T})"/> scaled by 1/ln base, with its cases.</item>
    /// <item>Varying base: the parts of <c>Log(x) / Log(base)</c>.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Log(HyperDual<T> x, HyperDual<T> newBase)
    {
        T value = T.Log(x.Value, newBase.Value);
        if (T.IsNaN(value))
        {
            // Case 1: outside the domain.
            return new(T.NaN, T.NaN, T.NaN, T.NaN);
        }

        if (newBase.IsConstant)
        {
            // Case 2.
            T lnBase = T.Log(newBase.Value);
            return WithValue(Apply(x, ElementaryRules<T>.Logarithm(x.Value, value, lnBase)), value);
        }

        // Case 3.
        return WithValue(Log(x) / Log(newBase), value);
    }

    /// <summary>The base-10 logarithm; the cases of <see cref="Log(HyperDual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₁₀ x with its derivatives.</returns>
    public static HyperDual<T> Log10(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Log10(x.Value));

    /// <summary><c>log₁₀(x + 1)</c>; the cases of <see cref="Log(HyperDual{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₁₀(1 + x) with its derivatives.</returns>
    public static HyperDual<T> Log10P1(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Log10P1(x.Value));

    /// <summary>The base-2 logarithm; the cases of <see cref="Log(HyperDual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₂ x with its derivatives.</returns>
    public static HyperDual<T> Log2(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Log2(x.Value));

    /// <summary><c>log₂(x + 1)</c>; the cases of <see cref="Log(HyperDual{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₂(1 + x) with its derivatives.</returns>
    public static HyperDual<T> Log2P1(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Log2P1(x.Value));

    /// <summary><c>ln(x + 1)</c>; the cases of <see cref="Log(HyperDual{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln(1 + x) with its derivatives.</returns>
    public static HyperDual<T> LogP1(HyperDual<T> x) => Apply(x, ElementaryRules<T>.LogP1(x.Value));

    //
    // IPowerFunctions
    //

    /// <summary><paramref name="x"/> raised to the power <paramref name="y"/>; both may carry perturbations.</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The exponent.</param>
    /// <returns>x^y with its derivatives.</returns>
    /// <remarks>
    /// The value is always <c>T.Pow(x, y)</c>.
    /// <list type="number">
    /// <item>y is a constant (no perturbation): the power rule f' = y·x^(y−1), f'' = y(y−1)·x^(y−2), with
    /// f' = 0 when y = 0 and f'' = 0 when y is 0 or 1. Valid for any x where x^y is real (x &lt; 0 needs
    /// an integer y); at x = 0 with y &lt; 2 the slopes are the one-sided limits (±∞), applied only where
    /// the tangent is non-zero.</item>
    /// <item>x is a constant, y varies, x &gt; 0: the exponential rule ∂/∂y = x^y ln x, ∂²/∂y² = x^y ln²x.</item>
    /// <item>x is a constant, y varies, x = 0: for y &gt; 0, 0^y is identically 0 nearby, so the parts are 0;
    /// for y ≤ 0 the function jumps, so the parts are NaN where y's tangents are non-zero.</item>
    /// <item>x is a constant, y varies, x &lt; 0: x^y is not real for nearby y: NaN where y's tangents are non-zero.</item>
    /// <item>Both vary, x &gt; 0: the full two-variable rule, ∂x = y x^(y−1), ∂y = x^y ln x,
    /// ∂xx = y(y−1)x^(y−2), ∂xy = x^(y−1)(1 + y ln x), ∂yy = x^y ln²x.</item>
    /// <item>Both vary, x ≤ 0: the derivative through y does not exist: every perturbation part NaN.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Pow(HyperDual<T> x, HyperDual<T> y)
    {
        T a = x.Value;
        T p = y.Value;
        T f = T.Pow(a, p);
        return ElementaryRules<T>.PowerCaseOf(a, p, x.IsConstant, y.IsConstant) switch
        {
            PowerCase.ConstantExponent => Apply(x, ElementaryRules<T>.Power(a, p, f)),
            PowerCase.ExponentOnPositiveBase => Apply(y, ElementaryRules<T>.ExponentOnConstantBase(T.Log(a), f)),
            PowerCase.ZeroBase => new(f, T.Zero, T.Zero, T.Zero),
            PowerCase.UndefinedInExponent => UndefinedDirection(y, f),
            PowerCase.BothVary => Apply(x, y, ElementaryRules<T>.PowerOfBoth(a, p, f)),
            _ => new(f, T.NaN, T.NaN, T.NaN),
        };
    }

    /// <summary>Raises a hyper-dual number to a constant power (case 1 of <see cref="Pow(HyperDual{T}, HyperDual{T})"/>).</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The constant exponent.</param>
    /// <returns>x^y with its derivatives.</returns>
    public static HyperDual<T> Pow(HyperDual<T> x, T y) => Apply(x, ElementaryRules<T>.Power(x.Value, y, T.Pow(x.Value, y)));

    //
    // IRootFunctions
    //

    /// <summary>The cube root.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>∛x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>x ≠ 0: the rule <see cref="ElementaryRules{T}.Cbrt"/> (valid for negative x too).</item>
    /// <item>x = 0: value 0, slope +∞, curvature −∞ for +0 and +∞ for −0 (the one-sided limit from the side
    /// of the zero's sign), applied only where the tangent is non-zero.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Cbrt(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Cbrt(x.Value));

    /// <summary>The Euclidean norm of (x, y), <c>√(x² + y²)</c>, computed without undue overflow.</summary>
    /// <param name="x">The first coordinate.</param>
    /// <param name="y">The second coordinate.</param>
    /// <returns>hypot(x, y) with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>(x, y) ≠ (0, 0): ∂x = x/h, ∂y = y/h, ∂xx = y²/h³, ∂xy = −xy/h³, ∂yy = x²/h³.</item>
    /// <item>x = y = 0 (a cone point): ε₁ = hypot(x.ε₁, y.ε₁) and ε₂ = hypot(x.ε₂, y.ε₂), the exact
    /// one-sided directional derivatives; ε₁ε₂ = 0.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Hypot(HyperDual<T> x, HyperDual<T> y)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the cone point.
            return new(h, T.Hypot(x.Epsilon1, y.Epsilon1), T.Hypot(x.Epsilon2, y.Epsilon2), T.Zero);
        }

        // Case 1.
        return Apply(x, y, ElementaryRules<T>.Hypot(x.Value, y.Value, h));
    }

    /// <summary>The n-th root, <c>x^(1/n)</c>.</summary>
    /// <param name="x">The argument.</param>
    /// <param name="n">The degree of the root.</param>
    /// <returns>The n-th root with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>x ≠ 0: the rule <see cref="ElementaryRules{T}.RootN"/> (negative x with odd n included).</item>
    /// <item>n = 1: the identity.</item>
    /// <item>x = 0, n ≠ 1: the one-sided limits from x → 0⁺ (f' = +∞, f'' = −∞ for n &gt; 1; f' = −∞,
    /// f'' = +∞ for n &lt; 0), applied only where the tangent is non-zero. n = 0 gives NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> RootN(HyperDual<T> x, int n) => n == 1 ? x : Apply(x, ElementaryRules<T>.RootN(x.Value, n));

    /// <summary>The square root.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>√x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>x &gt; 0: the rule <see cref="ElementaryRules{T}.Sqrt"/>.</item>
    /// <item>x = 0: value 0, slope +∞, curvature −∞ (the one-sided limits), applied only where the tangent
    /// is non-zero.</item>
    /// <item>x &lt; 0: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Sqrt(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Sqrt(x.Value));
}
