using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

// INumberBase conversions of HyperDual<T>.
//
// From another type: a HyperDual<T> is returned as is; anything T accepts (T itself, int, double, float,
// decimal, another dual number's value, ...) becomes a constant with zero perturbation parts.
// To another type: the value part is converted (the perturbation parts are dropped).
public readonly partial struct HyperDual<T>
{
    //
    // INumberBase
    //

    /// <summary>
    /// Creates a constant from any number <typeparamref name="T"/> can be created from (overflow throws);
    /// a <c>HyperDual&lt;T&gt;</c> is returned unchanged.
    /// </summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant hyper-dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    /// <exception cref="OverflowException">The value is outside <typeparamref name="T"/>'s range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> CreateChecked<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(HyperDual<T>))
        {
            return (HyperDual<T>)(object)value;
        }

        return new(T.CreateChecked(value));
    }

    /// <summary>As <see cref="CreateChecked{TOther}"/>, saturating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant hyper-dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> CreateSaturating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(HyperDual<T>))
        {
            return (HyperDual<T>)(object)value;
        }

        return new(T.CreateSaturating(value));
    }

    /// <summary>As <see cref="CreateChecked{TOther}"/>, truncating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant hyper-dual number.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HyperDual<T> CreateTruncating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(HyperDual<T>))
        {
            return (HyperDual<T>)(object)value;
        }

        return new(T.CreateTruncating(value));
    }

    /// <inheritdoc/>
    static bool INumberBase<HyperDual<T>>.TryConvertFromChecked<TOther>(TOther value, out HyperDual<T> result)
    {
        if (typeof(TOther) == typeof(HyperDual<T>))
        {
            result = (HyperDual<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateChecked(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<HyperDual<T>>.TryConvertFromSaturating<TOther>(TOther value, out HyperDual<T> result)
    {
        if (typeof(TOther) == typeof(HyperDual<T>))
        {
            result = (HyperDual<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateSaturating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<HyperDual<T>>.TryConvertFromTruncating<TOther>(TOther value, out HyperDual<T> result)
    {
        if (typeof(TOther) == typeof(HyperDual<T>))
        {
            result = (HyperDual<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateTruncating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<HyperDual<T>>.TryConvertToChecked<TOther>(HyperDual<T> value, out TOther result)
        => ScalarConversion.TryCreateChecked(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<HyperDual<T>>.TryConvertToSaturating<TOther>(HyperDual<T> value, out TOther result)
        => ScalarConversion.TryCreateSaturating(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<HyperDual<T>>.TryConvertToTruncating<TOther>(HyperDual<T> value, out TOther result)
        => ScalarConversion.TryCreateTruncating(value.Value, out result);
}
