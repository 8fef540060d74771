using System.Numerics;

namespace Hyperdual;

// IComparable, IEquatable, INumber and the non-conversion members of INumberBase of Adjoint<T>. The selection
// functions return the selected argument itself (its node), so they record nothing except at a tie.
public readonly partial struct Adjoint<T>
{
    //
    // IComparable
    //

    /// <summary>Compares the values only.</summary>
    /// <param name="obj">A dual number or null.</param>
    /// <returns>The order of the values; null sorts first.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <c>Adjoint&lt;T&gt;</c>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Adjoint<T> other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Adjoint<T>)}<{typeof(T).Name}>, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Compares the values only.</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>The order of the values (NaN sorts first, as for <typeparamref name="T"/>).</returns>
    public int CompareTo(Adjoint<T> other) => Value.CompareTo(other.Value);

    //
    // IEquatable
    //

    /// <summary>Whether the values are equal (NaN equals NaN, as for <typeparamref name="T"/>.Equals) and both are
    /// the same node of the same recording, or both constants.</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>Whether value and node are equal.</returns>
    public bool Equals(Adjoint<T> other)
        => Value.Equals(other.Value) && ReferenceEquals(tape, other.tape) && recording == other.recording && Index == other.Index;

    //
    // INumber
    //

    /// <summary>Clamps <paramref name="value"/> to [<paramref name="min"/>, <paramref name="max"/>] by value.</summary>
    /// <param name="value">The number to clamp.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The argument the clamped value comes from, with its node.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>min &lt; value &lt; max: value.</item>
    /// <item>value &lt; min or value &gt; max: the bound, with the bound's node.</item>
    /// <item>value equal to a bound: value (the interval is closed, so the argument is still inside).</item>
    /// <item>value NaN: value.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    public static Adjoint<T> Clamp(Adjoint<T> value, Adjoint<T> min, Adjoint<T> max) => SelectionRules<T>.Clamp(value.Value, min.Value, max.Value) switch
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
    public static Adjoint<T> ClampNative(Adjoint<T> value, Adjoint<T> min, Adjoint<T> max) => Clamp(value, min, max);

    /// <summary><paramref name="value"/> with the sign of <paramref name="sign"/> (sign bits of the values).</summary>
    /// <param name="value">The magnitude.</param>
    /// <param name="sign">The number whose sign is copied.</param>
    /// <returns>value or −value, recording a node with partial −1 for −value.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>The signs agree: value unchanged. They differ: −value. The result does not depend on sign's
    /// node (the sign is piecewise constant).</item>
    /// <item>value = ±0 or sign = ±0: the sign bits decide, as in case 1 (a one-sided choice at the kink).</item>
    /// </list>
    /// </remarks>
    public static Adjoint<T> CopySign(Adjoint<T> value, Adjoint<T> sign)
        => T.IsNegative(value.Value) == T.IsNegative(sign.Value) ? value : -value;

    /// <summary>The larger of two numbers by value; ties average the partials.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The larger number.</returns>
    /// <remarks>
    /// The same cases hold for every selection function (Max, Min, MaxNumber, MinNumber, MaxMagnitude,
    /// MinMagnitude, MaxMagnitudeNumber, MinMagnitudeNumber):
    /// <list type="number">
    /// <item>The values differ: the selected argument, with its node.</item>
    /// <item>The values are equal (a tie, where the derivative does not exist): the value <typeparamref name="T"/>'s
    /// function gives (so +0 beats −0 in Max), the partials ½ with respect to each argument
    /// (the midpoint of the two one-sided derivatives, as the forward tangent ½(x.ε + y.ε)).</item>
    /// <item>NaN: the argument <typeparamref name="T"/>'s function selects (the NaN one for Max/Min, the other
    /// one for the *Number variants).</item>
    /// </list>
    /// </remarks>
    public static Adjoint<T> Max(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.Max(x.Value, y.Value));

    /// <summary>As <see cref="Max"/>.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The larger number.</returns>
    public static Adjoint<T> MaxNative(Adjoint<T> x, Adjoint<T> y) => Max(x, y);

    /// <summary>The larger of two numbers by value, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The larger number.</returns>
    public static Adjoint<T> MaxNumber(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.MaxNumber(x.Value, y.Value));

    /// <summary>The smaller of two numbers by value; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The smaller number.</returns>
    public static Adjoint<T> Min(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.Min(x.Value, y.Value));

    /// <summary>As <see cref="Min"/>.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The smaller number.</returns>
    public static Adjoint<T> MinNative(Adjoint<T> x, Adjoint<T> y) => Min(x, y);

    /// <summary>The smaller of two numbers by value, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The smaller number.</returns>
    public static Adjoint<T> MinNumber(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.MinNumber(x.Value, y.Value));

    /// <summary>The sign of the value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>−1, 0 or 1.</returns>
    /// <exception cref="ArithmeticException">The value is NaN.</exception>
    public static int Sign(Adjoint<T> value) => T.Sign(value.Value);

    /// <summary>The argument whose value <paramref name="result"/> is, or the tie rule of <see cref="Max"/>.</summary>
    private static Adjoint<T> Select(Adjoint<T> x, Adjoint<T> y, T result) => SelectionRules<T>.Select(x.Value, y.Value, result) switch
    {
        Selection.First => x,
        Selection.Second => y,
        _ => Chain(x, y, result, ScalarConstants<T>.Half, ScalarConstants<T>.Half),
    };

    //
    // INumberBase
    //

    /// <summary>The absolute value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>value or −value (a node with partial −1).</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>value ≠ 0: −value when the value is negative, value otherwise.</item>
    /// <item>value = ±0 (the kink): the sign bit decides: +0 gives value (slope +1, the derivative from the
    /// right), −0 gives −value (slope −1, the derivative from the left).</item>
    /// </list>
    /// </remarks>
    public static Adjoint<T> Abs(Adjoint<T> value) => T.IsNegative(value.Value) ? -value : value;

    /// <inheritdoc cref="INumberBase{TSelf}.IsCanonical(TSelf)"/>
    public static bool IsCanonical(Adjoint<T> value) => T.IsCanonical(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsComplexNumber(TSelf)"/>
    public static bool IsComplexNumber(Adjoint<T> value) => T.IsComplexNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsEvenInteger(TSelf)"/>
    public static bool IsEvenInteger(Adjoint<T> value) => T.IsEvenInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsFinite(TSelf)"/>
    public static bool IsFinite(Adjoint<T> value) => T.IsFinite(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsImaginaryNumber(TSelf)"/>
    public static bool IsImaginaryNumber(Adjoint<T> value) => T.IsImaginaryNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsInfinity(TSelf)"/>
    public static bool IsInfinity(Adjoint<T> value) => T.IsInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsInteger(TSelf)"/>
    public static bool IsInteger(Adjoint<T> value) => T.IsInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNaN(TSelf)"/>
    public static bool IsNaN(Adjoint<T> value) => T.IsNaN(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNegative(TSelf)"/>
    public static bool IsNegative(Adjoint<T> value) => T.IsNegative(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNegativeInfinity(TSelf)"/>
    public static bool IsNegativeInfinity(Adjoint<T> value) => T.IsNegativeInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNormal(TSelf)"/>
    public static bool IsNormal(Adjoint<T> value) => T.IsNormal(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsOddInteger(TSelf)"/>
    public static bool IsOddInteger(Adjoint<T> value) => T.IsOddInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsPositive(TSelf)"/>
    public static bool IsPositive(Adjoint<T> value) => T.IsPositive(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsPositiveInfinity(TSelf)"/>
    public static bool IsPositiveInfinity(Adjoint<T> value) => T.IsPositiveInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsRealNumber(TSelf)"/>
    public static bool IsRealNumber(Adjoint<T> value) => T.IsRealNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsSubnormal(TSelf)"/>
    public static bool IsSubnormal(Adjoint<T> value) => T.IsSubnormal(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsZero(TSelf)"/>
    public static bool IsZero(Adjoint<T> value) => T.IsZero(value.Value);

    /// <summary>The argument with the larger magnitude; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the larger magnitude.</returns>
    public static Adjoint<T> MaxMagnitude(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.MaxMagnitude(x.Value, y.Value));

    /// <summary>The argument with the larger magnitude, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the larger magnitude.</returns>
    public static Adjoint<T> MaxMagnitudeNumber(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.MaxMagnitudeNumber(x.Value, y.Value));

    /// <summary>The argument with the smaller magnitude; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the smaller magnitude.</returns>
    public static Adjoint<T> MinMagnitude(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.MinMagnitude(x.Value, y.Value));

    /// <summary>The argument with the smaller magnitude, preferring a number to NaN; the cases of <see cref="Max"/> apply.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The number with the smaller magnitude.</returns>
    public static Adjoint<T> MinMagnitudeNumber(Adjoint<T> x, Adjoint<T> y) => Select(x, y, T.MinMagnitudeNumber(x.Value, y.Value));

    /// <summary><c>left·right + addend</c> with its partials (no fused rounding promised).</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <param name="addend">The addend.</param>
    /// <returns>The product plus the addend.</returns>
    public static Adjoint<T> MultiplyAddEstimate(Adjoint<T> left, Adjoint<T> right, Adjoint<T> addend)
        => (left * right) + addend;
}
