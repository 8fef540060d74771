using System.Numerics;

namespace Hyperdual;

/// <summary>
/// A number type built over a scalar <typeparamref name="T"/>: a constant is made from a <typeparamref name="T"/>,
/// and its value part is a <typeparamref name="T"/>. Supplies the <see cref="INumberBase{TSelf}"/> conversions once
/// for every such type: from another type, the type itself is returned as is and anything <typeparamref name="T"/>
/// accepts (int, double, decimal, another number type's value, …) becomes a constant; to another type, the value
/// part is converted and the derivative parts are dropped.
/// </summary>
/// <typeparam name="TSelf">The number type.</typeparam>
/// <typeparam name="T">The scalar type.</typeparam>
internal interface ILiftedNumber<TSelf, T> : INumberBase<TSelf>
    where TSelf : ILiftedNumber<TSelf, T>
    where T : INumberBase<T>
{
    /// <summary>The constant with value <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The constant.</returns>
    static abstract TSelf Constant(T value);

    /// <summary>The value part.</summary>
    /// <param name="number">The number.</param>
    /// <returns>Its value.</returns>
    static abstract T ValuePart(TSelf number);

    /// <inheritdoc/>
    static bool INumberBase<TSelf>.TryConvertFromChecked<TOther>(TOther value, out TSelf result)
    {
        if (typeof(TOther) == typeof(TSelf))
        {
            result = (TSelf)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateChecked(value, out T scalar);
        result = TSelf.Constant(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<TSelf>.TryConvertFromSaturating<TOther>(TOther value, out TSelf result)
    {
        if (typeof(TOther) == typeof(TSelf))
        {
            result = (TSelf)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateSaturating(value, out T scalar);
        result = TSelf.Constant(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<TSelf>.TryConvertFromTruncating<TOther>(TOther value, out TSelf result)
    {
        if (typeof(TOther) == typeof(TSelf))
        {
            result = (TSelf)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateTruncating(value, out T scalar);
        result = TSelf.Constant(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<TSelf>.TryConvertToChecked<TOther>(TSelf value, out TOther result)
        => ScalarConversion.TryCreateChecked(TSelf.ValuePart(value), out result);

    /// <inheritdoc/>
    static bool INumberBase<TSelf>.TryConvertToSaturating<TOther>(TSelf value, out TOther result)
        => ScalarConversion.TryCreateSaturating(TSelf.ValuePart(value), out result);

    /// <inheritdoc/>
    static bool INumberBase<TSelf>.TryConvertToTruncating<TOther>(TSelf value, out TOther result)
        => ScalarConversion.TryCreateTruncating(TSelf.ValuePart(value), out result);
}
