using System.Numerics;

namespace Hyperdual;

// IFloatingPoint and IFloatingPointIeee754 members of Dual<T>.
public readonly partial struct Dual<T>
{
    //
    // IFloatingPoint
    //

    /// <summary>Rounds the value up; the result is a constant (see <see cref="Round(Dual{T}, int, MidpointRounding)"/>).</summary>
    /// <param name="x">The number.</param>
    /// <returns>⌈x⌉ with a zero tangent.</returns>
    public static Dual<T> Ceiling(Dual<T> x) => new(T.Ceiling(x.Value));

    /// <summary>Converts the value part to an integer, saturating on overflow.</summary>
    /// <typeparam name="TInteger">The integer type.</typeparam>
    /// <param name="value">The number.</param>
    /// <returns>The converted value part.</returns>
    public static TInteger ConvertToInteger<TInteger>(Dual<T> value)
        where TInteger : IBinaryInteger<TInteger>
        => T.ConvertToInteger<TInteger>(value.Value);

    /// <summary>Converts the value part to an integer with platform-specific overflow behaviour.</summary>
    /// <typeparam name="TInteger">The integer type.</typeparam>
    /// <param name="value">The number.</param>
    /// <returns>The converted value part.</returns>
    public static TInteger ConvertToIntegerNative<TInteger>(Dual<T> value)
        where TInteger : IBinaryInteger<TInteger>
        => T.ConvertToIntegerNative<TInteger>(value.Value);

    /// <summary>Rounds the value down; the result is a constant (see <see cref="Round(Dual{T}, int, MidpointRounding)"/>).</summary>
    /// <param name="x">The number.</param>
    /// <returns>⌊x⌋ with a zero tangent.</returns>
    public static Dual<T> Floor(Dual<T> x) => new(T.Floor(x.Value));

    /// <summary>Rounds the value to the nearest integer, ties to even; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <returns>The rounded value with a zero tangent.</returns>
    public static Dual<T> Round(Dual<T> x) => new(T.Round(x.Value));

    /// <summary>Rounds the value to <paramref name="digits"/> fractional digits; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <param name="digits">The number of fractional digits.</param>
    /// <returns>The rounded value with a zero tangent.</returns>
    public static Dual<T> Round(Dual<T> x, int digits) => new(T.Round(x.Value, digits));

    /// <summary>Rounds the value with the given midpoint mode; the result is a constant.</summary>
    /// <param name="x">The number.</param>
    /// <param name="mode">The midpoint rounding mode.</param>
    /// <returns>The rounded value with a zero tangent.</returns>
    public static Dual<T> Round(Dual<T> x, MidpointRounding mode) => new(T.Round(x.Value, mode));

    /// <summary>Rounds the value to <paramref name="digits"/> fractional digits with the given midpoint mode.</summary>
    /// <param name="x">The number.</param>
    /// <param name="digits">The number of fractional digits.</param>
    /// <param name="mode">The midpoint rounding mode.</param>
    /// <returns>The rounded value with a zero tangent.</returns>
    /// <remarks>
    /// Rounding functions (Round, Floor, Ceiling, Truncate) are piecewise constant.
    /// <list type="number">
    /// <item>Between jumps: the derivative is zero, so the tangent is zero.</item>
    /// <item>At a jump: no derivative exists; the tangent is zero too (the derivative of either piece).</item>
    /// </list>
    /// </remarks>
    public static Dual<T> Round(Dual<T> x, int digits, MidpointRounding mode) => new(T.Round(x.Value, digits, mode));

    /// <summary>Rounds the value towards zero; the result is a constant (see <see cref="Round(Dual{T}, int, MidpointRounding)"/>).</summary>
    /// <param name="x">The number.</param>
    /// <returns>The truncated value with a zero tangent.</returns>
    public static Dual<T> Truncate(Dual<T> x) => new(T.Truncate(x.Value));

    /// <inheritdoc/>
    int IFloatingPoint<Dual<T>>.GetExponentByteCount() => Value.GetExponentByteCount();

    /// <inheritdoc/>
    int IFloatingPoint<Dual<T>>.GetExponentShortestBitLength() => Value.GetExponentShortestBitLength();

    /// <inheritdoc/>
    int IFloatingPoint<Dual<T>>.GetSignificandBitLength() => Value.GetSignificandBitLength();

    /// <inheritdoc/>
    int IFloatingPoint<Dual<T>>.GetSignificandByteCount() => Value.GetSignificandByteCount();

    /// <inheritdoc/>
    bool IFloatingPoint<Dual<T>>.TryWriteExponentBigEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteExponentBigEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<Dual<T>>.TryWriteExponentLittleEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteExponentLittleEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<Dual<T>>.TryWriteSignificandBigEndian(Span<byte> destination, out int bytesWritten)
        => Value.TryWriteSignificandBigEndian(destination, out bytesWritten);

    /// <inheritdoc/>
    bool IFloatingPoint<Dual<T>>.TryWriteSignificandLittleEndian(Span<byte> destination, out int bytesWritten)
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
    /// <item>x = y = 0: the value is <c>T.Atan2(y, x)</c>; the angle has no derivative at the origin, so the
    /// tangent is NaN where either argument's tangent is non-zero and 0 where both are zero.</item>
    /// </list>
    /// </remarks>
    public static Dual<T> Atan2(Dual<T> y, Dual<T> x) => Atan2Rule(y, x, T.Atan2(y.Value, x.Value), T.One);

    /// <summary>atan2(y, x)/π; the cases of <see cref="Atan2(Dual{T}, Dual{T})"/> apply.</summary>
    /// <param name="y">The second coordinate.</param>
    /// <param name="x">The first coordinate.</param>
    /// <returns>The angle over π with its derivatives.</returns>
    public static Dual<T> Atan2Pi(Dual<T> y, Dual<T> x) => Atan2Rule(y, x, T.Atan2Pi(y.Value, x.Value), T.One / T.Pi);

    /// <summary>The rule shared by atan2 and atan2π, derivatives multiplied by <paramref name="scale"/>.</summary>
    private static Dual<T> Atan2Rule(Dual<T> y, Dual<T> x, T f, T scale)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the origin.
            bool still = StructuralZero.IsZero(x.Epsilon) && StructuralZero.IsZero(y.Epsilon);
            return new(f, still ? T.Zero : T.NaN);
        }

        // Case 1.
        return Apply(y, x, ElementaryRules<T>.Atan2(y.Value, x.Value, f, scale, h));
    }

    /// <summary>
    /// The next representable value below; the tangent is unchanged (the step is treated as
    /// an added constant).
    /// </summary>
    /// <param name="x">The number.</param>
    /// <returns>x with its value stepped down by one unit in the last place.</returns>
    public static Dual<T> BitDecrement(Dual<T> x) => WithValue(x, T.BitDecrement(x.Value));

    /// <summary>
    /// The next representable value above; the tangent is unchanged (the step is treated as
    /// an added constant).
    /// </summary>
    /// <param name="x">The number.</param>
    /// <returns>x with its value stepped up by one unit in the last place.</returns>
    public static Dual<T> BitIncrement(Dual<T> x) => WithValue(x, T.BitIncrement(x.Value));

    /// <summary><c>left·right + addend</c>, the value computed with a single rounding.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <param name="addend">The addend.</param>
    /// <returns>The fused multiply-add with its derivatives.</returns>
    public static Dual<T> FusedMultiplyAdd(Dual<T> left, Dual<T> right, Dual<T> addend)
        => WithValue((left * right) + addend, T.FusedMultiplyAdd(left.Value, right.Value, addend.Value));

    // x − y·n with n = round-to-even(x/y) held constant

    /// <summary>
    /// The IEEE 754 remainder <c>x − y·n</c> with n the integer nearest x/y (ties to even). n is piecewise
    /// constant, so the tangent is that of <c>x − n·y</c> with n fixed; at a jump the piece of the value is used.
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder with its derivatives.</returns>
    public static Dual<T> Ieee754Remainder(Dual<T> left, Dual<T> right)
    {
        T remainder = T.Ieee754Remainder(left.Value, right.Value);
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return WithValue(left - (right * quotient), remainder);
    }

    /// <summary>The unbiased binary exponent of the value.</summary>
    /// <param name="x">The number.</param>
    /// <returns>The exponent of the value part.</returns>
    public static int ILogB(Dual<T> x) => T.ILogB(x.Value);

    /// <summary>Linear interpolation <c>value1 + (value2 − value1)·amount</c> in all arguments.</summary>
    /// <param name="value1">The start.</param>
    /// <param name="value2">The end.</param>
    /// <param name="amount">The interpolation weight.</param>
    /// <returns>The interpolated number with its derivatives.</returns>
    public static Dual<T> Lerp(Dual<T> value1, Dual<T> value2, Dual<T> amount)
        => WithValue((value1 * (One - amount)) + (value2 * amount), T.Lerp(value1.Value, value2.Value, amount.Value));

    /// <summary>The reciprocal <c>1/x</c>, computed exactly (not estimated) with its derivatives.</summary>
    /// <param name="x">The number.</param>
    /// <returns>1/x.</returns>
    public static Dual<T> ReciprocalEstimate(Dual<T> x) => T.One / x;

    /// <summary>The reciprocal square root <c>1/√x</c>, computed exactly (not estimated); the cases of <see cref="Sqrt"/> apply.</summary>
    /// <param name="x">The number.</param>
    /// <returns>1/√x.</returns>
    public static Dual<T> ReciprocalSqrtEstimate(Dual<T> x) => T.One / Sqrt(x);

    /// <summary><c>x·2ⁿ</c>, applied to both parts.</summary>
    /// <param name="x">The number.</param>
    /// <param name="n">The power of two.</param>
    /// <returns>x scaled by 2ⁿ.</returns>
    public static Dual<T> ScaleB(Dual<T> x, int n) => new(T.ScaleB(x.Value, n), T.ScaleB(x.Epsilon, n));
}
