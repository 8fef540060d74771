using System.Numerics;

namespace Hyperdual;

// IFloatingPoint and IFloatingPointIeee754 members of ChainRuleNumber<T, TParts>.
public readonly partial struct ChainRuleNumber<T, TParts>
{
    //
    // IFloatingPoint
    //

    /// <summary>Rounds the value up; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <returns>⌈x⌉ as a constant.</returns>
    public static ChainRuleNumber<T, TParts> Ceiling(ChainRuleNumber<T, TParts> x) => new(T.Ceiling(x.Value));

    /// <inheritdoc cref="HyperDual{T}.ConvertToInteger{TInteger}"/>
    public static TInteger ConvertToInteger<TInteger>(ChainRuleNumber<T, TParts> value)
        where TInteger : IBinaryInteger<TInteger>
        => T.ConvertToInteger<TInteger>(value.Value);

    /// <inheritdoc cref="HyperDual{T}.ConvertToIntegerNative{TInteger}"/>
    public static TInteger ConvertToIntegerNative<TInteger>(ChainRuleNumber<T, TParts> value)
        where TInteger : IBinaryInteger<TInteger>
        => T.ConvertToIntegerNative<TInteger>(value.Value);

    /// <summary>Rounds the value down; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <returns>⌊x⌋ as a constant.</returns>
    public static ChainRuleNumber<T, TParts> Floor(ChainRuleNumber<T, TParts> x) => new(T.Floor(x.Value));

    /// <summary>Rounds the value to the nearest integer, ties to even; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <returns>The rounded value as a constant.</returns>
    public static ChainRuleNumber<T, TParts> Round(ChainRuleNumber<T, TParts> x) => new(T.Round(x.Value));

    /// <summary>Rounds the value to <paramref name="digits"/> fractional digits; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <param name="digits">The number of fractional digits.</param>
    /// <returns>The rounded value as a constant.</returns>
    public static ChainRuleNumber<T, TParts> Round(ChainRuleNumber<T, TParts> x, int digits) => new(T.Round(x.Value, digits));

    /// <summary>Rounds the value with the given midpoint mode; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <param name="mode">The midpoint rounding mode.</param>
    /// <returns>The rounded value as a constant.</returns>
    public static ChainRuleNumber<T, TParts> Round(ChainRuleNumber<T, TParts> x, MidpointRounding mode) => new(T.Round(x.Value, mode));

    /// <inheritdoc cref="HyperDual{T}.Round(HyperDual{T}, int, MidpointRounding)"/>
    public static ChainRuleNumber<T, TParts> Round(ChainRuleNumber<T, TParts> x, int digits, MidpointRounding mode) => new(T.Round(x.Value, digits, mode));

    /// <summary>Rounds the value towards zero; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <returns>The truncated value as a constant.</returns>
    public static ChainRuleNumber<T, TParts> Truncate(ChainRuleNumber<T, TParts> x) => new(T.Truncate(x.Value));

    /// <inheritdoc/>
    int IFloatingPoint<ChainRuleNumber<T, TParts>>.GetExponentByteCount() => Value.GetExponentByteCount();

    /// <inheritdoc/>
    int IFloatingPoint<ChainRuleNumber<T, TParts>>.GetExponentShortestBitLength() => Value.GetExponentShortestBitLength();

    /// <inheritdoc/>
    int IFloatingPoint<ChainRuleNumber<T, TParts>>.GetSignificandBitLength() => Value.GetSignificandBitLength();

    /// <inheritdoc/>
    int IFloatingPoint<ChainRuleNumber<T, TParts>>.GetSignificandByteCount() => Value.GetSignificandByteCount();

    /// <inheritdoc/>
    bool IFloatingPoint<ChainRuleNumber<T, TParts>>.TryWriteExponentBigEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteExponentBigEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<ChainRuleNumber<T, TParts>>.TryWriteExponentLittleEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteExponentLittleEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<ChainRuleNumber<T, TParts>>.TryWriteSignificandBigEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteSignificandBigEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<ChainRuleNumber<T, TParts>>.TryWriteSignificandLittleEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteSignificandLittleEndian(destination, out bytesWritten);

    //
    // IFloatingPointIeee754
    //

    /// <inheritdoc cref="HyperDual{T}.Atan2(HyperDual{T}, HyperDual{T})"/>
    public static ChainRuleNumber<T, TParts> Atan2(ChainRuleNumber<T, TParts> y, ChainRuleNumber<T, TParts> x) => Atan2Rule(y, x, T.Atan2(y.Value, x.Value), T.One);

    /// <inheritdoc cref="HyperDual{T}.Atan2Pi(HyperDual{T}, HyperDual{T})"/>
    public static ChainRuleNumber<T, TParts> Atan2Pi(ChainRuleNumber<T, TParts> y, ChainRuleNumber<T, TParts> x) => Atan2Rule(y, x, T.Atan2Pi(y.Value, x.Value), T.One / T.Pi);

    /// <summary>The rule shared by atan2 and atan2π; the origin is an undefined direction.</summary>
    private static ChainRuleNumber<T, TParts> Atan2Rule(ChainRuleNumber<T, TParts> y, ChainRuleNumber<T, TParts> x, T f, T scale)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the origin.
            return UndefinedDirection(y, x, f);
        }

        // Case 1.
        return Apply(y, x, ElementaryRules<T>.Atan2(y.Value, x.Value, f, scale, h));
    }

    /// <inheritdoc cref="HyperDual{T}.BitDecrement"/>
    public static ChainRuleNumber<T, TParts> BitDecrement(ChainRuleNumber<T, TParts> x) => WithValue(x, T.BitDecrement(x.Value));

    /// <inheritdoc cref="HyperDual{T}.BitIncrement"/>
    public static ChainRuleNumber<T, TParts> BitIncrement(ChainRuleNumber<T, TParts> x) => WithValue(x, T.BitIncrement(x.Value));

    /// <inheritdoc cref="HyperDual{T}.FusedMultiplyAdd"/>
    public static ChainRuleNumber<T, TParts> FusedMultiplyAdd(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right, ChainRuleNumber<T, TParts> addend)
        => WithValue((left * right) + addend, T.FusedMultiplyAdd(left.Value, right.Value, addend.Value));

    /// <inheritdoc cref="HyperDual{T}.Ieee754Remainder"/>
    public static ChainRuleNumber<T, TParts> Ieee754Remainder(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right)
    {
        T remainder = T.Ieee754Remainder(left.Value, right.Value);
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return Apply(left, right, ElementaryRules<T>.Linear(remainder, T.One, -quotient));
    }

    /// <inheritdoc cref="HyperDual{T}.ILogB"/>
    public static int ILogB(ChainRuleNumber<T, TParts> x) => T.ILogB(x.Value);

    /// <inheritdoc cref="HyperDual{T}.Lerp"/>
    public static ChainRuleNumber<T, TParts> Lerp(ChainRuleNumber<T, TParts> value1, ChainRuleNumber<T, TParts> value2, ChainRuleNumber<T, TParts> amount)
        => WithValue((value1 * (One - amount)) + (value2 * amount), T.Lerp(value1.Value, value2.Value, amount.Value));

    /// <inheritdoc cref="HyperDual{T}.ReciprocalEstimate"/>
    public static ChainRuleNumber<T, TParts> ReciprocalEstimate(ChainRuleNumber<T, TParts> x) => T.One / x;

    /// <inheritdoc cref="HyperDual{T}.ReciprocalSqrtEstimate"/>
    public static ChainRuleNumber<T, TParts> ReciprocalSqrtEstimate(ChainRuleNumber<T, TParts> x) => T.One / Sqrt(x);

    /// <inheritdoc cref="HyperDual{T}.ScaleB"/>
    public static ChainRuleNumber<T, TParts> ScaleB(ChainRuleNumber<T, TParts> x, int n) => Apply(x, ElementaryRules<T>.Linear(T.ScaleB(x.Value, n), T.ScaleB(T.One, n)));
}
