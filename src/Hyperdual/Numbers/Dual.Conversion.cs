using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

// INumberBase conversions of Dual<T>.
//
// From another type: a Dual<T> is returned as is; anything T accepts (T itself, int, double, float,
// decimal, another dual number's value, ...) becomes a constant with a zero tangent.
// To another type: the value part is converted (the tangent is dropped).
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
    {
        if (typeof(TOther) == typeof(Dual<T>))
        {
            return (Dual<T>)(object)value;
        }

        return new(T.CreateChecked(value));
    }

    /// <summary>As <see cref="CreateChecked{TOther}"/>, saturating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> CreateSaturating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(Dual<T>))
        {
            return (Dual<T>)(object)value;
        }

        return new(T.CreateSaturating(value));
    }

    /// <summary>As <see cref="CreateChecked{TOther}"/>, truncating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<T> CreateTruncating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(Dual<T>))
        {
            return (Dual<T>)(object)value;
        }

        return new(T.CreateTruncating(value));
    }

    /// <inheritdoc/>
    static bool INumberBase<Dual<T>>.TryConvertFromChecked<TOther>(TOther value, out Dual<T> result)
    {
        if (typeof(TOther) == typeof(Dual<T>))
        {
            result = (Dual<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateChecked(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<Dual<T>>.TryConvertFromSaturating<TOther>(TOther value, out Dual<T> result)
    {
        if (typeof(TOther) == typeof(Dual<T>))
        {
            result = (Dual<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateSaturating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<Dual<T>>.TryConvertFromTruncating<TOther>(TOther value, out Dual<T> result)
    {
        if (typeof(TOther) == typeof(Dual<T>))
        {
            result = (Dual<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateTruncating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<Dual<T>>.TryConvertToChecked<TOther>(Dual<T> value, out TOther result)
        => ScalarConversion.TryCreateChecked(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<Dual<T>>.TryConvertToSaturating<TOther>(Dual<T> value, out TOther result)
        => ScalarConversion.TryCreateSaturating(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<Dual<T>>.TryConvertToTruncating<TOther>(Dual<T> value, out TOther result)
        => ScalarConversion.TryCreateTruncating(value.Value, out result);
}
