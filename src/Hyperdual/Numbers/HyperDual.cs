using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// A hyper-dual number <c>a + b·ε₁ + c·ε₂ + d·ε₁ε₂</c> with <c>ε₁² = ε₂² = 0</c> and <c>ε₁ε₂ ≠ 0</c>.
/// Evaluating a function <c>f</c> at <c>x + u·ε₁ + v·ε₂</c> gives, exactly, <c>f(x)</c> in the value,
/// <c>∇f·u</c> in the ε₁ part, <c>∇f·v</c> in the ε₂ part and <c>uᵀ∇²f v</c> in the ε₁ε₂ part.
/// </summary>
/// <typeparam name="T">The scalar type of the four parts: <see cref="double"/>, <see cref="float"/>, or a
/// dual number again (nesting gives higher derivatives).</typeparam>
/// <remarks>
/// <para>
/// The type implements the whole <see cref="IFloatingPointIeee754{TSelf}"/> family, so a function written
/// once with .NET generic math runs unchanged on <see cref="double"/> and on <c>HyperDual&lt;double&gt;</c>.
/// Every elementary function applies the second-order chain rule
/// <c>f(a + bε₁ + cε₂ + dε₁ε₂) = f(a) + f'(a)b ε₁ + f'(a)c ε₂ + (f''(a)bc + f'(a)d) ε₁ε₂</c>.
/// </para>
/// <para>
/// Comparisons (<c>==</c>, <c>&lt;</c>, <see cref="CompareTo(HyperDual{T})"/>, <c>Min</c>, <c>Max</c>,
/// the <c>Is*</c> predicates) look at the value only, so generic code branches exactly as it does on
/// <typeparamref name="T"/>. <see cref="Equals(HyperDual{T})"/> and <see cref="GetHashCode"/> compare all
/// four parts, so collections tell different perturbations apart.
/// </para>
/// <para>
/// Where a derivative does not exist the functions follow three documented policies, listed as numbered
/// cases on each function: at a kink (Abs, Min/Max ties, Clamp edges, rounding jumps) a one-sided or
/// averaged slope is chosen; at an infinite slope (Sqrt, Cbrt, Log at 0, Asin/Acos at ±1, …) the parts
/// are ±∞ where the incoming tangent is non-zero and 0 where it is zero (a constant stays a constant);
/// where the direction is undefined (Atan2 at the origin, a varying exponent on a base ≤ 0) the parts
/// are NaN where the incoming tangent is non-zero and 0 where it is zero.
/// </para>
/// <para>
/// Conversions: <c>CreateChecked</c>/<c>CreateSaturating</c>/<c>CreateTruncating</c> from <typeparamref name="T"/>
/// or any type <typeparamref name="T"/> accepts (int, double, decimal, another dual number's value, …)
/// give a constant; converting a hyper-dual number to another type (<c>double.CreateChecked(h)</c>,
/// <c>int.CreateTruncating(h)</c>) converts the value part and drops the perturbations. The text form
/// is <c>a + bε₁ + cε₂ + dε₁ε₂</c>; parsing accepts it or a plain number (a constant).
/// </para>
/// </remarks>
public readonly partial struct HyperDual<T>
    : IFloatingPointIeee754<HyperDual<T>>, IStructuralZero, ILiftedNumber<HyperDual<T>, T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates a hyper-dual number from its four parts.</summary>
    /// <param name="value">The value part <c>a</c>.</param>
    /// <param name="epsilon1">The ε₁ part <c>b</c> (first directional derivative along u).</param>
    /// <param name="epsilon2">The ε₂ part <c>c</c> (first directional derivative along v).</param>
    /// <param name="epsilon12">The ε₁ε₂ part <c>d</c> (second derivative uᵀ∇²f v).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HyperDual(T value, T epsilon1, T epsilon2, T epsilon12)
    {
        Value = value;
        Epsilon1 = epsilon1;
        Epsilon2 = epsilon2;
        Epsilon12 = epsilon12;
    }

    /// <summary>Creates a constant: the given value with all perturbation parts zero.</summary>
    /// <param name="value">The value part.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HyperDual(T value)
        : this(value, T.Zero, T.Zero, T.Zero)
    {
    }

    /// <summary>Gets the value part <c>a</c>.</summary>
    public T Value { get; }

    /// <summary>Gets the ε₁ part: for <c>f(x + uε₁ + vε₂)</c>, the directional derivative <c>∇f·u</c>.</summary>
    public T Epsilon1 { get; }

    /// <summary>Gets the ε₂ part: for <c>f(x + uε₁ + vε₂)</c>, the directional derivative <c>∇f·v</c>.</summary>
    public T Epsilon2 { get; }

    /// <summary>Gets the ε₁ε₂ part: for <c>f(x + uε₁ + vε₂)</c>, the second derivative <c>uᵀ∇²f v</c>.</summary>
    public T Epsilon12 { get; }

    /// <summary>Gets whether all three perturbation parts are zero (in every nested part).</summary>
    public bool IsConstant
        => StructuralZero.IsZero(Epsilon1) && StructuralZero.IsZero(Epsilon2) && StructuralZero.IsZero(Epsilon12);

    /// <inheritdoc/>
    bool IStructuralZero.IsStructurallyZero => StructuralZero.IsZero(Value) && IsConstant;

    //
    // Constants
    //

    /// <inheritdoc cref="INumberBase{TSelf}.Zero"/>
    public static HyperDual<T> Zero => new(T.Zero);

    /// <inheritdoc cref="INumberBase{TSelf}.One"/>
    public static HyperDual<T> One => new(T.One);

    /// <inheritdoc cref="ISignedNumber{TSelf}.NegativeOne"/>
    public static HyperDual<T> NegativeOne => new(T.NegativeOne);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.E"/>
    public static HyperDual<T> E => new(T.E);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Pi"/>
    public static HyperDual<T> Pi => new(T.Pi);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Tau"/>
    public static HyperDual<T> Tau => new(T.Tau);

    /// <summary>
    /// The smallest positive value, <typeparamref name="T"/>.Epsilon, as a constant. Explicit, so that it is
    /// not mistaken for the ε parts <see cref="Epsilon1"/>, <see cref="Epsilon2"/>, <see cref="Epsilon12"/>.
    /// </summary>
    static HyperDual<T> IFloatingPointIeee754<HyperDual<T>>.Epsilon => new(T.Epsilon);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NaN"/>
    public static HyperDual<T> NaN => new(T.NaN);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeInfinity"/>
    public static HyperDual<T> NegativeInfinity => new(T.NegativeInfinity);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeZero"/>
    public static HyperDual<T> NegativeZero => new(T.NegativeZero);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.PositiveInfinity"/>
    public static HyperDual<T> PositiveInfinity => new(T.PositiveInfinity);

    /// <inheritdoc cref="IAdditiveIdentity{TSelf, TResult}.AdditiveIdentity"/>
    static HyperDual<T> IAdditiveIdentity<HyperDual<T>, HyperDual<T>>.AdditiveIdentity => Zero;

    /// <inheritdoc cref="IMultiplicativeIdentity{TSelf, TResult}.MultiplicativeIdentity"/>
    static HyperDual<T> IMultiplicativeIdentity<HyperDual<T>, HyperDual<T>>.MultiplicativeIdentity => One;

    /// <inheritdoc cref="INumberBase{TSelf}.Radix"/>
    public static int Radix => T.Radix;

    //
    // Conversion operators
    //

    /// <summary>Converts a scalar to a constant hyper-dual number (all perturbation parts zero).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator HyperDual<T>(T value) => new(value);

    //
    // Arithmetic operators
    //

    /// <inheritdoc cref="IUnaryPlusOperators{TSelf, TResult}.op_UnaryPlus(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator +(HyperDual<T> value) => value;

    /// <inheritdoc cref="IUnaryNegationOperators{TSelf, TResult}.op_UnaryNegation(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator -(HyperDual<T> value)
        => new(-value.Value, -value.Epsilon1, -value.Epsilon2, -value.Epsilon12);

    /// <inheritdoc cref="IAdditionOperators{TSelf, TOther, TResult}.op_Addition(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator +(HyperDual<T> left, HyperDual<T> right)
        => new(left.Value + right.Value, left.Epsilon1 + right.Epsilon1, left.Epsilon2 + right.Epsilon2, left.Epsilon12 + right.Epsilon12);

    /// <summary>Adds a scalar to a hyper-dual number.</summary>
    /// <param name="left">The hyper-dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns><paramref name="left"/> with <paramref name="right"/> added to its value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator +(HyperDual<T> left, T right)
        => new(left.Value + right, left.Epsilon1, left.Epsilon2, left.Epsilon12);

    /// <summary>Adds a hyper-dual number to a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The hyper-dual number.</param>
    /// <returns><paramref name="right"/> with <paramref name="left"/> added to its value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator +(T left, HyperDual<T> right)
        => new(left + right.Value, right.Epsilon1, right.Epsilon2, right.Epsilon12);

    /// <inheritdoc cref="ISubtractionOperators{TSelf, TOther, TResult}.op_Subtraction(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator -(HyperDual<T> left, HyperDual<T> right)
        => new(left.Value - right.Value, left.Epsilon1 - right.Epsilon1, left.Epsilon2 - right.Epsilon2, left.Epsilon12 - right.Epsilon12);

    /// <summary>Subtracts a scalar from a hyper-dual number.</summary>
    /// <param name="left">The hyper-dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator -(HyperDual<T> left, T right)
        => new(left.Value - right, left.Epsilon1, left.Epsilon2, left.Epsilon12);

    /// <summary>Subtracts a hyper-dual number from a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The hyper-dual number.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator -(T left, HyperDual<T> right)
        => new(left - right.Value, -right.Epsilon1, -right.Epsilon2, -right.Epsilon12);

    // (a₁ + b₁ε₁ + c₁ε₂ + d₁ε₁ε₂)(a₂ + b₂ε₁ + c₂ε₂ + d₂ε₁ε₂)
    //   = a₁a₂ + (a₁b₂ + b₁a₂)ε₁ + (a₁c₂ + c₁a₂)ε₂ + (a₁d₂ + b₁c₂ + c₁b₂ + d₁a₂)ε₁ε₂

    /// <inheritdoc cref="IMultiplyOperators{TSelf, TOther, TResult}.op_Multiply(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator *(HyperDual<T> left, HyperDual<T> right)
        => new(
            left.Value * right.Value,
            (left.Value * right.Epsilon1) + (left.Epsilon1 * right.Value),
            (left.Value * right.Epsilon2) + (left.Epsilon2 * right.Value),
            (left.Value * right.Epsilon12) + (left.Epsilon1 * right.Epsilon2) + (left.Epsilon2 * right.Epsilon1) + (left.Epsilon12 * right.Value));

    /// <summary>Multiplies a hyper-dual number by a scalar.</summary>
    /// <param name="left">The hyper-dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>Every part of <paramref name="left"/> times <paramref name="right"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator *(HyperDual<T> left, T right)
        => new(left.Value * right, left.Epsilon1 * right, left.Epsilon2 * right, left.Epsilon12 * right);

    /// <summary>Multiplies a scalar by a hyper-dual number.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The hyper-dual number.</param>
    /// <returns>Every part of <paramref name="right"/> times <paramref name="left"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator *(T left, HyperDual<T> right)
        => new(left * right.Value, left * right.Epsilon1, left * right.Epsilon2, left * right.Epsilon12);

    // x/y = q with x = q·y: q₀ = a₁/a₂, q₁ = (b₁ − q₀b₂)/a₂, q₂ = (c₁ − q₀c₂)/a₂,
    // q₁₂ = (d₁ − q₀d₂ − q₁c₂ − q₂b₂)/a₂

    /// <inheritdoc cref="IDivisionOperators{TSelf, TOther, TResult}.op_Division(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator /(HyperDual<T> left, HyperDual<T> right)
    {
        T inverse = T.One / right.Value;
        T q0 = left.Value / right.Value;
        T q1 = (left.Epsilon1 - (q0 * right.Epsilon1)) * inverse;
        T q2 = (left.Epsilon2 - (q0 * right.Epsilon2)) * inverse;
        T q12 = (left.Epsilon12 - (q0 * right.Epsilon12) - (q1 * right.Epsilon2) - (q2 * right.Epsilon1)) * inverse;
        return new(q0, q1, q2, q12);
    }

    /// <summary>Divides a hyper-dual number by a scalar.</summary>
    /// <param name="left">The hyper-dual number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>Every part of <paramref name="left"/> divided by <paramref name="right"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator /(HyperDual<T> left, T right)
        => new(left.Value / right, left.Epsilon1 / right, left.Epsilon2 / right, left.Epsilon12 / right);

    /// <summary>Divides a scalar by a hyper-dual number.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The hyper-dual number.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator /(T left, HyperDual<T> right)
    {
        // 1/y: f' = −1/a², f'' = 2/a³, scaled by the scalar.
        T inverse = T.One / right.Value;
        T q0 = left * inverse;
        T slope = -q0 * inverse;
        T curvature = -(slope + slope) * inverse;
        return new(
            left / right.Value,
            slope * right.Epsilon1,
            slope * right.Epsilon2,
            (curvature * right.Epsilon1 * right.Epsilon2) + (slope * right.Epsilon12));
    }

    // x mod y = x − y·n with n = trunc(x/y) held constant: ε parts bₓ − n·b_y, etc.

    /// <summary>
    /// The remainder of truncated division, <c>x − y·trunc(x/y)</c>. The integer quotient is piecewise
    /// constant, so the perturbation parts are <c>x − n·y</c>'s with n held fixed (a jump where x/y is an
    /// integer takes the derivative of the piece on the side of the value).
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder.</returns>
    public static HyperDual<T> operator %(HyperDual<T> left, HyperDual<T> right)
    {
        T remainder = left.Value % right.Value;
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return WithValue(left - (right * quotient), remainder);
    }

    /// <inheritdoc cref="IIncrementOperators{TSelf}.op_Increment(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator ++(HyperDual<T> value)
        => new(value.Value + T.One, value.Epsilon1, value.Epsilon2, value.Epsilon12);

    /// <inheritdoc cref="IDecrementOperators{TSelf}.op_Decrement(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> operator --(HyperDual<T> value)
        => new(value.Value - T.One, value.Epsilon1, value.Epsilon2, value.Epsilon12);

    //
    // Comparison operators (by value)
    //

    /// <summary>Compares the values only (see the type remarks).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(HyperDual<T> left, HyperDual<T> right) => left.Value == right.Value;

    /// <summary>Compares the values only (see the type remarks).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(HyperDual<T> left, HyperDual<T> right) => left.Value != right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThan(TSelf, TOther)"/>
    public static bool operator <(HyperDual<T> left, HyperDual<T> right) => left.Value < right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThan(TSelf, TOther)"/>
    public static bool operator >(HyperDual<T> left, HyperDual<T> right) => left.Value > right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThanOrEqual(TSelf, TOther)"/>
    public static bool operator <=(HyperDual<T> left, HyperDual<T> right) => left.Value <= right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThanOrEqual(TSelf, TOther)"/>
    public static bool operator >=(HyperDual<T> left, HyperDual<T> right) => left.Value >= right.Value;

    //
    // Chain-rule helpers
    //

    // f(a + bε₁ + cε₂ + dε₁ε₂) = f(a) + f'(a)b ε₁ + f'(a)c ε₂ + (f''(a)bc + f'(a)d) ε₁ε₂

    /// <summary>Applies a function given its value, first and second derivative at <c>x.Value</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static HyperDual<T> Chain(HyperDual<T> x, T f, T df, T d2f)
        => new(f, df * x.Epsilon1, df * x.Epsilon2, (d2f * x.Epsilon1 * x.Epsilon2) + (df * x.Epsilon12));

    /// <summary>
    /// As <see cref="Chain(HyperDual{T}, T, T, T)"/>, at a point where the derivatives may be infinite or NaN: a zero tangent
    /// contributes zero instead of <c>0·∞ = NaN</c>.
    /// </summary>
    private static HyperDual<T> ChainAtSingularity(HyperDual<T> x, T f, T df, T d2f)
        => new(
            f,
            StructuralZero.Times(df, x.Epsilon1),
            StructuralZero.Times(df, x.Epsilon2),
            StructuralZero.Times(d2f, x.Epsilon1 * x.Epsilon2) + StructuralZero.Times(df, x.Epsilon12));

    // f(x, y) with partials fₓ, f_y, fₓₓ, fₓ_y, f_yy:
    //   ε₁: fₓbₓ + f_y b_y, ε₂: fₓcₓ + f_y c_y,
    //   ε₁ε₂: fₓdₓ + f_y d_y + fₓₓ bₓcₓ + fₓ_y (bₓc_y + b_y cₓ) + f_yy b_y c_y

    /// <summary>Applies a function of two arguments given its value and its partial derivatives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static HyperDual<T> Chain(HyperDual<T> x, HyperDual<T> y, T f, T fx, T fy, T fxx, T fxy, T fyy)
        => new(
            f,
            (fx * x.Epsilon1) + (fy * y.Epsilon1),
            (fx * x.Epsilon2) + (fy * y.Epsilon2),
            (fx * x.Epsilon12) + (fy * y.Epsilon12) + (fxx * x.Epsilon1 * x.Epsilon2)
                + (fxy * ((x.Epsilon1 * y.Epsilon2) + (y.Epsilon1 * x.Epsilon2))) + (fyy * y.Epsilon1 * y.Epsilon2));

    /// <summary>The perturbation parts of <paramref name="x"/> with another value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static HyperDual<T> WithValue(HyperDual<T> x, T value) => new(value, x.Epsilon1, x.Epsilon2, x.Epsilon12);

    /// <summary>Applies an elementary function's rule (value, slope, curvature) in the form its point asks for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static HyperDual<T> Apply(HyperDual<T> x, UnaryRule<T> rule) => rule.Point switch
    {
        RulePoint.Smooth => Chain(x, rule.Value, rule.Slope, rule.Curvature),
        RulePoint.InfiniteSlope => ChainAtSingularity(x, rule.Value, rule.Slope, rule.Curvature),
        _ => new(rule.Value, T.NaN, T.NaN, T.NaN),
    };

    /// <summary>Applies an elementary function of two arguments (value and partials to second order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static HyperDual<T> Apply(HyperDual<T> x, HyperDual<T> y, BinaryRule<T> rule)
        => Chain(x, y, rule.Value, rule.Fx, rule.Fy, rule.Fxx, rule.Fxy, rule.Fyy);

    /// <summary>The perturbation parts made NaN where they are non-zero (an undefined direction).</summary>
    private static HyperDual<T> UndefinedDirection(HyperDual<T> x, T value)
        => new(
            value,
            StructuralZero.IsZero(x.Epsilon1) ? T.Zero : T.NaN,
            StructuralZero.IsZero(x.Epsilon2) ? T.Zero : T.NaN,
            StructuralZero.IsZero(x.Epsilon12) && (StructuralZero.IsZero(x.Epsilon1) || StructuralZero.IsZero(x.Epsilon2)) ? T.Zero : T.NaN);

    //
    // Object overrides
    //

    /// <summary>Whether <paramref name="obj"/> is a hyper-dual number equal to this one in all four parts.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Whether they are equal in every part.</returns>
    public override bool Equals(object? obj) => obj is HyperDual<T> other && Equals(other);

    /// <summary>A hash of all four parts.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Value, Epsilon1, Epsilon2, Epsilon12);

    /// <summary>Formats as <c>a + bε₁ + cε₂ + dε₁ε₂</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);
}
