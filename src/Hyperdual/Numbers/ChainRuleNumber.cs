using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// A number <c>value + parts</c> whose derivative parts are any <see cref="IDerivativeParts{TSelf, T}"/>: every
/// elementary function takes its rule from <see cref="ElementaryRules{T}"/> and asks the parts only to apply it.
/// One surface, written once, serves K-direction Taylor jets , sparsity
/// patterns, and any other parts that follow the chain rule.
/// </summary>
/// <typeparam name="T">The scalar type of the value.</typeparam>
/// <typeparam name="TParts">The derivative parts.</typeparam>
/// <remarks>
/// The semantics are those of <see cref="HyperDual{T}"/>, case for case: comparisons, predicates and
/// selections look at the value; rounding gives constants; conversions to other types take the value; creating
/// from another number or parsing gives a constant. <see cref="Equals(ChainRuleNumber{T, TParts})"/> compares
/// the value and every part. The text form is the value followed by the parts'
/// (<see cref="IDerivativeParts{TSelf, T}.FormatParts"/>); parsing accepts a plain number only.
/// </remarks>
public readonly partial struct ChainRuleNumber<T, TParts>
    : IFloatingPointIeee754<ChainRuleNumber<T, TParts>>, IStructuralZero, ILiftedNumber<ChainRuleNumber<T, TParts>, T>
    where T : IFloatingPointIeee754<T>
    where TParts : struct, IDerivativeParts<TParts, T>
{
    private readonly TParts parts;

    /// <summary>Creates a number from its value and derivative parts.</summary>
    /// <param name="value">The value.</param>
    /// <param name="parts">The derivative parts.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ChainRuleNumber(T value, TParts parts)
    {
        Value = value;
        this.parts = parts;
    }

    /// <summary>Creates a constant: the value with the parts of a constant.</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ChainRuleNumber(T value)
        : this(value, TParts.Constant)
    {
    }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets the derivative parts.</summary>
    public TParts Parts => parts;

    /// <summary>Gets whether the parts are those of a constant.</summary>
    public bool IsConstant
    {
        get
        {
            TParts constant = TParts.Constant;
            return TParts.PartsEqual(in parts, in constant);
        }
    }

    /// <inheritdoc/>
    bool IStructuralZero.IsStructurallyZero => StructuralZero.IsZero(Value) && IsConstant;

    //
    // Constants
    //

    /// <inheritdoc cref="INumberBase{TSelf}.Zero"/>
    public static ChainRuleNumber<T, TParts> Zero => new(T.Zero);

    /// <inheritdoc cref="INumberBase{TSelf}.One"/>
    public static ChainRuleNumber<T, TParts> One => new(T.One);

    /// <inheritdoc cref="ISignedNumber{TSelf}.NegativeOne"/>
    public static ChainRuleNumber<T, TParts> NegativeOne => new(T.NegativeOne);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.E"/>
    public static ChainRuleNumber<T, TParts> E => new(T.E);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Pi"/>
    public static ChainRuleNumber<T, TParts> Pi => new(T.Pi);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Tau"/>
    public static ChainRuleNumber<T, TParts> Tau => new(T.Tau);

    /// <summary>The smallest positive value, <typeparamref name="T"/>.Epsilon, as a constant (explicit, as on <see cref="HyperDual{T}"/>).</summary>
    static ChainRuleNumber<T, TParts> IFloatingPointIeee754<ChainRuleNumber<T, TParts>>.Epsilon => new(T.Epsilon);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NaN"/>
    public static ChainRuleNumber<T, TParts> NaN => new(T.NaN);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeInfinity"/>
    public static ChainRuleNumber<T, TParts> NegativeInfinity => new(T.NegativeInfinity);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeZero"/>
    public static ChainRuleNumber<T, TParts> NegativeZero => new(T.NegativeZero);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.PositiveInfinity"/>
    public static ChainRuleNumber<T, TParts> PositiveInfinity => new(T.PositiveInfinity);

    /// <inheritdoc cref="IAdditiveIdentity{TSelf, TResult}.AdditiveIdentity"/>
    static ChainRuleNumber<T, TParts> IAdditiveIdentity<ChainRuleNumber<T, TParts>, ChainRuleNumber<T, TParts>>.AdditiveIdentity => Zero;

    /// <inheritdoc cref="IMultiplicativeIdentity{TSelf, TResult}.MultiplicativeIdentity"/>
    static ChainRuleNumber<T, TParts> IMultiplicativeIdentity<ChainRuleNumber<T, TParts>, ChainRuleNumber<T, TParts>>.MultiplicativeIdentity => One;

    /// <inheritdoc cref="INumberBase{TSelf}.Radix"/>
    public static int Radix => T.Radix;

    //
    // Conversion operators
    //

    /// <summary>Converts a scalar to a constant.</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator ChainRuleNumber<T, TParts>(T value) => new(value);

    //
    // Arithmetic operators
    //

    /// <inheritdoc cref="IUnaryPlusOperators{TSelf, TResult}.op_UnaryPlus(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator +(ChainRuleNumber<T, TParts> value) => value;

    /// <inheritdoc cref="IUnaryNegationOperators{TSelf, TResult}.op_UnaryNegation(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator -(ChainRuleNumber<T, TParts> value)
        => Apply(value, ElementaryRules<T>.Negation(value.Value));

    /// <inheritdoc cref="IAdditionOperators{TSelf, TOther, TResult}.op_Addition(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator +(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right)
        => Apply(left, right, ElementaryRules<T>.Linear(left.Value + right.Value, T.One, T.One));

    /// <summary>Adds a scalar: the value moves, the parts stay.</summary>
    /// <param name="left">The number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The sum.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator +(ChainRuleNumber<T, TParts> left, T right) => new(left.Value + right, left.parts);

    /// <summary>Adds a number to a scalar: the value moves, the parts stay.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The number.</param>
    /// <returns>The sum.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator +(T left, ChainRuleNumber<T, TParts> right) => new(left + right.Value, right.parts);

    /// <inheritdoc cref="ISubtractionOperators{TSelf, TOther, TResult}.op_Subtraction(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator -(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right)
        => Apply(left, right, ElementaryRules<T>.Linear(left.Value - right.Value, T.One, T.NegativeOne));

    /// <summary>Subtracts a scalar: the value moves, the parts stay.</summary>
    /// <param name="left">The number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator -(ChainRuleNumber<T, TParts> left, T right) => new(left.Value - right, left.parts);

    /// <summary>Subtracts a number from a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The number.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator -(T left, ChainRuleNumber<T, TParts> right)
        => Apply(right, ElementaryRules<T>.Linear(left - right.Value, T.NegativeOne));

    /// <inheritdoc cref="IMultiplyOperators{TSelf, TOther, TResult}.op_Multiply(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator *(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right)
        => Apply(left, right, ElementaryRules<T>.Product(left.Value, right.Value));

    /// <summary>Multiplies by a scalar.</summary>
    /// <param name="left">The number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The product.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator *(ChainRuleNumber<T, TParts> left, T right)
        => Apply(left, ElementaryRules<T>.Linear(left.Value * right, right));

    /// <summary>Multiplies a scalar by a number.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The number.</param>
    /// <returns>The product.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator *(T left, ChainRuleNumber<T, TParts> right)
        => Apply(right, ElementaryRules<T>.Linear(left * right.Value, left));

    /// <inheritdoc cref="IDivisionOperators{TSelf, TOther, TResult}.op_Division(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator /(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right)
        => Apply(left, right, ElementaryRules<T>.Quotient(left.Value, right.Value));

    /// <summary>Divides by a scalar.</summary>
    /// <param name="left">The number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator /(ChainRuleNumber<T, TParts> left, T right)
        => Apply(left, ElementaryRules<T>.Linear(left.Value / right, T.One / right));

    /// <summary>Divides a scalar by a number.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The number.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator /(T left, ChainRuleNumber<T, TParts> right)
        => Apply(right, ElementaryRules<T>.ConstantOver(left, right.Value));

    /// <summary>
    /// The remainder of truncated division, <c>x − y·trunc(x/y)</c>, with the integer quotient held fixed
    /// (as <see cref="HyperDual{T}.op_Modulus"/>).
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder.</returns>
    public static ChainRuleNumber<T, TParts> operator %(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right)
    {
        T remainder = left.Value % right.Value;
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return Apply(left, right, ElementaryRules<T>.Linear(remainder, T.One, -quotient));
    }

    /// <inheritdoc cref="IIncrementOperators{TSelf}.op_Increment(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator ++(ChainRuleNumber<T, TParts> value) => new(value.Value + T.One, value.parts);

    /// <inheritdoc cref="IDecrementOperators{TSelf}.op_Decrement(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> operator --(ChainRuleNumber<T, TParts> value) => new(value.Value - T.One, value.parts);

    //
    // Comparison operators (by value)
    //

    /// <summary>Compares the values only.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right) => left.Value == right.Value;

    /// <summary>Compares the values only.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right) => left.Value != right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThan(TSelf, TOther)"/>
    public static bool operator <(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right) => left.Value < right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThan(TSelf, TOther)"/>
    public static bool operator >(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right) => left.Value > right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThanOrEqual(TSelf, TOther)"/>
    public static bool operator <=(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right) => left.Value <= right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThanOrEqual(TSelf, TOther)"/>
    public static bool operator >=(ChainRuleNumber<T, TParts> left, ChainRuleNumber<T, TParts> right) => left.Value >= right.Value;

    //
    // Chain-rule helpers: the parts do the work
    //

    /// <summary>Applies a rule of one argument.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ChainRuleNumber<T, TParts> Apply(in ChainRuleNumber<T, TParts> x, in UnaryRule<T> rule)
        => new(rule.Value, TParts.Unary(in x.parts, in rule));

    /// <summary>Applies a rule of two arguments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ChainRuleNumber<T, TParts> Apply(in ChainRuleNumber<T, TParts> x, in ChainRuleNumber<T, TParts> y, in BinaryRule<T> rule)
        => new(rule.Value, TParts.Binary(in x.parts, in y.parts, in rule));

    /// <summary>The parts of <paramref name="x"/> with another value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ChainRuleNumber<T, TParts> WithValue(in ChainRuleNumber<T, TParts> x, T value) => new(value, x.parts);

    /// <summary>NaN parts where <paramref name="x"/>'s are non-zero, 0 where they are zero (an undefined direction).</summary>
    private static ChainRuleNumber<T, TParts> UndefinedDirection(in ChainRuleNumber<T, TParts> x, T value)
        => Apply(x, ElementaryRules<T>.UndefinedDirection(value));

    /// <summary>NaN parts where either argument's parts are non-zero, 0 where both are zero.</summary>
    private static ChainRuleNumber<T, TParts> UndefinedDirection(in ChainRuleNumber<T, TParts> x, in ChainRuleNumber<T, TParts> y, T value)
    {
        // Each argument's non-zero parts become NaN first, so that the sum cannot cancel them.
        ChainRuleNumber<T, TParts> moved = Apply(
            UndefinedDirection(x, T.Zero), UndefinedDirection(y, T.Zero), ElementaryRules<T>.Linear(T.Zero, T.One, T.One));
        return UndefinedDirection(moved, value);
    }

    /// <summary>Every part NaN (no derivative exists in any direction), over the parts of both arguments.</summary>
    private static ChainRuleNumber<T, TParts> NoDerivative(in ChainRuleNumber<T, TParts> x, in ChainRuleNumber<T, TParts> y, T value)
        => Apply(x, y, new BinaryRule<T>(value, T.NaN, T.NaN, T.NaN, T.NaN, T.NaN));

    //
    // Object overrides
    //

    /// <summary>Whether <paramref name="obj"/> is a number of this type equal in value and every part.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public override bool Equals(object? obj) => obj is ChainRuleNumber<T, TParts> other && Equals(other);

    /// <summary>A hash of the value and the parts.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Value, TParts.PartsHashCode(in parts));

    /// <summary>The value followed by the parts' text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);
}
