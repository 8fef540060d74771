using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

// INumberBase conversions of ChainRuleNumber<T, TParts>, as for HyperDual<T>: from another type a constant (a
// ChainRuleNumber<T, TParts> is returned as is), to another type the value.
public readonly partial struct ChainRuleNumber<T, TParts>
{
    //
    // INumberBase
    //

    /// <inheritdoc cref="HyperDual{T}.CreateChecked{TOther}"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> CreateChecked<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(ChainRuleNumber<T, TParts>) ? (ChainRuleNumber<T, TParts>)(object)value : new(T.CreateChecked(value));

    /// <inheritdoc cref="HyperDual{T}.CreateSaturating{TOther}"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> CreateSaturating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(ChainRuleNumber<T, TParts>) ? (ChainRuleNumber<T, TParts>)(object)value : new(T.CreateSaturating(value));

    /// <inheritdoc cref="HyperDual{T}.CreateTruncating{TOther}"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChainRuleNumber<T, TParts> CreateTruncating<TOther>(TOther value)
        where TOther : INumberBase<TOther>
        => typeof(TOther) == typeof(ChainRuleNumber<T, TParts>) ? (ChainRuleNumber<T, TParts>)(object)value : new(T.CreateTruncating(value));

    /// <inheritdoc/>
    static bool INumberBase<ChainRuleNumber<T, TParts>>.TryConvertFromChecked<TOther>(TOther value, out ChainRuleNumber<T, TParts> result)
    {
        if (typeof(TOther) == typeof(ChainRuleNumber<T, TParts>))
        {
            result = (ChainRuleNumber<T, TParts>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateChecked(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<ChainRuleNumber<T, TParts>>.TryConvertFromSaturating<TOther>(TOther value, out ChainRuleNumber<T, TParts> result)
    {
        if (typeof(TOther) == typeof(ChainRuleNumber<T, TParts>))
        {
            result = (ChainRuleNumber<T, TParts>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateSaturating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<ChainRuleNumber<T, TParts>>.TryConvertFromTruncating<TOther>(TOther value, out ChainRuleNumber<T, TParts> result)
    {
        if (typeof(TOther) == typeof(ChainRuleNumber<T, TParts>))
        {
            result = (ChainRuleNumber<T, TParts>)(object)value;
            return true;
        }

        bool converted = ScalarConversion.TryCreateTruncating(value, out T scalar);
        result = new(scalar);
        return converted;
    }

    /// <inheritdoc/>
    static bool INumberBase<ChainRuleNumber<T, TParts>>.TryConvertToChecked<TOther>(ChainRuleNumber<T, TParts> value, out TOther result)
        => ScalarConversion.TryCreateChecked(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<ChainRuleNumber<T, TParts>>.TryConvertToSaturating<TOther>(ChainRuleNumber<T, TParts> value, out TOther result)
        => ScalarConversion.TryCreateSaturating(value.Value, out result);

    /// <inheritdoc/>
    static bool INumberBase<ChainRuleNumber<T, TParts>>.TryConvertToTruncating<TOther>(ChainRuleNumber<T, TParts> value, out TOther result)
        => ScalarConversion.TryCreateTruncating(value.Value, out result);
}
