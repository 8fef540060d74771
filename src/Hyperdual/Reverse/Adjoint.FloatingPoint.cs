using System.Numerics;

namespace Hyperdual;

// IFloatingPoint and IFloatingPointIeee754 members of Adjoint<T>.
public readonly partial struct Adjoint<T>
{
    //
    // IFloatingPoint
    //

    /// <summary>Rounds the value up; the result is a constant (see <see cref="Round(Adjoint{T}, int, MidpointRounding)"/>).</summary>
    /// <param name="x">The number.</param>
    /// <returns>⌈x⌉ as a constant (no node).</returns>
    public static Adjoint<T> Ceiling(Adjoint<T> x) => new(T.Ceiling(x.Value));

    /// <summary>Converts the value part to an integer, saturating on overflow.</summary>
    /// <typeparam name="TInteger">The integer type.</typeparam>
    /// <param name="value">The number.</param>
    /// <returns>The converted value part.</returns>
    public static TInteger ConvertToInteger<TInteger>(Adjoint<T> value)
        where TInteger : IBinaryInteger<TInteger>
        => T.ConvertToInteger<TInteger>(value.Value);

    /// <summary>Converts the value part to an integer with platform-specific overflow behaviour.</summary>
    /// <typeparam name="TInteger">The integer type.</typeparam>
    /// <param name="value">The number.</param>
    /// <returns>The converted value part.</returns>
    public static TInteger ConvertToIntegerNative<TInteger>(Adjoint<T> value)
        where TInteger : IBinaryInteger<TInteger>
        => T.ConvertToIntegerNative<TInteger>(value.Value);

    /// <summary>Rounds the value down; the result is a constant (see <see cref="Round(Adjoint{T}, int, MidpointRounding)"/>).</summary>
    /// <param name="x">The number.</param>
    /// <returns>⌊x⌋ as a constant (no node).</returns>
    public static Adjoint<T> Floor(Adjoint<T> x) => new(T.Floor(x.Value));

    /// <summary>Rounds the value to the nearest integer, ties to even; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <returns>The rounded value as a constant (no node).</returns>
    public static Adjoint<T> Round(Adjoint<T> x) => new(T.Round(x.Value));

    /// <summary>Rounds the value to <paramref name="digits"/> fractional digits; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <param name="digits">The number of fractional digits.</param>
    /// <returns>The rounded value as a constant (no node).</returns>
    public static Adjoint<T> Round(Adjoint<T> x, int digits) => new(T.Round(x.Value, digits));

    /// <summary>Rounds the value with the given midpoint mode; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <param name="mode">The midpoint rounding mode.</param>
    /// <returns>The rounded value as a constant (no node).</returns>
    public static Adjoint<T> Round(Adjoint<T> x, MidpointRounding mode) => new(T.Round(x.Value, mode));

    /// <summary>Rounds the value to <paramref name="digits"/> fractional digits with the given midpoint mode.</summary>
    /// <param name="x">The number.</param>
    /// <param name="digits">The number of fractional digits.</param>
    /// <param name="mode">The midpoint rounding mode.</param>
    /// <returns>The rounded value as a constant (no node).</returns>
    /// <remarks>
    /// Rounding functions (Round, Floor, Ceiling, Truncate) are piecewise constant.
    /// <list type="number">
    /// <item>Between jumps: the derivative is zero, so the result is a constant.</item>
    /// <item>At a jump: no derivative exists; the result is a constant too (the derivative of either piece).</item>
    /// </list>
    /// </remarks>
    public static Adjoint<T> Round(Adjoint<T> x, int digits, MidpointRounding mode) => new(T.Round(x.Value, digits, mode));

    /// <summary>Rounds the value towards zero; the result is a constant (see <see cref="Round(Adjoint{T}, int, MidpointRounding)"/>).</summary>
    /// <param name="x">The number.</param>
    /// <returns>The truncated value as a constant (no node).</returns>
    public static Adjoint<T> Truncate(Adjoint<T> x) => new(T.Truncate(x.Value));

    /// <inheritdoc/>
    int IFloatingPoint<Adjoint<T>>.GetExponentByteCount() => Value.GetExponentByteCount();

    /// <inheritdoc/>
    int IFloatingPoint<Adjoint<T>>.GetExponentShortestBitLength() => Value.GetExponentShortestBitLength();

    /// <inheritdoc/>
    int IFloatingPoint<Adjoint<T>>.GetSignificandBitLength() => Value.GetSignificandBitLength();

    /// <inheritdoc/>
    int IFloatingPoint<Adjoint<T>>.GetSignificandByteCount() => Value.GetSignificandByteCount();

    /// <inheritdoc/>
    bool IFloatingPoint<Adjoint<T>>.TryWriteExponentBigEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteExponentBigEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<Adjoint<T>>.TryWriteExponentLittleEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteExponentLittleEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<Adjoint<T>>.TryWriteSignificandBigEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteSignificandBigEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<Adjoint<T>>.TryWriteSignificandLittleEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteSignificandLittleEndian(destination, out bytesWritten);

    //
    // IFloatingPointIeee754
    //

    /// <summary>The angle of the point (x, y), <c>atan2(y, x)</c>.</summary>
    /// <param name="y">The second coordinate.</param>
    /// <param name="x">The first coordinate.</param>
    /// <returns>The angle with its derivatives.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>(x, y) ≠ (0, 0): the rule above.</item>
    /// <item>x = y = 0: the value is <c>T.Atan2(y, x)</c>; the angle has no derivative at the origin, so both
    /// partials are NaN (constants stay constants, as a zero forward tangent gives 0).</item>
    /// </list>
    /// </remarks>
    public static Adjoint<T> Atan2(Adjoint<T> y, Adjoint<T> x) => Atan2Rule(y, x, T.Atan2(y.Value, x.Value), T.One);

    /// <summary>atan2(y, x)/π; the cases of <see cref="Atan2(Adjoint{T}, Adjoint{T})"/> apply.</summary>
    /// <param name="y">The second coordinate.</param>
    /// <param name="x">The first coordinate.</param>
    /// <returns>The angle over π with its derivatives.</returns>
    public static Adjoint<T> Atan2Pi(Adjoint<T> y, Adjoint<T> x) => Atan2Rule(y, x, T.Atan2Pi(y.Value, x.Value), T.One / T.Pi);

    /// <summary>The rule shared by atan2 and atan2π, derivatives multiplied by <paramref name="scale"/>.</summary>
    private static Adjoint<T> Atan2Rule(Adjoint<T> y, Adjoint<T> x, T f, T scale)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the origin.
            return Chain(y, x, f, T.NaN, T.NaN);
        }

        // Case 1.
        return Apply(y, x, ElementaryRules<T>.Atan2(y.Value, x.Value, f, scale, h));
    }

    /// <summary>
    /// The next representable value below; the partial is 1 (the step is treated as
    /// an added constant).
    /// </summary>
    /// <param name="x">The number.</param>
    /// <returns>x with its value stepped down by one unit in the last place.</returns>
    public static Adjoint<T> BitDecrement(Adjoint<T> x) => x.WithValue(T.BitDecrement(x.Value));

    /// <summary>
    /// The next representable value above; the partial is 1 (the step is treated as
    /// an added constant).
    /// </summary>
    /// <param name="x">The number.</param>
    /// <returns>x with its value stepped up by one unit in the last place.</returns>
    public static Adjoint<T> BitIncrement(Adjoint<T> x) => x.WithValue(T.BitIncrement(x.Value));

    /// <summary><c>left·right + addend</c>, the value computed with a single rounding.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <param name="addend">The addend.</param>
    /// <returns>The fused multiply-add with its derivatives.</returns>
    public static Adjoint<T> FusedMultiplyAdd(Adjoint<T> left, Adjoint<T> right, Adjoint<T> addend)
        => ((left * right) + addend).WithValue(T.FusedMultiplyAdd(left.Value, right.Value, addend.Value));

    // x − y·n with n = round-to-even(x/y) held constant

    /// <summary>
    /// The IEEE 754 remainder <c>x − y·n</c> with n the integer nearest x/y (ties to even). n is piecewise
    /// constant, so the partials are those of <c>x − n·y</c> with n fixed; at a jump the piece of the value is used.
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder with its derivatives.</returns>
    public static Adjoint<T> Ieee754Remainder(Adjoint<T> left, Adjoint<T> right)
    {
        T remainder = T.Ieee754Remainder(left.Value, right.Value);
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return Chain(left, right, remainder, T.One, -quotient);
    }

    /// <summary>The unbiased binary exponent of the value.</summary>
    /// <param name="x">The number.</param>
    /// <returns>The exponent of the value part.</returns>
    public static int ILogB(Adjoint<T> x) => T.ILogB(x.Value);

    /// <summary>Linear interpolation <c>value1 + (value2 − value1)·amount</c> in all arguments.</summary>
    /// <param name="value1">The start.</param>
    /// <param name="value2">The end.</param>
    /// <param name="amount">The interpolation weight.</param>
    /// <returns>The interpolated number with its derivatives.</returns>
    public static Adjoint<T> Lerp(Adjoint<T> value1, Adjoint<T> value2, Adjoint<T> amount)
        => ((value1 * (One - amount)) + (value2 * amount)).WithValue(T.Lerp(value1.Value, value2.Value, amount.Value));

    /// <summary>The reciprocal <c>1/x</c>, computed exactly (not estimated) with its derivatives.</summary>
    /// <param name="x">The number.</param>
    /// <returns>1/x.</returns>
    public static Adjoint<T> ReciprocalEstimate(Adjoint<T> x) => T.One / x;

    /// <summary>The reciprocal square root <c>1/√x</c>, computed exactly (not estimated); the cases of <see cref="Sqrt"/> apply.</summary>
    /// <param name="x">The number.</param>
    /// <returns>1/√x.</returns>
    public static Adjoint<T> ReciprocalSqrtEstimate(Adjoint<T> x) => T.One / Sqrt(x);

    /// <summary><c>x·2ⁿ</c>, partial 2ⁿ.</summary>
    /// <param name="x">The number.</param>
    /// <param name="n">The power of two.</param>
    /// <returns>x scaled by 2ⁿ.</returns>
    public static Adjoint<T> ScaleB(Adjoint<T> x, int n) => Chain(x, T.ScaleB(x.Value, n), T.ScaleB(T.One, n));
}
