using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

// INumberBase conversions of Adjoint<T>.
//
// From another type: an Adjoint<T> is returned as is (with its node); anything T accepts (T itself, int, double, float,
// decimal, a dual number, ...) becomes a constant with no node.
// To another type: the value is converted (the node is dropped).
public readonly partial struct Adjoint<T>
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
    /// <returns>The constant (no node).</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    /// <exception cref="OverflowException">The value is outside <typeparamref name="T"/>'s range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> CreateChecked<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(Adjoint<T>))
        {
            return (Adjoint<T>)(object)value;
        }

        return new(T.CreateChecked(value));
    }

    /// <summary>As <see cref="CreateChecked{TOther}"/>, saturating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant (no node).</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> CreateSaturating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(Adjoint<T>))
        {
            return (Adjoint<T>)(object)value;
        }

        return new(T.CreateSaturating(value));
    }

    /// <summary>As <see cref="CreateChecked{TOther}"/>, truncating instead of throwing on overflow.</summary>
    /// <typeparam name="TOther">The source type.</typeparam>
    /// <param name="value">The number to convert.</param>
    /// <returns>The constant (no node).</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> cannot be created from <typeparamref name="TOther"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Adjoint<T> CreateTruncating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(Adjoint<T>))
        {
            return (Adjoint<T>)(object)value;
        }

        return new(T.CreateTruncating(value));
    }

    /// <inheritdoc/>
    static bool INumberBase<Adjoint<T>>.TryConvertFromChecked<TOther>(TOther value, out Adjoint<T> result)
    {
        if (typeof(TOther) == typeof(Adjoint<T>))
        {
            result = (Adjoint<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateChecked(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<Adjoint<T>>.TryConvertFromSaturating<TOther>(TOther value, out Adjoint<T> result)
    {
        if (typeof(TOther) == typeof(Adjoint<T>))
        {
            result = (Adjoint<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateSaturating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<Adjoint<T>>.TryConvertFromTruncating<TOther>(TOther value, out Adjoint<T> result)
    {
        if (typeof(TOther) == typeof(Adjoint<T>))
        {
            result = (Adjoint<T>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateTruncating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<Adjoint<T>>.TryConvertToChecked<TOther>(Adjoint<T> value, out TOther result)
        => ScalarConversion.TryCreateChecked(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<Adjoint<T>>.TryConvertToSaturating<TOther>(Adjoint<T> value, out TOther result)
        => ScalarConversion.TryCreateSaturating(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<Adjoint<T>>.TryConvertToTruncating<TOther>(Adjoint<T> value, out TOther result)
        => ScalarConversion.TryCreateTruncating(value.Value, out result);
}
