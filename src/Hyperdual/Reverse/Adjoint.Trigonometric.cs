using System.Numerics;

namespace Hyperdual;

// Hyperbolic and trigonometric functions of Adjoint<T>. The numbered cases at non-differentiable points are
// those documented on the HyperDual<T> function of the same name; an infinite slope is recorded as it is.
public readonly partial struct Adjoint<T>
{
    //
    // IHyperbolicFunctions
    //

    // acosh(a + h) ≈ acosh(a) + h/√(a² − 1)

    /// <summary>The inverse hyperbolic cosine; cases as for <see cref="HyperDual{T}.Acosh"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acosh x with its derivative.</returns>
    public static Adjoint<T> Acosh(Adjoint<T> x)
    {
        T a = x.Value;
        T f = T.Acosh(a);
        if (a > T.One)
        {
            // Case 1.
            return Chain(x, f, T.One / T.Sqrt((a - T.One) * (a + T.One)));
        }

        if (a == T.One)
        {
            // Case 2.
            return Chain(x, f, T.PositiveInfinity);
        }

        // Case 3.
        return UndefinedDirection(x, T.NaN);
    }

    // asinh(a + h) ≈ asinh(a) + h/√(a² + 1)

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Asinh(TSelf)"/>
    public static Adjoint<T> Asinh(Adjoint<T> x) => Chain(x, T.Asinh(x.Value), T.One / T.Hypot(x.Value, T.One));

    // atanh(a + h) ≈ atanh(a) + h/(1 − a²)

    /// <summary>The inverse hyperbolic tangent; cases as for <see cref="HyperDual{T}.Atanh"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>atanh x with its derivative.</returns>
    public static Adjoint<T> Atanh(Adjoint<T> x)
    {
        T a = x.Value;
        T f = T.Atanh(a);
        T magnitude = T.Abs(a);
        if (magnitude < T.One)
        {
            // Case 1.
            return Chain(x, f, T.One / ((T.One - a) * (T.One + a)));
        }

        if (magnitude == T.One)
        {
            // Case 2.
            return Chain(x, f, T.PositiveInfinity);
        }

        // Case 3.
        return UndefinedDirection(x, T.NaN);
    }

    // cosh(a + h) ≈ cosh(a) + sinh(a)h

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Cosh(TSelf)"/>
    public static Adjoint<T> Cosh(Adjoint<T> x) => Chain(x, T.Cosh(x.Value), T.Sinh(x.Value));

    // sinh(a + h) ≈ sinh(a) + cosh(a)h

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Sinh(TSelf)"/>
    public static Adjoint<T> Sinh(Adjoint<T> x) => Chain(x, T.Sinh(x.Value), T.Cosh(x.Value));

    // tanh(a + h) ≈ tanh(a) + h/cosh²(a)   (1/cosh² keeps the slope where 1 − tanh² rounds to 0)

    /// <inheritdoc cref="IHyperbolicFunctions{TSelf}.Tanh(TSelf)"/>
    public static Adjoint<T> Tanh(Adjoint<T> x)
    {
        T c = T.Cosh(x.Value);
        return Chain(x, T.Tanh(x.Value), T.One / (c * c));
    }

    //
    // ITrigonometricFunctions
    //

    // acos(a + h) ≈ acos(a) − h/√(1 − a²)

    /// <summary>The inverse cosine; cases as for <see cref="HyperDual{T}.Acos"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos x with its derivative.</returns>
    public static Adjoint<T> Acos(Adjoint<T> x) => InverseSineRule(x, T.Acos(x.Value), T.NegativeOne);

    /// <summary>acos(x)/π; cases as for <see cref="HyperDual{T}.Acos"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>acos(x)/π with its derivative.</returns>
    public static Adjoint<T> AcosPi(Adjoint<T> x) => InverseSineRule(x, T.AcosPi(x.Value), -T.One / T.Pi);

    // asin(a + h) ≈ asin(a) + h/√(1 − a²)

    /// <summary>The inverse sine; cases as for <see cref="HyperDual{T}.Asin"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin x with its derivative.</returns>
    public static Adjoint<T> Asin(Adjoint<T> x) => InverseSineRule(x, T.Asin(x.Value), T.One);

    /// <summary>asin(x)/π; cases as for <see cref="HyperDual{T}.Asin"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asin(x)/π with its derivative.</returns>
    public static Adjoint<T> AsinPi(Adjoint<T> x) => InverseSineRule(x, T.AsinPi(x.Value), T.One / T.Pi);

    /// <summary>The rule shared by asin, acos and their π variants: slope scale/√(1 − a²).</summary>
    private static Adjoint<T> InverseSineRule(Adjoint<T> x, T f, T scale)
    {
        T a = x.Value;
        T magnitude = T.Abs(a);
        if (magnitude < T.One)
        {
            // Case 1.
            return Chain(x, f, scale / T.Sqrt((T.One - a) * (T.One + a)));
        }

        if (magnitude == T.One)
        {
            // Case 2.
            return Chain(x, f, scale * T.PositiveInfinity);
        }

        // Case 3.
        return UndefinedDirection(x, T.NaN);
    }

    // atan(a + h) ≈ atan(a) + h/(1 + a²)

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Atan(TSelf)"/>
    public static Adjoint<T> Atan(Adjoint<T> x) => Chain(x, T.Atan(x.Value), T.One / (T.One + (x.Value * x.Value)));

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.AtanPi(TSelf)"/>
    public static Adjoint<T> AtanPi(Adjoint<T> x) => Chain(x, T.AtanPi(x.Value), T.One / (T.Pi * (T.One + (x.Value * x.Value))));

    // cos(a + h) ≈ cos(a) − sin(a)h

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Cos(TSelf)"/>
    public static Adjoint<T> Cos(Adjoint<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Chain(x, c, -s);
    }

    // cos(π(a + h)) ≈ cos(πa) − π sin(πa)h

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.CosPi(TSelf)"/>
    public static Adjoint<T> CosPi(Adjoint<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Chain(x, c, -T.Pi * s);
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.DegreesToRadians(TSelf)"/>
    public static Adjoint<T> DegreesToRadians(Adjoint<T> degrees) => degrees * ScalarConstants<T>.RadiansPerDegree;

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.RadiansToDegrees(TSelf)"/>
    public static Adjoint<T> RadiansToDegrees(Adjoint<T> radians) => radians * ScalarConstants<T>.DegreesPerRadian;

    // sin(a + h) ≈ sin(a) + cos(a)h

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Sin(TSelf)"/>
    public static Adjoint<T> Sin(Adjoint<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return Chain(x, s, c);
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCos(TSelf)"/>
    public static (Adjoint<T> Sin, Adjoint<T> Cos) SinCos(Adjoint<T> x)
    {
        (T s, T c) = T.SinCos(x.Value);
        return (Chain(x, s, c), Chain(x, c, -s));
    }

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinCosPi(TSelf)"/>
    public static (Adjoint<T> SinPi, Adjoint<T> CosPi) SinCosPi(Adjoint<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return (Chain(x, s, T.Pi * c), Chain(x, c, -T.Pi * s));
    }

    // sin(π(a + h)) ≈ sin(πa) + π cos(πa)h

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.SinPi(TSelf)"/>
    public static Adjoint<T> SinPi(Adjoint<T> x)
    {
        (T s, T c) = T.SinCosPi(x.Value);
        return Chain(x, s, T.Pi * c);
    }

    // tan(a + h) ≈ tan(a) + (1 + tan²(a))h

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.Tan(TSelf)"/>
    public static Adjoint<T> Tan(Adjoint<T> x)
    {
        T t = T.Tan(x.Value);
        return Chain(x, t, T.One + (t * t));
    }

    // tan(π(a + h)) ≈ tan(πa) + π(1 + tan²(πa))h

    /// <inheritdoc cref="ITrigonometricFunctions{TSelf}.TanPi(TSelf)"/>
    public static Adjoint<T> TanPi(Adjoint<T> x)
    {
        T t = T.TanPi(x.Value);
        return Chain(x, t, T.Pi * (T.One + (t * t)));
    }
}
