using System.Numerics;

namespace Hyperdual;

// IComparable, IEquatable, INumber and the non-conversion members of INumberBase of Dual<T>.
public readonly partial struct Dual<T>
{
    //
    // IComparable
    //

    /// <summary>Compares the values only.</summary>
    /// <param name="obj">A dual number or null.</param>
    /// <returns>The order of the values; null sorts first.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <c>Dual&lt;T&gt;</c>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Dual<T> other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Dual<T>)}<{typeof(T).Name}>, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Compares the values only.</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>The order of the values (NaN sorts first, as for <typeparamref name="T"/>).</returns>
    public int CompareTo(Dual<T> other) => Value.CompareTo(other.Value);

    //
    // IEquatable
    //

    /// <summary>Whether both parts are equal (NaN equals NaN, as for <typeparamref name="T"/>.Equals).</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>Whether every part is equal.</returns>
    public bool Equals(Dual<T> other) => Value.Equals(other.Value) && Epsilon.Equals(other.Epsilon);

    //
    // INumber
    //

    /// <summary>Clamps <paramref name="value"/> to [<paramref name="min"/>, <paramref name="max"/>] by value.</summary>
    /// <param name="value">The number to clamp.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The argument the clamped value comes from, with its tangents.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>min &lt; value &lt; max: value.</item>
    /// <item>value &lt; min or value &gt; max: the bound, with the bound's parts.</item>
    /// <item>value equal to a bound: value (the interval is closed, so the argument is still inside).</item>
    /// <item>value NaN: value.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    public static Dual<T> Clamp(Dual<T> value, Dual<T> min, Dual<T> max) => SelectionRules<T>.Clamp(value.Value, min.Value, max.Value) switch
    {
        ClampChoice.LowerBound => min,
        ClampChoice.UpperBound => max,
        _ => value,
    };

    /// <summary>As <see cref="Clamp"/>.</summary>
    /// <param name="value">The number to clamp.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The clamped number.</returns>
    public static Dual<T> ClampNative(Dual<T> value, Dual<T> min, Dual<T> max) => Clamp(value, min, max);

    /// <summary><paramref name="value"/> with the sign of <paramref name="sign"/> (sign bits of the values).</summary>
    /// <param name="value">The magnitude.</param>
    /// <param name="sign">The number whose sign is copied.</param>
    /// <returns>value or −value, with the matching tangent.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>The signs agree: value unchanged. They differ: −value. The result does not depend on sign's
    /// perturbations (the sign is piecewise constant).</item>
    /// <item>value = ±0 or sign = ±0: the sign bits decide, as in case 1 (a one-sided choice at the kink).</item>
    /// </list>
    /// </remarks>
    public static Dual<T> CopySign(Dual<T> value, Dual<T> sign)
    {
        // Cases 1 and 2 alike: the sign bits decide, zeros included.
        return T.IsNegative(value.Value) == T.IsNegative(sign.Value) ? value : -value;
    }

    /// <summary>The larger of two numbers by value; ties average the tangents.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The larger number.</returns>
    /// <remarks>
    /// The same cases hold for every selection function (Max, Min, MaxNumber, MinNumber, MaxMagnitude,
    /// MinMagnitude, MaxMagnitudeNumber, MinMagnitudeNumber):
    /// <list type="number">
    /// <item>The values differ: the selected argument, with its parts.</item>
    /// <item>The values are equal (a tie, where the derivative does not exist): the value <typeparamref name="T"/>'s
    /// function gives (so +0 beats −0 in Max), the tangents the average of both arguments' parts
    /// (the midpoint of the two one-sided derivatives).</item>
    /// <item>NaN: the argument <typeparamref name="T"/>'s function selects (the NaN one for Max/Min, the other
    /// one for the *Number variants).</item>
    /// </list>
    /// </remarks>
    public static Dual<T> Max(Dual<T> x, Dual<T> y) => Select(x, y, T.Max(x.Value, y.Value));

    /// <summary>As <see cref="Max"/>.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The larger number.</returns>
    public static Dual<T> MaxNative(Dual<T> x, Dual<T> y) => Max(x, y);

    /// <summary>The larger of two numbers by value, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The larger number.</returns>
    public static Dual<T> MaxNumber(Dual<T> x, Dual<T> y) => Select(x, y, T.MaxNumber(x.Value, y.Value));

    /// <summary>The smaller of two numbers by value; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The smaller number.</returns>
    public static Dual<T> Min(Dual<T> x, Dual<T> y) => Select(x, y, T.Min(x.Value, y.Value));

    /// <summary>As <see cref="Min"/>.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The smaller number.</returns>
    public static Dual<T> MinNative(Dual<T> x, Dual<T> y) => Min(x, y);

    /// <summary>The smaller of two numbers by value, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The smaller number.</returns>
    public static Dual<T> MinNumber(Dual<T> x, Dual<T> y) => Select(x, y, T.MinNumber(x.Value, y.Value));

    /// <summary>The sign of the value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>−1, 0 or 1.</returns>
    /// <exception cref="ArithmeticException">The value is NaN.</exception>
    public static int Sign(Dual<T> value) => T.Sign(value.Value);

    /// <summary>The argument whose value <paramref name="result"/> is, or the tie rule of <see cref="Max"/>.</summary>
    private static Dual<T> Select(Dual<T> x, Dual<T> y, T result) => SelectionRules<T>.Select(x.Value, y.Value, result) switch
    {
        Selection.First => x,
        Selection.Second => y,
        _ => new(result, ScalarConstants<T>.Half * (x.Epsilon + y.Epsilon)),
    };

    //
    // INumberBase
    //

    /// <summary>The absolute value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>value or −value.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>value ≠ 0: −value when the value is negative, value otherwise.</item>
    /// <item>value = ±0 (the kink): the sign bit decides: +0 gives value (slope +1, the derivative from the
    /// right), −0 gives −value (slope −1, the derivative from the left).</item>
    /// </list>
    /// </remarks>
    public static Dual<T> Abs(Dual<T> value)
    {
        // Case 1 by the sign of the value; case 2 (±0) by its sign bit, which IsNegative reads the same way.
        return T.IsNegative(value.Value) ? -value : value;
    }

    /// <inheritdoc cref="INumberBase{TSelf}.IsCanonical(TSelf)"/>
    public static bool IsCanonical(Dual<T> value) => T.IsCanonical(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsComplexNumber(TSelf)"/>
    public static bool IsComplexNumber(Dual<T> value) => T.IsComplexNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsEvenInteger(TSelf)"/>
    public static bool IsEvenInteger(Dual<T> value) => T.IsEvenInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsFinite(TSelf)"/>
    public static bool IsFinite(Dual<T> value) => T.IsFinite(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsImaginaryNumber(TSelf)"/>
    public static bool IsImaginaryNumber(Dual<T> value) => T.IsImaginaryNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsInfinity(TSelf)"/>
    public static bool IsInfinity(Dual<T> value) => T.IsInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsInteger(TSelf)"/>
    public static bool IsInteger(Dual<T> value) => T.IsInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNaN(TSelf)"/>
    public static bool IsNaN(Dual<T> value) => T.IsNaN(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNegative(TSelf)"/>
    public static bool IsNegative(Dual<T> value) => T.IsNegative(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNegativeInfinity(TSelf)"/>
    public static bool IsNegativeInfinity(Dual<T> value) => T.IsNegativeInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNormal(TSelf)"/>
    public static bool IsNormal(Dual<T> value) => T.IsNormal(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsOddInteger(TSelf)"/>
    public static bool IsOddInteger(Dual<T> value) => T.IsOddInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsPositive(TSelf)"/>
    public static bool IsPositive(Dual<T> value) => T.IsPositive(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsPositiveInfinity(TSelf)"/>
    public static bool IsPositiveInfinity(Dual<T> value) => T.IsPositiveInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsRealNumber(TSelf)"/>
    public static bool IsRealNumber(Dual<T> value) => T.IsRealNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsSubnormal(TSelf)"/>
    public static bool IsSubnormal(Dual<T> value) => T.IsSubnormal(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsZero(TSelf)"/>
    public static bool IsZero(Dual<T> value) => T.IsZero(value.Value);

    /// <summary>The argument with the larger magnitude; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the larger magnitude.</returns>
    public static Dual<T> MaxMagnitude(Dual<T> x, Dual<T> y) => Select(x, y, T.MaxMagnitude(x.Value, y.Value));

    /// <summary>The argument with the larger magnitude, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the larger magnitude.</returns>
    public static Dual<T> MaxMagnitudeNumber(Dual<T> x, Dual<T> y) => Select(x, y, T.MaxMagnitudeNumber(x.Value, y.Value));

    /// <summary>The argument with the smaller magnitude; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the smaller magnitude.</returns>
    public static Dual<T> MinMagnitude(Dual<T> x, Dual<T> y) => Select(x, y, T.MinMagnitude(x.Value, y.Value));

    /// <summary>The argument with the smaller magnitude, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the smaller magnitude.</returns>
    public static Dual<T> MinMagnitudeNumber(Dual<T> x, Dual<T> y) => Select(x, y, T.MinMagnitudeNumber(x.Value, y.Value));

    /// <summary><c>left·right + addend</c> with its derivatives (no fused rounding promised).</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <param name="addend">The addend.</param>
    /// <returns>The product plus the addend.</returns>
    public static Dual<T> MultiplyAddEstimate(Dual<T> left, Dual<T> right, Dual<T> addend)
        => (left * right) + addend;
}
