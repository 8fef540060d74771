using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

// INumberBase conversions of Adjoint<T>.
//
// The TryConvert members come from ILiftedNumber: anything T accepts becomes a constant with no node.
public readonly partial struct Adjoint<T>
{
    //
    // INumberBase
    //

    /// <summary>
    /// Creates a constant from any number <typeparamref name="T"/> can be created from (overflow throws);
    /// an <c>Adjoint&lt;T&gt;</c> is returned unchanged.
    /// </summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant (no node).</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    /// <exception cref="OverflowException">The value is outside <typeparamref name="T"/>'s range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> CreateChecked<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(Adjoint<T>) ? (Adjoint<T>)(object)value : new(T.CreateChecked(value));

    /// <summary>As <see cref="CreateChecked{TOther}"/>, saturating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant (no node).</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> CreateSaturating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(Adjoint<T>) ? (Adjoint<T>)(object)value : new(T.CreateSaturating(value));

    /// <summary>As <see cref="CreateChecked{TOther}"/>, truncating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant (no node).</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> CreateTruncating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(Adjoint<T>) ? (Adjoint<T>)(object)value : new(T.CreateTruncating(value));

    /// <inheritdoc/>
    static Adjoint<T> ILiftedNumber<Adjoint<T>, T>.Constant(T value) => new(value);

    /// <inheritdoc/>
    static T ILiftedNumber<Adjoint<T>, T>.ValuePart(Adjoint<T> number) => number.Value;
}
