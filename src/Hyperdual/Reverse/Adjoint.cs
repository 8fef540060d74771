using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// A reverse-mode number: a value plus its tape and the index of its node on it (see <see cref="GradientTape{T}"/>). Evaluating a
/// function on <c>Adjoint&lt;T&gt;</c> variables records every operation; one reverse sweep of the tape then
/// gives the whole gradient, at a cost independent of the number of variables.
/// </summary>
/// <typeparam name="T">The scalar type: <see cref="double"/>, <see cref="float"/>, or <see cref="Dual{T}"/>
/// (forward-over-reverse: the ε parts of the gradient are a Hessian-vector product).</typeparam>
/// <remarks>
/// <para>
/// The type implements the whole <see cref="IFloatingPointIeee754{TSelf}"/> family, so a function written once
/// with .NET generic math (an <see cref="IScalarFunction"/>) runs unchanged on <see cref="double"/>,
/// <see cref="Dual{T}"/>, <see cref="HyperDual{T}"/> and <c>Adjoint&lt;T&gt;</c>. Every operation records its
/// local partial derivatives (first order only; second order comes from nesting a <see cref="Dual{T}"/>).
/// </para>
/// <para>
/// A <em>constant</em> (converted from a number, or computed from constants only) has no node and needs no tape.
/// An operation whose result depends on a variable records on the tape of its operands (see
/// <see cref="GradientTape{T}"/>); using a value from an ended or earlier recording, or on another thread, throws. Adding or subtracting a
/// constant, and the selection functions away from ties (Max, Min, Clamp and their variants), return a node
/// that already exists instead of recording a new one.
/// </para>
/// <para>
/// Comparisons (<c>==</c>, <c>&lt;</c>, <see cref="CompareTo(Adjoint{T})"/>, Min, Max, the <c>Is*</c> predicates)
/// look at the value only, so generic code branches exactly as it does on <typeparamref name="T"/>.
/// <see cref="Equals(Adjoint{T})"/> also compares the node.
/// </para>
/// <para>
/// Non-differentiable points follow the numbered cases of <see cref="Dual{T}"/> and <see cref="HyperDual{T}"/>,
/// so forward and reverse gradients agree: one-sided or averaged slopes at kinks, ±∞ at infinite slopes, NaN
/// where the direction is undefined, zero for the piecewise-constant functions. The forward rule "a zero
/// tangent gives zero even through an infinite slope" becomes, in reverse, "a zero adjoint or a zero partial
/// contributes nothing". Two cases cannot be copied because the forward answer is not linear in the direction
/// (no gradient exists): at the origin, <see cref="Hypot"/> records the partials 0 (the least-norm subgradient)
/// where the forward tangent is <c>hypot(x.ε, y.ε)</c>; and <see cref="Pow(Adjoint{T}, Adjoint{T})"/> with both
/// arguments variable and x ≤ 0 records each partial by its one-variable rule, so the NaN of
/// <see cref="HyperDual{T}.Pow(HyperDual{T}, HyperDual{T})"/> case 6 appears exactly in the gradient components
/// that reach the exponent (what the forward gradient gives, one coordinate at a time).
/// </para>
/// </remarks>
public readonly partial struct Adjoint<T>
    : IFloatingPointIeee754<Adjoint<T>>, IStructuralZero, ILiftedNumber<Adjoint<T>, T>
    where T : IFloatingPointIeee754<T>
{
    private readonly GradientTape<T>? tape;
    private readonly int nodeIndex;
    private readonly int recording;

    /// <summary>Creates a constant: a value with no node.</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Adjoint(T value)
    {
        Value = value;
    }

    /// <summary>Creates a value with a node of the given recording on <paramref name="tape"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Adjoint(T value, GradientTape<T> tape, int nodeIndex, int recording)
    {
        Value = value;
        this.tape = tape;
        this.nodeIndex = nodeIndex;
        this.recording = recording;
    }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets the index of this value's node on its tape, or −1 for a constant.</summary>
    public int Index => tape is null ? -1 : nodeIndex;

    /// <summary>Gets whether this is a constant: it depends on no variable and has no node.</summary>
    public bool IsConstant => tape is null;

    /// <inheritdoc/>
    bool IStructuralZero.IsStructurallyZero => IsConstant && StructuralZero.IsZero(Value);

    /// <summary>Gets the node index (meaningful only when not constant).</summary>
    internal int NodeIndex => nodeIndex;

    /// <summary>Gets the identity of the recording the node belongs to; 0 for a constant.</summary>
    internal int Recording => recording;

    /// <summary>Gets the tape the node is on; null for a constant.</summary>
    internal GradientTape<T>? Tape => tape;

    //
    // Constants
    //

    /// <inheritdoc cref="INumberBase{TSelf}.Zero"/>
    public static Adjoint<T> Zero => new(T.Zero);

    /// <inheritdoc cref="INumberBase{TSelf}.One"/>
    public static Adjoint<T> One => new(T.One);

    /// <inheritdoc cref="ISignedNumber{TSelf}.NegativeOne"/>
    public static Adjoint<T> NegativeOne => new(T.NegativeOne);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.E"/>
    public static Adjoint<T> E => new(T.E);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Pi"/>
    public static Adjoint<T> Pi => new(T.Pi);

    /// <inheritdoc cref="IFloatingPointConstants{TSelf}.Tau"/>
    public static Adjoint<T> Tau => new(T.Tau);

    /// <summary>The smallest positive value, <typeparamref name="T"/>.Epsilon, as a constant.</summary>
    static Adjoint<T> IFloatingPointIeee754<Adjoint<T>>.Epsilon => new(T.Epsilon);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NaN"/>
    public static Adjoint<T> NaN => new(T.NaN);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeInfinity"/>
    public static Adjoint<T> NegativeInfinity => new(T.NegativeInfinity);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.NegativeZero"/>
    public static Adjoint<T> NegativeZero => new(T.NegativeZero);

    /// <inheritdoc cref="IFloatingPointIeee754{TSelf}.PositiveInfinity"/>
    public static Adjoint<T> PositiveInfinity => new(T.PositiveInfinity);

    /// <inheritdoc cref="IAdditiveIdentity{TSelf, TResult}.AdditiveIdentity"/>
    static Adjoint<T> IAdditiveIdentity<Adjoint<T>, Adjoint<T>>.AdditiveIdentity => Zero;

    /// <inheritdoc cref="IMultiplicativeIdentity{TSelf, TResult}.MultiplicativeIdentity"/>
    static Adjoint<T> IMultiplicativeIdentity<Adjoint<T>, Adjoint<T>>.MultiplicativeIdentity => One;

    /// <inheritdoc cref="INumberBase{TSelf}.Radix"/>
    public static int Radix => T.Radix;

    //
    // Conversion operators
    //

    /// <summary>Converts a scalar to a constant (no node).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator Adjoint<T>(T value) => new(value);

    //
    // Arithmetic operators
    //

    /// <inheritdoc cref="IUnaryPlusOperators{TSelf, TResult}.op_UnaryPlus(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator +(Adjoint<T> value) => value;

    // −(a + h) = −a − h

    /// <inheritdoc cref="IUnaryNegationOperators{TSelf, TResult}.op_UnaryNegation(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator -(Adjoint<T> value) => Chain(value, -value.Value, T.NegativeOne);

    // ∂(x + y)/∂x = 1, ∂(x + y)/∂y = 1

    /// <inheritdoc cref="IAdditionOperators{TSelf, TOther, TResult}.op_Addition(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator +(Adjoint<T> left, Adjoint<T> right)
    {
        if (right.IsConstant)
        {
            return left + right.Value;
        }

        if (left.IsConstant)
        {
            return left.Value + right;
        }

        return Chain(left, right, left.Value + right.Value, T.One, T.One);
    }

    /// <summary>Adds a scalar; the result shares the node of <paramref name="left"/> (the derivative is unchanged).</summary>
    /// <param name="left">The reverse-mode number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The sum.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator +(Adjoint<T> left, T right) => left.WithValue(left.Value + right);

    /// <summary>Adds to a scalar; the result shares the node of <paramref name="right"/>.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The reverse-mode number.</param>
    /// <returns>The sum.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator +(T left, Adjoint<T> right) => right.WithValue(left + right.Value);

    // ∂(x − y)/∂x = 1, ∂(x − y)/∂y = −1

    /// <inheritdoc cref="ISubtractionOperators{TSelf, TOther, TResult}.op_Subtraction(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator -(Adjoint<T> left, Adjoint<T> right)
    {
        if (right.IsConstant)
        {
            return left - right.Value;
        }

        return Chain(left, right, left.Value - right.Value, T.One, T.NegativeOne);
    }

    /// <summary>Subtracts a scalar; the result shares the node of <paramref name="left"/>.</summary>
    /// <param name="left">The reverse-mode number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator -(Adjoint<T> left, T right) => left.WithValue(left.Value - right);

    /// <summary>Subtracts from a scalar (one node with partial −1).</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The reverse-mode number.</param>
    /// <returns>The difference.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator -(T left, Adjoint<T> right) => Chain(right, left - right.Value, T.NegativeOne);

    // ∂(xy)/∂x = y, ∂(xy)/∂y = x

    /// <inheritdoc cref="IMultiplyOperators{TSelf, TOther, TResult}.op_Multiply(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator *(Adjoint<T> left, Adjoint<T> right)
        => Chain(left, right, left.Value * right.Value, right.Value, left.Value);

    /// <summary>Multiplies by a scalar.</summary>
    /// <param name="left">The reverse-mode number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The product.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator *(Adjoint<T> left, T right) => Chain(left, left.Value * right, right);

    /// <summary>Multiplies a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The reverse-mode number.</param>
    /// <returns>The product.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator *(T left, Adjoint<T> right) => Chain(right, left * right.Value, left);

    // q = x/y: ∂q/∂x = 1/y, ∂q/∂y = −q/y

    /// <inheritdoc cref="IDivisionOperators{TSelf, TOther, TResult}.op_Division(TSelf, TOther)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator /(Adjoint<T> left, Adjoint<T> right)
    {
        T inverse = T.One / right.Value;
        T q = left.Value / right.Value;
        return Chain(left, right, q, inverse, -q * inverse);
    }

    /// <summary>Divides by a scalar.</summary>
    /// <param name="left">The reverse-mode number.</param>
    /// <param name="right">The scalar.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator /(Adjoint<T> left, T right) => Chain(left, left.Value / right, T.One / right);

    /// <summary>Divides a scalar.</summary>
    /// <param name="left">The scalar.</param>
    /// <param name="right">The reverse-mode number.</param>
    /// <returns>The quotient.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator /(T left, Adjoint<T> right)
    {
        T q = left / right.Value;
        return Chain(right, q, -q / right.Value);
    }

    // x − y·n with n = trunc(x/y) held fixed: ∂x = 1, ∂y = −n

    /// <summary>
    /// The remainder of truncated division, <c>x − y·trunc(x/y)</c>; the integer quotient is held fixed
    /// (see <see cref="HyperDual{T}.op_Modulus"/>).
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder.</returns>
    public static Adjoint<T> operator %(Adjoint<T> left, Adjoint<T> right)
    {
        T remainder = left.Value % right.Value;
        T quotient = T.Round((left.Value - remainder) / right.Value);
        return Chain(left, right, remainder, T.One, -quotient);
    }

    /// <inheritdoc cref="IIncrementOperators{TSelf}.op_Increment(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator ++(Adjoint<T> value) => value.WithValue(value.Value + T.One);

    /// <inheritdoc cref="IDecrementOperators{TSelf}.op_Decrement(TSelf)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> operator --(Adjoint<T> value) => value.WithValue(value.Value - T.One);

    //
    // Comparison operators (by value)
    //

    /// <summary>Compares the values only (see the type remarks).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Adjoint<T> left, Adjoint<T> right) => left.Value == right.Value;

    /// <summary>Compares the values only (see the type remarks).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Adjoint<T> left, Adjoint<T> right) => left.Value != right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThan(TSelf, TOther)"/>
    public static bool operator <(Adjoint<T> left, Adjoint<T> right) => left.Value < right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThan(TSelf, TOther)"/>
    public static bool operator >(Adjoint<T> left, Adjoint<T> right) => left.Value > right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_LessThanOrEqual(TSelf, TOther)"/>
    public static bool operator <=(Adjoint<T> left, Adjoint<T> right) => left.Value <= right.Value;

    /// <inheritdoc cref="IComparisonOperators{TSelf, TOther, TResult}.op_GreaterThanOrEqual(TSelf, TOther)"/>
    public static bool operator >=(Adjoint<T> left, Adjoint<T> right) => left.Value >= right.Value;

    //
    // Recording helpers
    //

    // y = f(x): one node, parent x, partial f'(x)

    /// <summary>Applies a function given its value and derivative at <c>x.Value</c>: a constant stays a
    /// constant, a variable records one node. Infinite and NaN derivatives are recorded as they are (see the
    /// sweep rule on <see cref="GradientTape{T}"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Adjoint<T> Chain(Adjoint<T> x, T f, T df)
        => x.tape is null ? new(f) : x.tape.RecordNode(x.recording, f, x.nodeIndex, df);

    // z = f(x, y): one node, parents x and y, partials fₓ and f_y

    /// <summary>Applies a function of two arguments given its value and partial derivatives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Adjoint<T> Chain(Adjoint<T> x, Adjoint<T> y, T f, T fx, T fy)
    {
        if (y.IsConstant)
        {
            return Chain(x, f, fx);
        }

        if (x.IsConstant)
        {
            return Chain(y, f, fy);
        }

        if (!ReferenceEquals(x.tape, y.tape) || x.recording != y.recording)
        {
            throw GradientTape<T>.MixedRecordings();
        }

        return x.tape!.RecordNode(x.recording, f, x.nodeIndex, fx, y.nodeIndex, fy);
    }

    /// <summary>The partial made NaN (an undefined direction): NaN wherever the adjoint is non-zero.</summary>
    private static Adjoint<T> UndefinedDirection(Adjoint<T> x, T value) => Chain(x, value, T.NaN);

    /// <summary>Records an elementary function's rule: its value and slope (an infinite slope recorded as it
    /// is; outside the domain a NaN partial).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Adjoint<T> Apply(Adjoint<T> x, UnaryRule<T> rule)
        => rule.Point == RulePoint.OutsideDomain ? UndefinedDirection(x, rule.Value) : Chain(x, rule.Value, rule.Slope);

    /// <summary>Records an elementary function of two arguments: its value and first partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Adjoint<T> Apply(Adjoint<T> x, Adjoint<T> y, BinaryRule<T> rule) => Chain(x, y, rule.Value, rule.Fx, rule.Fy);

    /// <summary>This number's node with another value (the derivative is unchanged).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Adjoint<T> WithValue(T value) => tape is null ? new(value) : new(value, tape, nodeIndex, recording);

    //
    // Object overrides
    //

    /// <summary>Whether <paramref name="obj"/> is an <c>Adjoint&lt;T&gt;</c> with an equal value and the same node.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Whether they are equal in value and node.</returns>
    public override bool Equals(object? obj) => obj is Adjoint<T> other && Equals(other);

    /// <summary>A hash of the value and the node.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Value, Index, recording);

    /// <summary>Formats the value (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);
}
