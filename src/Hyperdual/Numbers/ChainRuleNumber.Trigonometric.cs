using System.Numerics;

namespace Hyperdual;

// Hyperbolic and trigonometric functions of ChainRuleNumber<T, TParts>: each the rule of ElementaryRules<T>.
public readonly partial struct ChainRuleNumber<T, TParts>
{
    //
    // IHyperbolicFunctions
    //

    /// <inheritdoc cref="HyperDual{T}.Acosh"/>
    public static ChainRuleNumber<T, TParts> Acosh(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Acosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Asinh(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Asinh(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Asinh(x.Value));

    /// <inheritdoc cref="HyperDual{T}.Atanh"/>
    public static ChainRuleNumber<T, TParts> Atanh(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Atanh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Cosh(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Cosh(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Cosh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Sinh(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Sinh(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Sinh(x.Value));

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Tanh(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Tanh(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Tanh(x.Value));

    //
    // ITrigonometricFunctions
    //

    /// <inheritdoc cref="HyperDual{T}.Acos"/>
    public static ChainRuleNumber<T, TParts> Acos(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Acos(x.Value), T.NegativeOne));

    /// <inheritdoc cref="HyperDual{T}.AcosPi"/>
    public static ChainRuleNumber<T, TParts> AcosPi(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AcosPi(x.Value), -T.One / T.Pi));

    /// <inheritdoc cref="HyperDual{T}.Asin"/>
    public static ChainRuleNumber<T, TParts> Asin(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.Asin(x.Value), T.One));

    /// <inheritdoc cref="HyperDual{T}.AsinPi"/>
    public static ChainRuleNumber<T, TParts> AsinPi(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.InverseSine(x.Value, T.AsinPi(x.Value), T.One / T.Pi));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Atan(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Atan(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Atan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.AtanPi(TSelf)"/>
    public static ChainRuleNumber<T, TParts> AtanPi(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.AtanPi(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Cos(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Cos(ChainRuleNumber<T, TParts> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Cos(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.CosPi(TSelf)"/>
    public static ChainRuleNumber<T, TParts> CosPi(ChainRuleNumber<T, TParts> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.CosPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.DegreesToRadians(TSelf)"/>
    public static ChainRuleNumber<T, TParts> DegreesToRadians(ChainRuleNumber<T, TParts> degrees) => degrees * ScalarConstants<T>.RadiansPerDegree;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.RadiansToDegrees(TSelf)"/>
    public static ChainRuleNumber<T, TParts> RadiansToDegrees(ChainRuleNumber<T, TParts> radians) => radians * ScalarConstants<T>.DegreesPerRadian;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Sin(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Sin(ChainRuleNumber<T, TParts> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Apply(x, ElementaryRules<T>.Sin(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCos(TSelf)"/>
    public static (ChainRuleNumber<T, TParts> Sin, ChainRuleNumber<T, TParts> Cos) SinCos(ChainRuleNumber<T, TParts> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return (Apply(x, ElementaryRules<T>.Sin(s, c)), Apply(x, ElementaryRules<T>.Cos(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCosPi(TSelf)"/>
    public static (ChainRuleNumber<T, TParts> SinPi, ChainRuleNumber<T, TParts> CosPi) SinCosPi(ChainRuleNumber<T, TParts> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return (Apply(x, ElementaryRules<T>.SinPi(s, c)), Apply(x, ElementaryRules<T>.CosPi(s, c)));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinPi(TSelf)"/>
    public static ChainRuleNumber<T, TParts> SinPi(ChainRuleNumber<T, TParts> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Apply(x, ElementaryRules<T>.SinPi(s, c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Tan(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Tan(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Tan(x.Value));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.TanPi(TSelf)"/>
    public static ChainRuleNumber<T, TParts> TanPi(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.TanPi(x.Value));
}
