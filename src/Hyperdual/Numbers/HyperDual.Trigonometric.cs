using System.Numerics;

namespace Hyperdual;

// Hyperbolic and trigonometric functions of HyperDual<T>.
public readonly partial struct HyperDual<T>
{
    //
    // IHyperbolicFunctions
    //

    /// <summary>The inverse hyperbolic cosine.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acosh x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>x &gt; 1: the rule <see cref="ElementaryRules{T}.Acosh"/>.</item>
    /// <item>x = 1: value 0, slope +∞, curvature −∞, applied only where the tangent is non-zero.</item>
    /// <item>x &lt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Acosh(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Acosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Asinh(TSelf)"/>
    public static HyperDual<T> Asinh(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Asinh(x.Value));

    /// <summary>The inverse hyperbolic tangent.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>atanh x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>|x| &lt; 1: the rule <see cref="ElementaryRules{T}.Atanh"/>.</item>
    /// <item>|x| = 1: value ±∞, slope +∞, curvature ±∞ (sign of x), applied only where the tangent is non-zero.</item>
    /// <item>|x| &gt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Atanh(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Atanh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Cosh(TSelf)"/>
    public static HyperDual<T> Cosh(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Cosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Sinh(TSelf)"/>
    public static HyperDual<T> Sinh(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Sinh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Tanh(TSelf)"/>
    public static HyperDual<T> Tanh(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Tanh(x.Value));

    //
    // ITrigonometricFunctions
    //

    /// <summary>The inverse cosine.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>|x| &lt; 1: the rule <see cref="ElementaryRules{T}.InverseSine"/>.</item>
    /// <item>|x| = 1: slope −∞, curvature ∓∞ (opposite to the sign of x), applied only where the tangent is non-zero.</item>
    /// <item>|x| &gt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Acos(HyperDual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Acos(x.Value), T.NegativeOne));

    /// <summary>acos(x)/π; the cases of <see cref="Acos(HyperDual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos(x)/π with its derivatives.</returns>
    public static HyperDual<T> AcosPi(HyperDual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AcosPi(x.Value), -T.One / T.Pi));

    /// <summary>The inverse sine.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>|x| &lt; 1: the rule <see cref="ElementaryRules{T}.InverseSine"/>.</item>
    /// <item>|x| = 1: slope +∞, curvature ±∞ (sign of x), applied only where the tangent is non-zero.</item>
    /// <item>|x| &gt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Asin(HyperDual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Asin(x.Value), T.One));

    /// <summary>asin(x)/π; the cases of <see cref="Asin(HyperDual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin(x)/π with its derivatives.</returns>
    public static HyperDual<T> AsinPi(HyperDual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AsinPi(x.Value), T.One / T.Pi));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Atan(TSelf)"/>
    public static HyperDual<T> Atan(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Atan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.AtanPi(TSelf)"/>
    public static HyperDual<T> AtanPi(HyperDual<T> x) => Apply(x, ElementaryRules<T>.AtanPi(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Cos(TSelf)"/>
    public static HyperDual<T> Cos(HyperDual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Cos(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.CosPi(TSelf)"/>
    public static HyperDual<T> CosPi(HyperDual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.CosPi(s, c));
    }

    // Linear: every part times π/180 (or 180/π).

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.DegreesToRadians(TSelf)"/>
    public static HyperDual<T> DegreesToRadians(HyperDual<T> degrees) => degrees * ScalarConstants<T>.RadiansPerDegree;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.RadiansToDegrees(TSelf)"/>
    public static HyperDual<T> RadiansToDegrees(HyperDual<T> radians) => radians * ScalarConstants<T>.DegreesPerRadian;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Sin(TSelf)"/>
    public static HyperDual<T> Sin(HyperDual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Sin(s, c));
    }

    // sin and cos from one evaluation of both.

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCos(TSelf)"/>
    public static (HyperDual<T> Sin, HyperDual<T> Cos) SinCos(HyperDual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return (Apply(x, ElementaryRules<T>.Sin(s, c)), Apply(x, ElementaryRules<T>.Cos(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCosPi(TSelf)"/>
    public static (HyperDual<T> SinPi, HyperDual<T> CosPi) SinCosPi(HyperDual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return (Apply(x, ElementaryRules<T>.SinPi(s, c)), Apply(x, ElementaryRules<T>.CosPi(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinPi(TSelf)"/>
    public static HyperDual<T> SinPi(HyperDual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.SinPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Tan(TSelf)"/>
    public static HyperDual<T> Tan(HyperDual<T> x) => Apply(x, ElementaryRules<T>.Tan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.TanPi(TSelf)"/>
    public static HyperDual<T> TanPi(HyperDual<T> x) => Apply(x, ElementaryRules<T>.TanPi(x.Value));
}
