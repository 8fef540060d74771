using System.Numerics;

namespace Hyperdual;

// Hyperbolic and trigonometric functions of Dual<T>. The numbered cases at non-differentiable points are
// those documented on the HyperDual<T> function of the same name.
public readonly partial struct Dual<T>
{
    //
    // IHyperbolicFunctions
    //

    /// <summary>The inverse hyperbolic cosine; cases as for <see cref="HyperDual{T}.Acosh"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acosh x with its derivative.</returns>
    public static Dual<T> Acosh(Dual<T> x) => Apply(x, ElementaryRules<T>.Acosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Asinh(TSelf)"/>
    public static Dual<T> Asinh(Dual<T> x) => Apply(x, ElementaryRules<T>.Asinh(x.Value));

    /// <summary>The inverse hyperbolic tangent; cases as for <see cref="HyperDual{T}.Atanh"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>atanh x with its derivative.</returns>
    public static Dual<T> Atanh(Dual<T> x) => Apply(x, ElementaryRules<T>.Atanh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Cosh(TSelf)"/>
    public static Dual<T> Cosh(Dual<T> x) => Apply(x, ElementaryRules<T>.Cosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Sinh(TSelf)"/>
    public static Dual<T> Sinh(Dual<T> x) => Apply(x, ElementaryRules<T>.Sinh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Tanh(TSelf)"/>
    public static Dual<T> Tanh(Dual<T> x) => Apply(x, ElementaryRules<T>.Tanh(x.Value));

    //
    // ITrigonometricFunctions
    //

    /// <summary>The inverse cosine; cases as for <see cref="HyperDual{T}.Acos"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos x with its derivative.</returns>
    public static Dual<T> Acos(Dual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Acos(x.Value), T.NegativeOne));

    /// <summary>acos(x)/π; cases as for <see cref="HyperDual{T}.Acos"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos(x)/π with its derivative.</returns>
    public static Dual<T> AcosPi(Dual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AcosPi(x.Value), -T.One / T.Pi));

    /// <summary>The inverse sine; cases as for <see cref="HyperDual{T}.Asin"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin x with its derivative.</returns>
    public static Dual<T> Asin(Dual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Asin(x.Value), T.One));

    /// <summary>asin(x)/π; cases as for <see cref="HyperDual{T}.Asin"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin(x)/π with its derivative.</returns>
    public static Dual<T> AsinPi(Dual<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AsinPi(x.Value), T.One / T.Pi));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Atan(TSelf)"/>
    public static Dual<T> Atan(Dual<T> x) => Apply(x, ElementaryRules<T>.Atan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.AtanPi(TSelf)"/>
    public static Dual<T> AtanPi(Dual<T> x) => Apply(x, ElementaryRules<T>.AtanPi(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Cos(TSelf)"/>
    public static Dual<T> Cos(Dual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Cos(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.CosPi(TSelf)"/>
    public static Dual<T> CosPi(Dual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.CosPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.DegreesToRadians(TSelf)"/>
    public static Dual<T> DegreesToRadians(Dual<T> degrees) => degrees * ScalarConstants<T>.RadiansPerDegree;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.RadiansToDegrees(TSelf)"/>
    public static Dual<T> RadiansToDegrees(Dual<T> radians) => radians * ScalarConstants<T>.DegreesPerRadian;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Sin(TSelf)"/>
    public static Dual<T> Sin(Dual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Sin(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCos(TSelf)"/>
    public static (Dual<T> Sin, Dual<T> Cos) SinCos(Dual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return (Apply(x, ElementaryRules<T>.Sin(s, c)), Apply(x, ElementaryRules<T>.Cos(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCosPi(TSelf)"/>
    public static (Dual<T> SinPi, Dual<T> CosPi) SinCosPi(Dual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return (Apply(x, ElementaryRules<T>.SinPi(s, c)), Apply(x, ElementaryRules<T>.CosPi(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinPi(TSelf)"/>
    public static Dual<T> SinPi(Dual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.SinPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Tan(TSelf)"/>
    public static Dual<T> Tan(Dual<T> x) => Apply(x, ElementaryRules<T>.Tan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.TanPi(TSelf)"/>
    public static Dual<T> TanPi(Dual<T> x) => Apply(x, ElementaryRules<T>.TanPi(x.Value));
}
