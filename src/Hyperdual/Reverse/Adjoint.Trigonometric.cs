using System.Numerics;

namespace Hyperdual;

// Hyperbolic and trigonometric functions of Adjoint<T>. The numbered cases at non-differentiable points are
// those documented on the HyperDual<T> function of the same name; an infinite slope is recorded as it is.
public readonly partial struct Adjoint<T>
{
    //
    // IHyperbolicFunctions
    //

    /// <summary>The inverse hyperbolic cosine; cases as for <see cref="HyperDual{T}.Acosh"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acosh x with its derivative.</returns>
    public static Adjoint<T> Acosh(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Acosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Asinh(TSelf)"/>
    public static Adjoint<T> Asinh(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Asinh(x.Value));

    /// <summary>The inverse hyperbolic tangent; cases as for <see cref="HyperDual{T}.Atanh"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>atanh x with its derivative.</returns>
    public static Adjoint<T> Atanh(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Atanh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Cosh(TSelf)"/>
    public static Adjoint<T> Cosh(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Cosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Sinh(TSelf)"/>
    public static Adjoint<T> Sinh(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Sinh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Tanh(TSelf)"/>
    public static Adjoint<T> Tanh(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Tanh(x.Value));

    //
    // ITrigonometricFunctions
    //

    /// <summary>The inverse cosine; cases as for <see cref="HyperDual{T}.Acos"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos x with its derivative.</returns>
    public static Adjoint<T> Acos(Adjoint<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Acos(x.Value), T.NegativeOne));

    /// <summary>acos(x)/π; cases as for <see cref="HyperDual{T}.Acos"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos(x)/π with its derivative.</returns>
    public static Adjoint<T> AcosPi(Adjoint<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AcosPi(x.Value), -T.One / T.Pi));

    /// <summary>The inverse sine; cases as for <see cref="HyperDual{T}.Asin"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin x with its derivative.</returns>
    public static Adjoint<T> Asin(Adjoint<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Asin(x.Value), T.One));

    /// <summary>asin(x)/π; cases as for <see cref="HyperDual{T}.Asin"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin(x)/π with its derivative.</returns>
    public static Adjoint<T> AsinPi(Adjoint<T> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AsinPi(x.Value), T.One / T.Pi));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Atan(TSelf)"/>
    public static Adjoint<T> Atan(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Atan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.AtanPi(TSelf)"/>
    public static Adjoint<T> AtanPi(Adjoint<T> x) => Apply(x, ElementaryRules<T>.AtanPi(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Cos(TSelf)"/>
    public static Adjoint<T> Cos(Adjoint<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Cos(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.CosPi(TSelf)"/>
    public static Adjoint<T> CosPi(Adjoint<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.CosPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.DegreesToRadians(TSelf)"/>
    public static Adjoint<T> DegreesToRadians(Adjoint<T> degrees) => degrees * ScalarConstants<T>.RadiansPerDegree;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.RadiansToDegrees(TSelf)"/>
    public static Adjoint<T> RadiansToDegrees(Adjoint<T> radians) => radians * ScalarConstants<T>.DegreesPerRadian;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Sin(TSelf)"/>
    public static Adjoint<T> Sin(Adjoint<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Sin(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCos(TSelf)"/>
    public static (Adjoint<T> Sin, Adjoint<T> Cos) SinCos(Adjoint<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return (Apply(x, ElementaryRules<T>.Sin(s, c)), Apply(x, ElementaryRules<T>.Cos(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCosPi(TSelf)"/>
    public static (Adjoint<T> SinPi, Adjoint<T> CosPi) SinCosPi(Adjoint<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return (Apply(x, ElementaryRules<T>.SinPi(s, c)), Apply(x, ElementaryRules<T>.CosPi(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinPi(TSelf)"/>
    public static Adjoint<T> SinPi(Adjoint<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.SinPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Tan(TSelf)"/>
    public static Adjoint<T> Tan(Adjoint<T> x) => Apply(x, ElementaryRules<T>.Tan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.TanPi(TSelf)"/>
    public static Adjoint<T> TanPi(Adjoint<T> x) => Apply(x, ElementaryRules<T>.TanPi(x.Value));
}
