using System.Numerics;

namespace Hyperdual;

// IComparable, IEquatable, INumber and the non-conversion members of INumberBase of ChainRuleNumber<T, TParts>.
public readonly partial struct ChainRuleNumber<T, TParts>
{
    //
    // IComparable
    //

    /// <summary>Compares the values only.</summary>
    /// <param name="obj">A number of this type or null.</param>
    /// <returns>The order of the values; null sorts first.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not of this type.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ChainRuleNumber<T, TParts> other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(ChainRuleNumber<T, TParts>)}<{typeof(T).Name}, {typeof(TParts).Name}>, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Compares the values only.</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>The order of the values (NaN sorts first, as for <typeparamref name="T"/>).</returns>
    public int CompareTo(ChainRuleNumber<T, TParts> other) => Value.CompareTo(other.Value);

    //
    // IEquatable
    //

    /// <summary>Whether the values and every part are equal (NaN equals NaN, as for <typeparamref name="T"/>.Equals).</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ChainRuleNumber<T, TParts> other) => Value.Equals(other.Value) && TParts.PartsEqual(in parts, in other.parts);

    //
    // INumber
    //

    /// <inheritdoc cref="HyperDual{T}.Clamp"/>
    public static ChainRuleNumber<T, TParts> Clamp(ChainRuleNumber<T, TParts> value, ChainRuleNumber<T, TParts> min, ChainRuleNumber<T, TParts> max) => SelectionRules<T>.Clamp(value.Value, min.Value, max.Value) switch
    {
        ClampChoice.LowerBound => min,
        ClampChoice.UpperBound => max,
        _ => value,
    };

    /// <inheritdoc cref="HyperDual{T}.ClampNative"/>
    public static ChainRuleNumber<T, TParts> ClampNative(ChainRuleNumber<T, TParts> value, ChainRuleNumber<T, TParts> min, ChainRuleNumber<T, TParts> max) => Clamp(value, min, max);

    /// <inheritdoc cref="HyperDual{T}.CopySign"/>
    public static ChainRuleNumber<T, TParts> CopySign(ChainRuleNumber<T, TParts> value, ChainRuleNumber<T, TParts> sign)
        => T.IsNegative(value.Value) == T.IsNegative(sign.Value) ? value : -value;

    /// <inheritdoc cref="HyperDual{T}.Max"/>
    public static ChainRuleNumber<T, TParts> Max(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.Max(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.MaxNative"/>
    public static ChainRuleNumber<T, TParts> MaxNative(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Max(x, y);

    /// <inheritdoc cref="HyperDual{T}.MaxNumber"/>
    public static ChainRuleNumber<T, TParts> MaxNumber(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.MaxNumber(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.Min"/>
    public static ChainRuleNumber<T, TParts> Min(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.Min(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.MinNative"/>
    public static ChainRuleNumber<T, TParts> MinNative(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Min(x, y);

    /// <inheritdoc cref="HyperDual{T}.MinNumber"/>
    public static ChainRuleNumber<T, TParts> MinNumber(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.MinNumber(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.Sign"/>
    public static int Sign(ChainRuleNumber<T, TParts> value) => T.Sign(value.Value);

    /// <summary>The argument whose value <paramref name="result"/> is; at a tie the average of both arguments' parts.</summary>
    private static ChainRuleNumber<T, TParts> Select(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y, T result) => SelectionRules<T>.Select(x.Value, y.Value, result) switch
    {
        Selection.First => x,
        Selection.Second => y,
        _ => Apply(x, y, ElementaryRules<T>.Linear(result, ScalarConstants<T>.Half, ScalarConstants<T>.Half)),
    };

    //
    // INumberBase
    //

    /// <inheritdoc cref="HyperDual{T}.Abs"/>
    public static ChainRuleNumber<T, TParts> Abs(ChainRuleNumber<T, TParts> value) => T.IsNegative(value.Value) ? -value : value;

    /// <inheritdoc cref="INumberBase{TSelf}.IsCanonical(TSelf)"/>
    public static bool IsCanonical(ChainRuleNumber<T, TParts> value) => T.IsCanonical(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsComplexNumber(TSelf)"/>
    public static bool IsComplexNumber(ChainRuleNumber<T, TParts> value) => T.IsComplexNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsEvenInteger(TSelf)"/>
    public static bool IsEvenInteger(ChainRuleNumber<T, TParts> value) => T.IsEvenInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsFinite(TSelf)"/>
    public static bool IsFinite(ChainRuleNumber<T, TParts> value) => T.IsFinite(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsImaginaryNumber(TSelf)"/>
    public static bool IsImaginaryNumber(ChainRuleNumber<T, TParts> value) => T.IsImaginaryNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsInfinity(TSelf)"/>
    public static bool IsInfinity(ChainRuleNumber<T, TParts> value) => T.IsInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsInteger(TSelf)"/>
    public static bool IsInteger(ChainRuleNumber<T, TParts> value) => T.IsInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNaN(TSelf)"/>
    public static bool IsNaN(ChainRuleNumber<T, TParts> value) => T.IsNaN(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNegative(TSelf)"/>
    public static bool IsNegative(ChainRuleNumber<T, TParts> value) => T.IsNegative(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNegativeInfinity(TSelf)"/>
    public static bool IsNegativeInfinity(ChainRuleNumber<T, TParts> value) => T.IsNegativeInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsNormal(TSelf)"/>
    public static bool IsNormal(ChainRuleNumber<T, TParts> value) => T.IsNormal(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsOddInteger(TSelf)"/>
    public static bool IsOddInteger(ChainRuleNumber<T, TParts> value) => T.IsOddInteger(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsPositive(TSelf)"/>
    public static bool IsPositive(ChainRuleNumber<T, TParts> value) => T.IsPositive(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsPositiveInfinity(TSelf)"/>
    public static bool IsPositiveInfinity(ChainRuleNumber<T, TParts> value) => T.IsPositiveInfinity(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsRealNumber(TSelf)"/>
    public static bool IsRealNumber(ChainRuleNumber<T, TParts> value) => T.IsRealNumber(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsSubnormal(TSelf)"/>
    public static bool IsSubnormal(ChainRuleNumber<T, TParts> value) => T.IsSubnormal(value.Value);

    /// <inheritdoc cref="INumberBase{TSelf}.IsZero(TSelf)"/>
    public static bool IsZero(ChainRuleNumber<T, TParts> value) => T.IsZero(value.Value);

    /// <inheritdoc cref="HyperDual{T}.MaxMagnitude"/>
    public static ChainRuleNumber<T, TParts> MaxMagnitude(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.MaxMagnitude(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.MaxMagnitudeNumber"/>
    public static ChainRuleNumber<T, TParts> MaxMagnitudeNumber(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.MaxMagnitudeNumber(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.MinMagnitude"/>
    public static ChainRuleNumber<T, TParts> MinMagnitude(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.MinMagnitude(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.MinMagnitudeNumber"/>
    public static ChainRuleNumber<T, TParts> MinMagnitudeNumber(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y) => Select(x, y, T.MinMagnitudeNumber(x.Value, y.Value));

    /// <inheritdoc cref="HyperDual{T}.MultiplyAddEstimate"/>
    public static ChainRuleNumber<T, TParts> MultiplyAddEstimate(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right, ChainRuleNumber<T, TParts> addend) => (left * right) + addend;
}
