using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// The one table of the elementary functions' derivative rules: for each function its value, first and
/// second derivative, and its non-differentiable points as numbered cases. <see cref="Dual{T}"/>,
/// <see cref="HyperDual{T}"/> and the reverse-mode number each apply only their own chain rule to these.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
/// <remarks>
/// Each rule is written with its Taylor expansion directly above it. A case named "infinite slope" gives the
/// one-sided limits, applied by the forward number types only where the tangent is non-zero
/// (<see cref="RulePoint.InfiniteSlope"/>); "outside the domain" is NaN throughout.
/// </remarks>
public static class ElementaryRules<T>
    where T : IFloatingPointIeee754<T>
{
    //
    // Arithmetic
    //

    // −(a + h) = −a − h;  f'' = 0

    /// <summary>The negation −a.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Negation(T a) => UnaryRule<T>.Smooth(-a, T.NegativeOne, T.Zero);

    // c(a + h) = ca + ch;  f'' = 0   (also a/c as slope 1/c, and x·2ⁿ)

    /// <summary>A linear function of one argument, <c>slope·a</c> (+ a constant), whose value the caller computes.</summary>
    /// <param name="value">The value.</param>
    /// <param name="slope">The constant slope.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Linear(T value, T slope) => UnaryRule<T>.Smooth(value, slope, T.Zero);

    // c/(b + h) ≈ c/b − (c/b²)h;  f'' = 2c/b³

    /// <summary>A constant divided by the argument, <c>c/b</c>.</summary>
    /// <param name="c">The constant numerator.</param>
    /// <param name="b">The argument (the denominator).</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> ConstantOver(T c, T b)
    {
        T inverse = T.One / b;
        T slope = -(c * inverse) * inverse;
        return UnaryRule<T>.Smooth(c / b, slope, -(slope + slope) * inverse);
    }

    /// <summary>
    /// A function whose direction of change is undefined at this point (atan2 at the origin, a varying exponent on
    /// a base ≤ 0): slope and curvature NaN at an <see cref="RulePoint.InfiniteSlope"/> point, so the parts are NaN
    /// where the tangent is non-zero and 0 where it is zero.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> UndefinedDirection(T value) => UnaryRule<T>.InfiniteSlope(value, T.NaN, T.NaN);

    // f(x, y) = fₓx + f_y y (+ a constant): every second partial 0

    /// <summary>
    /// A linear function of two arguments, <c>fₓx + f_y y</c> (+ a constant), whose value the caller computes:
    /// sums (1, 1), differences (1, −1), the average at a selection tie (½, ½), a remainder with its integer
    /// quotient n held fixed (1, −n).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="fx">The constant ∂f/∂x.</param>
    /// <param name="fy">The constant ∂f/∂y.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BinaryRule<T> Linear(T value, T fx, T fy) => new(value, fx, fy, T.Zero, T.Zero, T.Zero);

    // xy: ∂x = y, ∂y = x, ∂xx = 0, ∂xy = 1, ∂yy = 0

    /// <summary>The product xy.</summary>
    /// <param name="x">The first factor.</param>
    /// <param name="y">The second factor.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BinaryRule<T> Product(T x, T y) => new(x * y, y, x, T.Zero, T.One, T.Zero);

    // x/y = q: ∂x = 1/y, ∂y = −q/y, ∂xx = 0, ∂xy = −1/y², ∂yy = 2q/y²

    /// <summary>The quotient x/y.</summary>
    /// <param name="x">The dividend.</param>
    /// <param name="y">The divisor.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BinaryRule<T> Quotient(T x, T y)
    {
        T inverse = T.One / y;
        T q = x / y;
        T fy = -q * inverse;
        return new(q, inverse, fy, T.Zero, -inverse * inverse, -(fy + fy) * inverse);
    }

    //
    // Exponential functions
    //

    // exp(a + h) ≈ exp(a) + exp(a)h;  f'' = exp(a)

    /// <summary>eˣ.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Exp(T a)
    {
        T e = T.Exp(a);
        return UnaryRule<T>.Smooth(e, e, e);
    }

    // 10^(a + h) ≈ 10^a + ln10·10^a h;  f'' = ln²10·10^a

    /// <summary>10ˣ.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Exp10(T a)
    {
        T p = T.Exp10(a);
        T df = ScalarConstants<T>.Ln10 * p;
        return UnaryRule<T>.Smooth(p, df, ScalarConstants<T>.Ln10 * df);
    }

    // 10^(a + h) − 1 ≈ (10^a − 1) + ln10·10^a h;  f'' = ln²10·10^a

    /// <summary>10ˣ − 1.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Exp10M1(T a)
    {
        T df = ScalarConstants<T>.Ln10 * T.Exp10(a);
        return UnaryRule<T>.Smooth(T.Exp10M1(a), df, ScalarConstants<T>.Ln10 * df);
    }

    // 2^(a + h) ≈ 2^a + ln2·2^a h;  f'' = ln²2·2^a

    /// <summary>2ˣ.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Exp2(T a)
    {
        T p = T.Exp2(a);
        T df = ScalarConstants<T>.Ln2 * p;
        return UnaryRule<T>.Smooth(p, df, ScalarConstants<T>.Ln2 * df);
    }

    // 2^(a + h) − 1 ≈ (2^a − 1) + ln2·2^a h;  f'' = ln²2·2^a

    /// <summary>2ˣ − 1.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Exp2M1(T a)
    {
        T df = ScalarConstants<T>.Ln2 * T.Exp2(a);
        return UnaryRule<T>.Smooth(T.Exp2M1(a), df, ScalarConstants<T>.Ln2 * df);
    }

    // expm1(a + h) ≈ expm1(a) + exp(a)h;  f'' = exp(a)

    /// <summary>eˣ − 1.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> ExpM1(T a)
    {
        T e = T.Exp(a);
        return UnaryRule<T>.Smooth(T.ExpM1(a), e, e);
    }

    //
    // Logarithms
    //

    // log(a + h) ≈ log(a) + h/a;  f'' = −1/a²
    // log_b(a + h) ≈ log_b(a) + h/(a ln b);  f'' = −1/(a² ln b)   (log10, log2; the P1 forms at 1 + a)

    /// <summary>
    /// The rule shared by the logarithms: value <paramref name="f"/>, slope 1/(<paramref name="argument"/>·<paramref name="scale"/>),
    /// curvature −slope/argument.
    /// <list type="number">
    /// <item>argument &gt; 0: the rule above.</item>
    /// <item>argument = 0: infinite slope ±∞ (sign of the zero), curvature −∞.</item>
    /// <item>argument &lt; 0 or NaN: outside the domain.</item>
    /// </list>
    /// </summary>
    /// <param name="argument">The logarithm's argument (x, or 1 + x for the P1 forms).</param>
    /// <param name="f">The value, computed by the caller's own function.</param>
    /// <param name="scale">The natural logarithm of the base (1 for ln).</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Logarithm(T argument, T f, T scale)
    {
        T df = T.One / (argument * scale);
        if (argument > T.Zero)
        {
            // Case 1: inside the domain.
            return UnaryRule<T>.Smooth(f, df, -df / argument);
        }

        if (T.IsZero(argument))
        {
            // Case 2: at the boundary.
            return UnaryRule<T>.InfiniteSlope(f, df, T.NegativeInfinity);
        }

        // Case 3: outside the domain (or NaN).
        return UnaryRule<T>.OutsideDomain;
    }

    /// <summary>ln a; the cases of <see cref="Logarithm"/>.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Log(T a) => Logarithm(a, T.Log(a), T.One);

    /// <summary>log₁₀ a; the cases of <see cref="Logarithm"/>.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Log10(T a) => Logarithm(a, T.Log10(a), ScalarConstants<T>.Ln10);

    /// <summary>log₁₀(1 + a); the cases of <see cref="Logarithm"/> at 1 + a.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Log10P1(T a) => Logarithm(a + T.One, T.Log10P1(a), ScalarConstants<T>.Ln10);

    /// <summary>log₂ a; the cases of <see cref="Logarithm"/>.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Log2(T a) => Logarithm(a, T.Log2(a), ScalarConstants<T>.Ln2);

    /// <summary>log₂(1 + a); the cases of <see cref="Logarithm"/> at 1 + a.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Log2P1(T a) => Logarithm(a + T.One, T.Log2P1(a), ScalarConstants<T>.Ln2);

    /// <summary>ln(1 + a); the cases of <see cref="Logarithm"/> at 1 + a.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> LogP1(T a) => Logarithm(a + T.One, T.LogP1(a), T.One);

    //
    // Powers and roots
    //

    // (a + h)^p ≈ a^p + p·a^(p−1)h;  f'' = p(p − 1)a^(p−2)

    /// <summary>
    /// The power rule for a constant exponent <paramref name="p"/>, with f' = 0 when p = 0 and f'' = 0 when p is
    /// 0 or 1.
    /// <list type="number">
    /// <item>a ≠ 0: the rule above (a &lt; 0 needs an integer p for a real value).</item>
    /// <item>a = 0: the same formulas, whose one-sided limits may be ±∞ for p &lt; 2: an infinite slope.</item>
    /// </list>
    /// </summary>
    /// <param name="a">The base.</param>
    /// <param name="p">The constant exponent.</param>
    /// <param name="f">The value a^p.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Power(T a, T p, T f)
    {
        T df = T.IsZero(p) ? T.Zero : p * T.Pow(a, p - T.One);
        T d2f = T.IsZero(p) || p == T.One ? T.Zero : p * (p - T.One) * T.Pow(a, p - ScalarConstants<T>.Two);
        return T.IsZero(a) ? UnaryRule<T>.InfiniteSlope(f, df, d2f) : UnaryRule<T>.Smooth(f, df, d2f);
    }

    /// <summary>Which case of x^y applies.</summary>
    /// <param name="a">The base's value.</param>
    /// <param name="p">The exponent's value.</param>
    /// <param name="baseIsConstant">Whether the base carries no perturbation.</param>
    /// <param name="exponentIsConstant">Whether the exponent carries no perturbation.</param>
    /// <returns>The case.</returns>
    public static PowerCase PowerCaseOf(T a, T p, bool baseIsConstant, bool exponentIsConstant)
    {
        if (exponentIsConstant)
        {
            return PowerCase.ConstantExponent;
        }

        if (baseIsConstant)
        {
            return a > T.Zero ? PowerCase.ExponentOnPositiveBase
                : T.IsZero(a) && p > T.Zero ? PowerCase.ZeroBase
                : PowerCase.UndefinedInExponent;
        }

        return a > T.Zero ? PowerCase.BothVary : PowerCase.BothVaryOnNonPositiveBase;
    }

    // x^y with both varying, x > 0: ∂x = y·x^(y−1), ∂y = x^y ln x, ∂xx = y(y−1)x^(y−2),
    // ∂xy = x^(y−1)(1 + y ln x), ∂yy = x^y ln²x

    /// <summary>The partials of x^y with both arguments varying and x &gt; 0.</summary>
    /// <param name="a">The base x &gt; 0.</param>
    /// <param name="p">The exponent y.</param>
    /// <param name="f">The value x^y.</param>
    /// <returns>The rule at this point.</returns>
    public static BinaryRule<T> PowerOfBoth(T a, T p, T f)
    {
        T ln = T.Log(a);
        T powMinus1 = T.Pow(a, p - T.One);
        T fy = f * ln;
        return new(
            f,
            p * powMinus1,
            fy,
            p * (p - T.One) * T.Pow(a, p - ScalarConstants<T>.Two),
            powMinus1 * (T.One + (p * ln)),
            fy * ln);
    }

    // b^(a + h) ≈ b^a + b^a ln b·h;  f'' = b^a ln²b   (a constant base b > 0, a varying exponent)

    /// <summary>The exponential rule of a varying exponent on a constant base &gt; 0.</summary>
    /// <param name="lnBase">The natural logarithm of the base.</param>
    /// <param name="f">The value b^a.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> ExponentOnConstantBase(T lnBase, T f)
    {
        T df = f * lnBase;
        return UnaryRule<T>.Smooth(f, df, df * lnBase);
    }

    // cbrt(a + h) ≈ cbrt(a) + h/(3 cbrt(a)²);  f'' = −2/(9 a cbrt(a)²)

    /// <summary>
    /// The cube root.
    /// <list type="number">
    /// <item>a ≠ 0: the rule above (valid for negative a too).</item>
    /// <item>a = 0: infinite slope +∞, curvature −∞ for +0 and +∞ for −0.</item>
    /// </list>
    /// </summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Cbrt(T a)
    {
        T r = T.Cbrt(a);
        if (T.IsZero(a))
        {
            // Case 2: vertical tangent at 0.
            return UnaryRule<T>.InfiniteSlope(r, T.PositiveInfinity, T.IsNegative(a) ? T.PositiveInfinity : T.NegativeInfinity);
        }

        // Case 1.
        T df = T.One / (ScalarConstants<T>.Three * r * r);
        return UnaryRule<T>.Smooth(r, df, -(df + df) / (ScalarConstants<T>.Three * a));
    }

    // hypot(x, y) = h: ∂x = x/h, ∂y = y/h, ∂xx = y²/h³, ∂xy = −xy/h³, ∂yy = x²/h³

    /// <summary>The partials of hypot(x, y) away from the origin (the cone point is each number type's own case).</summary>
    /// <param name="x">The first coordinate.</param>
    /// <param name="y">The second coordinate.</param>
    /// <param name="h">hypot(x, y), non-zero.</param>
    /// <returns>The rule at this point.</returns>
    public static BinaryRule<T> Hypot(T x, T y, T h)
    {
        T u = x / h;
        T v = y / h;
        T inverse = T.One / h;
        return new(h, u, v, v * v * inverse, -u * v * inverse, u * u * inverse);
    }

    // rootn(a + h, n) ≈ rootn(a, n) + rootn(a, n)/(n a) h;  f'' = f'·(1 − n)/(n a)

    /// <summary>
    /// The n-th root for n ≠ 1 (n = 1 is the identity, each number type returns its argument).
    /// <list type="number">
    /// <item>a ≠ 0: the rule above (negative a with odd n included).</item>
    /// <item>n = 0: NaN throughout.</item>
    /// <item>a = 0: infinite slope, the one-sided limits from a → 0⁺ (f' = +∞, f'' = −∞ for n &gt; 1;
    /// f' = −∞, f'' = +∞ for n &lt; 0).</item>
    /// </list>
    /// </summary>
    /// <param name="a">The argument.</param>
    /// <param name="n">The degree of the root.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> RootN(T a, int n)
    {
        T f = T.RootN(a, n);
        if (n == 0)
        {
            // Case 2.
            return new(f, T.NaN, T.NaN, RulePoint.OutsideDomain);
        }

        if (T.IsZero(a))
        {
            // Case 3.
            return n > 1
                ? UnaryRule<T>.InfiniteSlope(f, T.PositiveInfinity, T.NegativeInfinity)
                : UnaryRule<T>.InfiniteSlope(f, T.NegativeInfinity, T.PositiveInfinity);
        }

        // Case 1.
        T degree = T.CreateChecked(n);
        T na = degree * a;
        T df = f / na;
        return UnaryRule<T>.Smooth(f, df, df * (T.One - degree) / na);
    }

    // sqrt(a + h) ≈ sqrt(a) + h/(2 sqrt(a));  f'' = −1/(4 a sqrt(a))

    /// <summary>
    /// The square root.
    /// <list type="number">
    /// <item>a &gt; 0: the rule above.</item>
    /// <item>a = 0: infinite slope +∞, curvature −∞.</item>
    /// <item>a &lt; 0: the formulas of case 1 on a NaN root, NaN throughout.</item>
    /// </list>
    /// </summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Sqrt(T a)
    {
        T s = T.Sqrt(a);
        if (T.IsZero(a))
        {
            // Case 2: vertical tangent at 0.
            return UnaryRule<T>.InfiniteSlope(s, T.PositiveInfinity, T.NegativeInfinity);
        }

        // Cases 1 and 3 (a NaN root makes every part NaN).
        T df = ScalarConstants<T>.Half / s;
        return UnaryRule<T>.Smooth(s, df, -df * ScalarConstants<T>.Half / a);
    }

    //
    // Hyperbolic functions
    //

    // acosh(a + h) ≈ acosh(a) + h/√(a² − 1);  f'' = −a/(a² − 1)^(3/2)

    /// <summary>
    /// The inverse hyperbolic cosine.
    /// <list type="number">
    /// <item>a &gt; 1: the rule above.</item>
    /// <item>a = 1: infinite slope +∞, curvature −∞.</item>
    /// <item>a &lt; 1 or NaN: outside the domain.</item>
    /// </list>
    /// </summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Acosh(T a)
    {
        T f = T.Acosh(a);
        if (a > T.One)
        {
            // Case 1.
            T df = T.One / T.Sqrt((a - T.One) * (a + T.One));
            return UnaryRule<T>.Smooth(f, df, -a * df * df * df);
        }

        if (a == T.One)
        {
            // Case 2.
            return UnaryRule<T>.InfiniteSlope(f, T.PositiveInfinity, T.NegativeInfinity);
        }

        // Case 3.
        return UnaryRule<T>.OutsideDomain;
    }

    // asinh(a + h) ≈ asinh(a) + h/√(a² + 1);  f'' = −a/(a² + 1)^(3/2)

    /// <summary>The inverse hyperbolic sine.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Asinh(T a)
    {
        T df = T.One / T.Hypot(a, T.One);
        return UnaryRule<T>.Smooth(T.Asinh(a), df, -a * df * df * df);
    }

    // atanh(a + h) ≈ atanh(a) + h/(1 − a²);  f'' = 2a/(1 − a²)²

    /// <summary>
    /// The inverse hyperbolic tangent.
    /// <list type="number">
    /// <item>|a| &lt; 1: the rule above.</item>
    /// <item>|a| = 1: value ±∞, infinite slope +∞, curvature ±∞ (sign of a).</item>
    /// <item>|a| &gt; 1 or NaN: outside the domain.</item>
    /// </list>
    /// </summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Atanh(T a)
    {
        T f = T.Atanh(a);
        T magnitude = T.Abs(a);
        if (magnitude < T.One)
        {
            // Case 1.
            T df = T.One / ((T.One - a) * (T.One + a));
            return UnaryRule<T>.Smooth(f, df, (a + a) * df * df);
        }

        if (magnitude == T.One)
        {
            // Case 2.
            return UnaryRule<T>.InfiniteSlope(f, T.PositiveInfinity, a > T.Zero ? T.PositiveInfinity : T.NegativeInfinity);
        }

        // Case 3.
        return UnaryRule<T>.OutsideDomain;
    }

    // cosh(a + h) ≈ cosh(a) + sinh(a)h;  f'' = cosh(a)

    /// <summary>The hyperbolic cosine.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Cosh(T a)
    {
        T c = T.Cosh(a);
        return UnaryRule<T>.Smooth(c, T.Sinh(a), c);
    }

    // sinh(a + h) ≈ sinh(a) + cosh(a)h;  f'' = sinh(a)

    /// <summary>The hyperbolic sine.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Sinh(T a)
    {
        T s = T.Sinh(a);
        return UnaryRule<T>.Smooth(s, T.Cosh(a), s);
    }

    // tanh(a + h) ≈ tanh(a) + h/cosh²(a);  f'' = −2 tanh(a)/cosh²(a)
    // (1/cosh² rather than 1 − tanh², which rounds to 0 for |a| > 19 in double)

    /// <summary>The hyperbolic tangent.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Tanh(T a)
    {
        T t = T.Tanh(a);
        T c = T.Cosh(a);
        T df = T.One / (c * c);
        return UnaryRule<T>.Smooth(t, df, -(t + t) * df);
    }

    //
    // Trigonometric functions
    //

    // asin(a + h) ≈ asin(a) + h/√(1 − a²);  f'' = a/(1 − a²)^(3/2)
    // acos(a + h) ≈ acos(a) − h/√(1 − a²);  f'' = −a/(1 − a²)^(3/2)   (asinπ, acosπ: divided by π)

    /// <summary>
    /// The rule shared by asin, acos and their π variants: slope <paramref name="scale"/>/√(1 − a²),
    /// curvature <paramref name="scale"/>·a/(1 − a²)^(3/2).
    /// <list type="number">
    /// <item>|a| &lt; 1: the rule above.</item>
    /// <item>|a| = 1: infinite slope (sign of the scale), curvature of the slope's sign times the sign of a.</item>
    /// <item>|a| &gt; 1 or NaN: outside the domain.</item>
    /// </list>
    /// </summary>
    /// <param name="a">The argument.</param>
    /// <param name="f">The value, computed by the caller's own function.</param>
    /// <param name="scale">1 for asin, −1 for acos, ±1/π for the π variants.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> InverseSine(T a, T f, T scale)
    {
        T magnitude = T.Abs(a);
        if (magnitude < T.One)
        {
            // Case 1.
            T root = T.One / T.Sqrt((T.One - a) * (T.One + a));
            return UnaryRule<T>.Smooth(f, scale * root, scale * a * root * root * root);
        }

        if (magnitude == T.One)
        {
            // Case 2.
            T slope = scale * T.PositiveInfinity;
            return UnaryRule<T>.InfiniteSlope(f, slope, a > T.Zero ? slope : -slope);
        }

        // Case 3.
        return UnaryRule<T>.OutsideDomain;
    }

    // atan(a + h) ≈ atan(a) + h/(1 + a²);  f'' = −2a/(1 + a²)²

    /// <summary>The inverse tangent.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Atan(T a)
    {
        T df = T.One / (T.One + (a * a));
        return UnaryRule<T>.Smooth(T.Atan(a), df, -(a + a) * df * df);
    }

    // atanπ(a + h) ≈ atanπ(a) + h/(π(1 + a²));  f'' = −2a/(π(1 + a²)²)

    /// <summary>atan(a)/π.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> AtanPi(T a)
    {
        T df = T.One / (T.One + (a * a));
        return UnaryRule<T>.Smooth(T.AtanPi(a), df / T.Pi, -(a + a) * df * df / T.Pi);
    }

    // atan2(y, x): ∂y = x/r, ∂x = −y/r, ∂yy = −2xy/r², ∂xx = 2xy/r², ∂xy = (y² − x²)/r², r = x² + y²

    /// <summary>
    /// The partials of atan2(y, x) (first argument y) away from the origin, multiplied by
    /// <paramref name="scale"/> (1/π for atan2π); the origin is each number type's own case. Computed with the
    /// unit vector (c, s) = (x, y)/h so that x² + y² cannot underflow or overflow:
    /// ∂y = c/h, ∂x = −s/h, ∂yy = −2cs/h², ∂xx = 2cs/h², ∂xy = (s² − c²)/h².
    /// </summary>
    /// <param name="y">The second coordinate (the rule's first argument).</param>
    /// <param name="x">The first coordinate.</param>
    /// <param name="f">The angle.</param>
    /// <param name="scale">1, or 1/π.</param>
    /// <param name="h">hypot(x, y), non-zero.</param>
    /// <returns>The rule at this point.</returns>
    public static BinaryRule<T> Atan2(T y, T x, T f, T scale, T h)
    {
        T c = x / h;
        T s = y / h;
        T inverse = scale / h;
        T inverse2 = inverse / h;
        T cs2 = (c + c) * s;
        return new(f, c * inverse, -s * inverse, -cs2 * inverse2, ((s * s) - (c * c)) * inverse2, cs2 * inverse2);
    }

    // cos(a + h) ≈ cos(a) − sin(a)h;  f'' = −cos(a)

    /// <summary>The cosine, from sin a and cos a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Cos(T sin, T cos) => UnaryRule<T>.Smooth(cos, -sin, -cos);

    // cos(π(a + h)) ≈ cos(πa) − π sin(πa)h;  f'' = −π² cos(πa)

    /// <summary>cos(πa), from sin πa and cos πa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> CosPi(T sinPi, T cosPi) => UnaryRule<T>.Smooth(cosPi, -T.Pi * sinPi, -ScalarConstants<T>.PiSquared * cosPi);

    // sin(a + h) ≈ sin(a) + cos(a)h;  f'' = −sin(a)

    /// <summary>The sine, from sin a and cos a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Sin(T sin, T cos) => UnaryRule<T>.Smooth(sin, cos, -sin);

    // sin(π(a + h)) ≈ sin(πa) + π cos(πa)h;  f'' = −π² sin(πa)

    /// <summary>sin(πa), from sin πa and cos πa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> SinPi(T sinPi, T cosPi) => UnaryRule<T>.Smooth(sinPi, T.Pi * cosPi, -ScalarConstants<T>.PiSquared * sinPi);

    // tan(a + h) ≈ tan(a) + (1 + tan²(a))h;  f'' = 2 tan(a)(1 + tan²(a))

    /// <summary>The tangent.</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> Tan(T a)
    {
        T t = T.Tan(a);
        T df = T.One + (t * t);
        return UnaryRule<T>.Smooth(t, df, (t + t) * df);
    }

    // tan(π(a + h)) ≈ tan(πa) + π(1 + tan²(πa))h;  f'' = 2π² tan(πa)(1 + tan²(πa))

    /// <summary>tan(πa).</summary>
    /// <param name="a">The argument.</param>
    /// <returns>The rule at this point.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnaryRule<T> TanPi(T a)
    {
        T t = T.TanPi(a);
        T df = T.Pi * (T.One + (t * t));
        return UnaryRule<T>.Smooth(t, df, T.Pi * (t + t) * df);
    }
}
