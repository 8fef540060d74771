using System.Numerics;

namespace Hyperdual;

// Hyperbolic and trigonometric functions of HyperDual<T>.
public readonly partial struct HyperDual<T>
{
    //
    // IHyperbolicFunctions
    //

    // acosh(a + h) ≈ acosh(a) + h/√(a² − 1);  f'' = −a/(a² − 1)^(3/2)

    /// <summary>The inverse hyperbolic cosine.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acosh x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>x &gt; 1: the rule above.</item>
    /// <item>x = 1: value 0, slope +∞, curvature −∞, applied only where the tangent is non-zero.</item>
    /// <item>x &lt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Acosh(HyperDual<T> x)
    {
        T a = x.Value;
        T f = T.Acosh(a);
        if (a > T.One)
        {
            // Case 1.
            T df = T.One / T.Sqrt((a - T.One) * (a + T.One));
            return Chain(x, f, df, -a * df * df * df);
        }

        if (a == T.One)
        {
            // Case 2.
            return ChainAtSingularity(x, f, T.PositiveInfinity, T.NegativeInfinity);
        }

        // Case 3.
        return new(T.NaN, T.NaN, T.NaN, T.NaN);
    }

    // asinh(a + h) ≈ asinh(a) + h/√(a² + 1);  f'' = −a/(a² + 1)^(3/2)

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Asinh(TSelf)"/>
    public static HyperDual<T> Asinh(HyperDual<T> x)
    {
        T a = x.Value;
        T df = T.One / T.Hypot(a, T.One);
        return Chain(x, T.Asinh(a), df, -a * df * df * df);
    }

    // atanh(a + h) ≈ atanh(a) + h/(1 − a²);  f'' = 2a/(1 − a²)²

    /// <summary>The inverse hyperbolic tangent.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>atanh x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>|x| &lt; 1: the rule above.</item>
    /// <item>|x| = 1: value ±∞, slope +∞, curvature ±∞ (sign of x), applied only where the tangent is non-zero.</item>
    /// <item>|x| &gt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Atanh(HyperDual<T> x)
    {
        T a = x.Value;
        T f = T.Atanh(a);
        T magnitude = T.Abs(a);
        if (magnitude < T.One)
        {
            // Case 1.
            T df = T.One / ((T.One - a) * (T.One + a));
            return Chain(x, f, df, (a + a) * df * df);
        }

        if (magnitude == T.One)
        {
            // Case 2.
            return ChainAtSingularity(x, f, T.PositiveInfinity, a > T.Zero ? T.PositiveInfinity : T.NegativeInfinity);
        }

        // Case 3.
        return new(T.NaN, T.NaN, T.NaN, T.NaN);
    }

    // cosh(a + h) ≈ cosh(a) + sinh(a)h;  f'' = cosh(a)

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Cosh(TSelf)"/>
    public static HyperDual<T> Cosh(HyperDual<T> x)
    {
        T c = T.Cosh(x.Value);
        return Chain(x, c, T.Sinh(x.Value), c);
    }

    // sinh(a + h) ≈ sinh(a) + cosh(a)h;  f'' = sinh(a)

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Sinh(TSelf)"/>
    public static HyperDual<T> Sinh(HyperDual<T> x)
    {
        T s = T.Sinh(x.Value);
        return Chain(x, s, T.Cosh(x.Value), s);
    }

    // tanh(a + h) ≈ tanh(a) + h/cosh²(a);  f'' = −2 tanh(a)/cosh²(a)
    // (1/cosh² rather than 1 − tanh², which rounds to 0 for |a| > 19 in double)

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Tanh(TSelf)"/>
    public static HyperDual<T> Tanh(HyperDual<T> x)
    {
        T t = T.Tanh(x.Value);
        T c = T.Cosh(x.Value);
        T df = T.One / (c * c);
        return Chain(x, t, df, -(t + t) * df);
    }

    //
    // ITrigonometricFunctions
    //

    // acos(a + h) ≈ acos(a) − h/√(1 − a²);  f'' = −a/(1 − a²)^(3/2)

    /// <summary>The inverse cosine.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>|x| &lt; 1: the rule above.</item>
    /// <item>|x| = 1: slope −∞, curvature ∓∞ (opposite to the sign of x), applied only where the tangent is non-zero.</item>
    /// <item>|x| &gt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Acos(HyperDual<T> x) => InverseSineRule(x, T.Acos(x.Value), T.NegativeOne);

    // acosπ(a + h) ≈ acosπ(a) − h/(π√(1 − a²));  f'' = −a/(π(1 − a²)^(3/2))

    /// <summary>acos(x)/π; the cases of <see cref="Acos(HyperDual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos(x)/π with its derivatives.</returns>
    public static HyperDual<T> AcosPi(HyperDual<T> x) => InverseSineRule(x, T.AcosPi(x.Value), -T.One / T.Pi);

    // asin(a + h) ≈ asin(a) + h/√(1 − a²);  f'' = a/(1 − a²)^(3/2)

    /// <summary>The inverse sine.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin x with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>|x| &lt; 1: the rule above.</item>
    /// <item>|x| = 1: slope +∞, curvature ±∞ (sign of x), applied only where the tangent is non-zero.</item>
    /// <item>|x| &gt; 1 or NaN: NaN throughout.</item>
    /// </list>
    /// </remarks>
    public static HyperDual<T> Asin(HyperDual<T> x) => InverseSineRule(x, T.Asin(x.Value), T.One);

    // asinπ(a + h) ≈ asinπ(a) + h/(π√(1 − a²));  f'' = a/(π(1 − a²)^(3/2))

    /// <summary>asin(x)/π; the cases of <see cref="Asin(HyperDual{T})"/> apply.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin(x)/π with its derivatives.</returns>
    public static HyperDual<T> AsinPi(HyperDual<T> x) => InverseSineRule(x, T.AsinPi(x.Value), T.One / T.Pi);

    /// <summary>
    /// The rule shared by asin, acos and their π variants: slope <paramref name="scale"/>/√(1 − a²),
    /// curvature <paramref name="scale"/>·a/(1 − a²)^(3/2), with the cases of <see cref="Asin(HyperDual{T})"/>.
    /// </summary>
    private static HyperDual<T> InverseSineRule(HyperDual<T> x, T f, T scale)
    {
        T a = x.Value;
        T magnitude = T.Abs(a);
        if (magnitude < T.One)
        {
            // Case 1.
            T root = T.One / T.Sqrt((T.One - a) * (T.One + a));
            return Chain(x, f, scale * root, scale * a * root * root * root);
        }

        if (magnitude == T.One)
        {
            // Case 2.
            T slope = scale * T.PositiveInfinity;
            return ChainAtSingularity(x, f, slope, a > T.Zero ? slope : -slope);
        }

        // Case 3.
        return new(T.NaN, T.NaN, T.NaN, T.NaN);
    }

    // atan(a + h) ≈ atan(a) + h/(1 + a²);  f'' = −2a/(1 + a²)²

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Atan(TSelf)"/>
    public static HyperDual<T> Atan(HyperDual<T> x)
    {
        T a = x.Value;
        T df = T.One / (T.One + (a * a));
        return Chain(x, T.Atan(a), df, -(a + a) * df * df);
    }

    // atanπ(a + h) ≈ atanπ(a) + h/(π(1 + a²));  f'' = −2a/(π(1 + a²)²)

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.AtanPi(TSelf)"/>
    public static HyperDual<T> AtanPi(HyperDual<T> x)
    {
        T a = x.Value;
        T df = T.One / (T.One + (a * a));
        return Chain(x, T.AtanPi(a), df / T.Pi, -(a + a) * df * df / T.Pi);
    }

    // cos(a + h) ≈ cos(a) − sin(a)h;  f'' = −cos(a)

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Cos(TSelf)"/>
    public static HyperDual<T> Cos(HyperDual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Chain(x, c, -s, -c);
    }

    // cos(π(a + h)) ≈ cos(πa) − π sin(πa)h;  f'' = −π² cos(πa)

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.CosPi(TSelf)"/>
    public static HyperDual<T> CosPi(HyperDual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Chain(x, c, -T.Pi * s, -ScalarConstants<T>.PiSquared * c);
    }

    // Linear: every part times π/180 (or 180/π).

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.DegreesToRadians(TSelf)"/>
    public static HyperDual<T> DegreesToRadians(HyperDual<T> degrees) => degrees * ScalarConstants<T>.RadiansPerDegree;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.RadiansToDegrees(TSelf)"/>
    public static HyperDual<T> RadiansToDegrees(HyperDual<T> radians) => radians * ScalarConstants<T>.DegreesPerRadian;

    // sin(a + h) ≈ sin(a) + cos(a)h;  f'' = −sin(a)

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Sin(TSelf)"/>
    public static HyperDual<T> Sin(HyperDual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Chain(x, s, c, -s);
    }

    // sin and cos from one evaluation of both.

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCos(TSelf)"/>
    public static (HyperDual<T> Sin, HyperDual<T> Cos) SinCos(HyperDual<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return (Chain(x, s, c, -s), Chain(x, c, -s, -c));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCosPi(TSelf)"/>
    public static (HyperDual<T> SinPi, HyperDual<T> CosPi) SinCosPi(HyperDual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        T pi = T.Pi;
        T pi2 = ScalarConstants<T>.PiSquared;
        return (Chain(x, s, pi * c, -pi2 * s), Chain(x, c, -pi * s, -pi2 * c));
    }

    // sin(π(a + h)) ≈ sin(πa) + π cos(πa)h;  f'' = −π² sin(πa)

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinPi(TSelf)"/>
    public static HyperDual<T> SinPi(HyperDual<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Chain(x, s, T.Pi * c, -ScalarConstants<T>.PiSquared * s);
    }

    // tan(a + h) ≈ tan(a) + (1 + tan²(a))h;  f'' = 2 tan(a)(1 + tan²(a))

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Tan(TSelf)"/>
    public static HyperDual<T> Tan(HyperDual<T> x)
    {
        T t = T.Tan(x.Value);
        T df = T.One + (t * t);
        return Chain(x, t, df, (t + t) * df);
    }

    // tan(π(a + h)) ≈ tan(πa) + π(1 + tan²(πa))h;  f'' = 2π² tan(πa)(1 + tan²(πa))

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.TanPi(TSelf)"/>
    public static HyperDual<T> TanPi(HyperDual<T> x)
    {
        T t = T.TanPi(x.Value);
        T df = T.Pi * (T.One + (t * t));
        return Chain(x, t, df, T.Pi * (t + t) * df);
    }
}
