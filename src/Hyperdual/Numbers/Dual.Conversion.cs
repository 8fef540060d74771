using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

// INumberBase conversions of Dual<T>.
//
// The TryConvert members come from ILiftedNumber: anything T accepts becomes a constant with a zero tangent.
public readonly partial struct Dual<T>
{
    //
    // INumberBase
    //

    /// <summary>
    /// Creates a constant from any number <typeparamref name="T"/> can be created from (overflow throws);
    /// a <c>Dual&lt;T&gt;</c> is returned unchanged.
    /// </summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    /// <exception cref="OverflowException">The value is outside <typeparamref name="T"/>'s range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> CreateChecked<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(Dual<T>) ? (Dual<T>)(object)value : new(T.CreateChecked(value));

    /// <summary>As <see cref="CreateChecked{TOther}"/>, saturating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> CreateSaturating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(Dual<T>) ? (Dual<T>)(object)value : new(T.CreateSaturating(value));

    /// <summary>As <see cref="CreateChecked{TOther}"/>, truncating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> CreateTruncating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(Dual<T>) ? (Dual<T>)(object)value : new(T.CreateTruncating(value));

    /// <inheritdoc/>
    static Dual<T> ILiftedNumber<Dual<T>, T>.Constant(T value) => new(value);

    /// <inheritdoc/>
    static T ILiftedNumber<Dual<T>, T>.ValuePart(Dual<T> number) => number.Value;
}
