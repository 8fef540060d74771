using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// A dual number <c>a + b·ε</c> with <c>ε² = 0</c>. Evaluating a function <c>f</c> at <c>x + u·ε</c> gives,
/// exactly, <c>f(x)</c> in the value and the directional derivative <c>∇f·u</c> in the ε part.
/// </summary>
/// <typeparam name="T">The scalar type of both parts: <see cref="double"/>, <see cref="float"/>, or a dual
/// number again (nesting gives higher derivatives).</typeparam>
/// <remarks>
/// <para>
/// The type implements the whole <see cref="IFloatingPointIeee754{TSelf}"/> family, so a function written
/// once with .NET generic math runs unchanged on <see cref="double"/> and on <c>Dual&lt;double&gt;</c>.
/// Every elementary function applies the chain rule <c>f(a + bε) = f(a) + f'(a)b ε</c>.
/// </para>
/// <para>
/// Comparisons (<c>==</c>, <c>&lt;</c>, <see cref="CompareTo(Dual{T})"/>, <c>Min</c>, <c>Max</c>, the
/// <c>Is*</c> predicates) look at the value only, so generic code branches exactly as it does on
/// <typeparamref name="T"/>. <see cref="Equals(Dual{T})"/> and <see cref="GetHashCode"/> compare both parts.
/// </para>
/// <para>
/// Non-differentiable points follow the same numbered cases as <see cref="HyperDual{T}"/>: one-sided or
/// averaged slopes at kinks; ±∞ where the tangent is non-zero (and 0 where it is zero) at infinite
/// slopes; NaN where the tangent is non-zero (and 0 where it is zero) where the direction is undefined.
/// </para>
/// <para>
/// Conversions: <c>CreateChecked</c>/<c>CreateSaturating</c>/<c>CreateTruncating</c> from <typeparamref name="T"/>
/// or any type <typeparamref name="T"/> accepts give a constant; converting a dual number to another type
/// (<c>double.CreateChecked(d)</c>) converts the value part and drops the tangent. The text form is
/// <c>a + bε</c>; parsing accepts it or a plain number (a constant). The smallest positive value of the
/// generic-math interface, <c>T.Epsilon</c>, is implemented explicitly, since <see cref="Epsilon"/> is the tangent.
/// </para>
/// </remarks>
public readonly partial struct Dual<T>
    : IFloatingPointIeee754<Dual<T>>, IStructuralZero, ILiftedNumber<Dual<T>, T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates a dual number from its two parts.</summary>
    /// <param name="value">The value part <c>a</c>.</param>
    /// <param name="epsilon">The ε part <c>b</c> (the tangent).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Dual(T value, T epsilon)
    {
        Value = value;
        Epsilon = epsilon;
    }

    /// <summary>Creates a constant: the given value with a zero tangent.</summary>
    /// <param name="value">The value part.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Dual(T value)
        : this(value, T.Zero)
    {
    }

    /// <summary>Gets the value part <c>a</c>.</summary>
    public T Value { get; }

    /// <summary>Gets the ε part (the tangent): for <c>f(x + uε)</c>, the directional derivative <c>∇f·u</c>.</summary>
    public T Epsilon { get; }

    /// <summary>Gets whether the tangent is zero (in every nested part).</summary>
    public bool IsConstant => StructuralZero.IsZero(Epsilon);

    /// <inheritdoc/>
    bool IStructuralZero.IsStructurallyZero => StructuralZero.IsZero(Value) && IsConstant;

    //
    // Constants
    //

    /// <inheritdoc cref="INumberBase{TSelf}.Zero"/>
    public static Dual<T> Zero => new(T.Zero);

    /// <inheritdoc cref="INumberBase{TSelf}.One"/>
    public static Dual<T> One => new(T.One);

    /// <inheritdoc cref="ISignedNumber{TSelf}.NegativeOne"/>
    public static Dual<T> NegativeOne => new(T.NegativeOne);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.E"/>
    public static Dual<T> E => new(T.E);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Pi"/>
    public static Dual<T> Pi => new(T.Pi);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Tau"/>
    public static Dual<T> Tau => new(T.Tau);

    /// <summary>The smallest positive value, <typeparamref name="T"/>.Epsilon, as a constant (not the ε part).</summary>
    static Dual<T> IFloatingPointIeee754<Dual<T>>.Epsilon => new(T.Epsilon);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NaN"/>
    public static Dual<T> NaN => new(T.NaN);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeInfinity"/>
    public static Dual<T> NegativeInfinity => new(T.NegativeInfinity);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeZero"/>
    public static Dual<T> NegativeZero => new(T.NegativeZero);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.PositiveInfinity"/>
    public static Dual<T> PositiveInfinity => new(T.PositiveInfinity);

    /// <inheritdoc cref="IAdditiveIdentity{TSelf, TResult}.AdditiveIdentity"/>
    static Dual<T> IAdditiveIdentity<Dual<T>, Dual<T>>.AdditiveIdentity => Zero;

    /// <inheritdoc cref="IMultiplicativeIdentity{TSelf, TResult}.MultiplicativeIdentity"/>
    static Dual<T> IMultiplicativeIdentity<Dual<T>, Dual<T>>.MultiplicativeIdentity => One;

    /// <inheritdoc cref="INumberBase{TSelf}.Radix"/>
    public static int Radix => T.Radix;

    //
    // Conversion operators
    //

    /// <summary>Converts a scalar to a constant dual number (zero tangent).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator Dual<T>(T value) => new(value);

    //
    // Arithmetic operators
    //

    /// <inheritdoc cref="IUnaryPlusOperators{TSelf, TResult}.op_UnaryPlus(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator +(Dual<T> value) => value;

    /// <inheritdoc cref="IUnaryNegationOperators{TSelf, TResult}.op_UnaryNegation(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator -(Dual<T> value) => new(-value.Value, -value.Epsilon);

    /// <inheritdoc cref="IAdditionOperators{TSelf, TOther, TResult}.op_Addition(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator +(Dual<T> left, Dual<T> right) => new(left.Value + right.Value, left.Epsilon + right.Epsilon);

    /// <summary>Adds a scalar to a dual number.</summary>
    /// <param name="left">The dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The sum.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator +(Dual<T> left, T right) => new(left.Value + right, left.Epsilon);

    /// <summary>Adds a dual number to a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The dual number.</param>
    /// <returns>The sum.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator +(T left, Dual<T> right) => new(left + right.Value, right.Epsilon);

    /// <inheritdoc cref="ISubtractionOperators{TSelf, TOther, TResult}.op_Subtraction(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator -(Dual<T> left, Dual<T> right) => new(left.Value - right.Value, left.Epsilon - right.Epsilon);

    /// <summary>Subtracts a scalar from a dual number.</summary>
    /// <param name="left">The dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator -(Dual<T> left, T right) => new(left.Value - right, left.Epsilon);

    /// <summary>Subtracts a dual number from a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The dual number.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator -(T left, Dual<T> right) => new(left - right.Value, -right.Epsilon);

    // (a₁ + b₁ε)(a₂ + b₂ε) = a₁a₂ + (a₁b₂ + b₁a₂)ε

    /// <inheritdoc cref="IMultiplyOperators{TSelf, TOther, TResult}.op_Multiply(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator *(Dual<T> left, Dual<T> right)
        => new(left.Value * right.Value, (left.Value * right.Epsilon) + (left.Epsilon * right.Value));

    /// <summary>Multiplies a dual number by a scalar.</summary>
    /// <param name="left">The dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The product.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator *(Dual<T> left, T right) => new(left.Value * right, left.Epsilon * right);

    /// <summary>Multiplies a scalar by a dual number.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The dual number.</param>
    /// <returns>The product.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator *(T left, Dual<T> right) => new(left * right.Value, left * right.Epsilon);

    // (a₁ + b₁ε)/(a₂ + b₂ε) = q + (b₁ − q·b₂)/a₂ ε with q = a₁/a₂

    /// <inheritdoc cref="IDivisionOperators{TSelf, TOther, TResult}.op_Division(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator /(Dual<T> left, Dual<T> right)
    {
        T q = left.Value / right.Value;
        return new(q, (left.Epsilon - (q * right.Epsilon)) / right.Value);
    }

    /// <summary>Divides a dual number by a scalar.</summary>
    /// <param name="left">The dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator /(Dual<T> left, T right) => new(left.Value / right, left.Epsilon / right);

    /// <summary>Divides a scalar by a dual number.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The dual number.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator /(T left, Dual<T> right)
    {
        T q = left / right.Value;
        return new(q, -q * right.Epsilon / right.Value);
    }

    /// <summary>
    /// The remainder of truncated division, <c>x − y·trunc(x/y)</c>; the integer quotient is held fixed
    /// (see <see cref="HyperDual{T}.op_Modulus"/>).
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder.</returns>
    public static Dual<T> operator %(Dual<T> left, Dual<T> right)
    {
        T remainder = left.Value % right.Value;
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return new(remainder, left.Epsilon - (quotient * right.Epsilon));
    }

    /// <inheritdoc cref="IIncrementOperators{TSelf}.op_Increment(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator ++(Dual<T> value) => new(value.Value + T.One, value.Epsilon);

    /// <inheritdoc cref="IDecrementOperators{TSelf}.op_Decrement(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> operator --(Dual<T> value) => new(value.Value - T.One, value.Epsilon);

    //
    // Comparison operators (by value)
    //

    /// <summary>Compares the values only (see the type remarks).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Dual<T> left, Dual<T> right) => left.Value == right.Value;

    /// <summary>Compares the values only (see the type remarks).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Dual<T> left, Dual<T> right) => left.Value != right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThan(TSelf, TOther)"/>
    public static bool operator <(Dual<T> left, Dual<T> right) => left.Value < right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThan(TSelf, TOther)"/>
    public static bool operator >(Dual<T> left, Dual<T> right) => left.Value > right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThanOrEqual(TSelf, TOther)"/>
    public static bool operator <=(Dual<T> left, Dual<T> right) => left.Value <= right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThanOrEqual(TSelf, TOther)"/>
    public static bool operator >=(Dual<T> left, Dual<T> right) => left.Value >= right.Value;

    //
    // Chain-rule helpers
    //

    // f(a + bε) = f(a) + f'(a)b ε

    /// <summary>Applies a function given its value and derivative at <c>x.Value</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<T> Chain(Dual<T> x, T f, T df) => new(f, df * x.Epsilon);

    /// <summary>As <see cref="Chain(Dual{T}, T, T)"/>, where the derivative may be infinite: a zero tangent gives zero.</summary>
    private static Dual<T> ChainAtSingularity(Dual<T> x, T f, T df) => new(f, StructuralZero.Times(df, x.Epsilon));

    // f(x, y) = f + (fₓbₓ + f_y b_y)ε

    /// <summary>Applies a function of two arguments given its value and partial derivatives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<T> Chain(Dual<T> x, Dual<T> y, T f, T fx, T fy) => new(f, (fx * x.Epsilon) + (fy * y.Epsilon));

    /// <summary>The tangent made NaN where it is non-zero (an undefined direction).</summary>
    private static Dual<T> UndefinedDirection(Dual<T> x, T value) => new(value, StructuralZero.IsZero(x.Epsilon) ? T.Zero : T.NaN);

    /// <summary>Applies an elementary function's rule (value and slope) in the form its point asks for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<T> Apply(Dual<T> x, UnaryRule<T> rule) => rule.Point switch
    {
        RulePoint.Smooth => Chain(x, rule.Value, rule.Slope),
        RulePoint.InfiniteSlope => ChainAtSingularity(x, rule.Value, rule.Slope),
        _ => new(rule.Value, T.NaN),
    };

    /// <summary>Applies an elementary function of two arguments (value and first partials).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<T> Apply(Dual<T> x, Dual<T> y, BinaryRule<T> rule) => Chain(x, y, rule.Value, rule.Fx, rule.Fy);

    //
    // Object overrides
    //

    /// <summary>Whether <paramref name="obj"/> is a dual number equal to this one in both parts.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Whether they are equal in every part.</returns>
    public override bool Equals(object? obj) => obj is Dual<T> other && Equals(other);

    /// <summary>A hash of both parts.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Value, Epsilon);

    /// <summary>Formats as <c>a + bε</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);
}
