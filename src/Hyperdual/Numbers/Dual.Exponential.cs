using System.Numerics;

namespace Hyperdual;

// Exponential, logarithmic, power and root functions of Dual<T>. The numbered cases at non-differentiable
// points are those documented on the HyperDual<T> function of the same name.
public readonly partial struct Dual<T>
{
    //
    // IExponentialFunctions
    //

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp(TSelf)"/>
    public static Dual<T> Exp(Dual<T> x) => Apply(x, ElementaryRules<T>.Exp(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10(TSelf)"/>
    public static Dual<T> Exp10(Dual<T> x) => Apply(x, ElementaryRules<T>.Exp10(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10M1(TSelf)"/>
    public static Dual<T> Exp10M1(Dual<T> x) => Apply(x, ElementaryRules<T>.Exp10M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2(TSelf)"/>
    public static Dual<T> Exp2(Dual<T> x) => Apply(x, ElementaryRules<T>.Exp2(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2M1(TSelf)"/>
    public static Dual<T> Exp2M1(Dual<T> x) => Apply(x, ElementaryRules<T>.Exp2M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.ExpM1(TSelf)"/>
    public static Dual<T> ExpM1(Dual<T> x) => Apply(x, ElementaryRules<T>.ExpM1(x.Value));

    //
    // ILogarithmicFunctions
    //

    /// <summary>The natural logarithm; cases as for <see cref="HyperDual{T}.Log(HyperDual{T})"/>
    /// (x &gt; 0; x = 0 gives slope ±∞ where the tangent is non-zero; x &lt; 0 gives NaN).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x with its derivative.</returns>
    public static Dual<T> Log(Dual<T> x) => Apply(x, ElementaryRules<T>.Log(x.Value));

    /// <summary>The logarithm of <paramref name="x"/> in base <paramref name="newBase"/>, <c>ln x / ln base</c>;
    /// cases as for <see cref="HyperDual{T}.Log(HyperDual{T}, HyperDual{T})"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <param name="newBase">The base; it may carry a tangent too.</param>
    /// <returns>log_base x with its derivative.</returns>
    public static Dual<T> Log(Dual<T> x, Dual<T> newBase)
    {
        T value = T.Log(x.Value, newBase.Value);
        if (T.IsNaN(value))
        {
            // Case 1: outside the domain.
            return new(T.NaN, T.NaN);
        }

        if (newBase.IsConstant)
        {
            // Case 2.
            return WithValue(Apply(x, ElementaryRules<T>.Logarithm(x.Value, value, T.Log(newBase.Value))), value);
        }

        // Case 3.
        return WithValue(Log(x) / Log(newBase), value);
    }

    /// <summary>The base-10 logarithm; the cases of <see cref="Log(Dual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₁₀ x with its derivative.</returns>
    public static Dual<T> Log10(Dual<T> x) => Apply(x, ElementaryRules<T>.Log10(x.Value));

    /// <summary><c>log₁₀(x + 1)</c>; the cases of <see cref="Log(Dual{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₁₀(1 + x) with its derivative.</returns>
    public static Dual<T> Log10P1(Dual<T> x) => Apply(x, ElementaryRules<T>.Log10P1(x.Value));

    /// <summary>The base-2 logarithm; the cases of <see cref="Log(Dual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₂ x with its derivative.</returns>
    public static Dual<T> Log2(Dual<T> x) => Apply(x, ElementaryRules<T>.Log2(x.Value));

    /// <summary><c>log₂(x + 1)</c>; the cases of <see cref="Log(Dual{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log₂(1 + x) with its derivative.</returns>
    public static Dual<T> Log2P1(Dual<T> x) => Apply(x, ElementaryRules<T>.Log2P1(x.Value));

    /// <summary><c>ln(x + 1)</c>; the cases of <see cref="Log(Dual{T})"/> apply at 1 + x.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln(1 + x) with its derivative.</returns>
    public static Dual<T> LogP1(Dual<T> x) => Apply(x, ElementaryRules<T>.LogP1(x.Value));

    //
    // IPowerFunctions
    //

    /// <summary><paramref name="x"/> raised to the power <paramref name="y"/>; both may carry a tangent.
    /// Cases as for <see cref="HyperDual{T}.Pow(HyperDual{T}, HyperDual{T})"/>.</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The exponent.</param>
    /// <returns>x^y with its derivative.</returns>
    public static Dual<T> Pow(Dual<T> x, Dual<T> y)
    {
        T a = x.Value;
        T p = y.Value;
        T f = T.Pow(a, p);
        return ElementaryRules<T>.PowerCaseOf(a, p, x.IsConstant, y.IsConstant) switch
        {
            PowerCase.ConstantExponent => Apply(x, ElementaryRules<T>.Power(a, p, f)),
            PowerCase.ExponentOnPositiveBase => Apply(y, ElementaryRules<T>.ExponentOnConstantBase(T.Log(a), f)),
            PowerCase.ZeroBase => new(f, T.Zero),
            PowerCase.UndefinedInExponent => UndefinedDirection(y, f),
            PowerCase.BothVary => Apply(x, y, ElementaryRules<T>.PowerOfBoth(a, p, f)),
            _ => new(f, T.NaN),
        };
    }

    /// <summary>Raises a dual number to a constant power (case 1 of <see cref="Pow(Dual{T}, Dual{T})"/>).</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The constant exponent.</param>
    /// <returns>x^y with its derivative.</returns>
    public static Dual<T> Pow(Dual<T> x, T y) => Apply(x, ElementaryRules<T>.Power(x.Value, y, T.Pow(x.Value, y)));

    //
    // IRootFunctions
    //

    /// <summary>The cube root; at 0 the slope is +∞ where the tangent is non-zero (case 2).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>∛x with its derivative.</returns>
    public static Dual<T> Cbrt(Dual<T> x) => Apply(x, ElementaryRules<T>.Cbrt(x.Value));

    /// <summary>The Euclidean norm of (x, y); cases as for <see cref="HyperDual{T}.Hypot"/>
    /// (at the origin the tangent is hypot(x.ε, y.ε), the one-sided directional derivative).</summary>
    /// <param name="x">The first coordinate.</param>
    /// <param name="y">The second coordinate.</param>
    /// <returns>hypot(x, y) with its derivative.</returns>
    public static Dual<T> Hypot(Dual<T> x, Dual<T> y)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the cone point.
            return new(h, T.Hypot(x.Epsilon, y.Epsilon));
        }

        // Case 1.
        return Apply(x, y, ElementaryRules<T>.Hypot(x.Value, y.Value, h));
    }

    /// <summary>The n-th root; cases as for <see cref="HyperDual{T}.RootN"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <param name="n">The degree of the root.</param>
    /// <returns>The n-th root with its derivative.</returns>
    public static Dual<T> RootN(Dual<T> x, int n) => n == 1 ? x : Apply(x, ElementaryRules<T>.RootN(x.Value, n));

    /// <summary>The square root; cases as for <see cref="HyperDual{T}.Sqrt"/> (slope +∞ at 0 where the
    /// tangent is non-zero; NaN below 0).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>√x with its derivative.</returns>
    public static Dual<T> Sqrt(Dual<T> x) => Apply(x, ElementaryRules<T>.Sqrt(x.Value));

    /// <summary>The tangent of <paramref name="x"/> with another value.</summary>
    private static Dual<T> WithValue(Dual<T> x, T value) => new(value, x.Epsilon);
}
