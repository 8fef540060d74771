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
    static ChainRuleNumber<T, TParts> ILiftedNumber<ChainRuleNumber<T, TParts>, T>.Constant(T value) => new(value);

    /// <inheritdoc/>
    static T ILiftedNumber<ChainRuleNumber<T, TParts>, T>.ValuePart(ChainRuleNumber<T, TParts> number) => number.Value;
}
