namespace Hyperdual;

/// <summary>
/// The lane operations <see cref="NormalLanes{TLanes, TDouble, TBits}"/> needs, for one vector width:
/// <typeparamref name="TDouble"/> holds doubles and <typeparamref name="TBits"/> the same lanes as 64-bit
/// unsigned integers. Every operation is exact or a single IEEE 754 rounding per lane (the multiply-add is
/// fused), so each width gives the same bits lane for lane.
/// </summary>
/// <typeparam name="TDouble">The double vector (e.g. <c>Vector512&lt;double&gt;</c>).</typeparam>
/// <typeparam name="TBits">The matching 64-bit integer vector (e.g. <c>Vector512&lt;ulong&gt;</c>).</typeparam>
internal interface ISimdLanes<TDouble, TBits>
{
    /// <summary>The number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Lane j holds <c>first + 2j</c>.</summary>
    static abstract TBits EvenFrom(ulong first);

    static abstract TBits Broadcast(ulong value);

    static abstract TBits Add(TBits a, TBits b);

    static abstract TBits Multiply(TBits a, TBits b);

    static abstract TBits Xor(TBits a, TBits b);

    static abstract TBits And(TBits a, TBits b);

    static abstract TBits ShiftRight(TBits a, int count);

    static abstract TBits ShiftLeft(TBits a, int count);

    /// <summary>Lanes below 2⁵³ converted exactly.</summary>
    static abstract TDouble ToDouble(TBits a);

    static abstract TDouble AsDouble(TBits a);

    static abstract TBits AsBits(TDouble a);

    static abstract TDouble Broadcast(double value);

    static abstract TDouble Add(TDouble a, TDouble b);

    static abstract TDouble Subtract(TDouble a, TDouble b);

    static abstract TDouble Multiply(TDouble a, TDouble b);

    static abstract TDouble Divide(TDouble a, TDouble b);

    /// <summary><c>a·b + c</c> rounded once.</summary>
    static abstract TDouble FusedMultiplyAdd(TDouble a, TDouble b, TDouble c);

    static abstract TDouble Sqrt(TDouble a);

    /// <summary>Writes <c>even[0], odd[0], even[1], odd[1], …</c> (2·<see cref="Count"/> doubles).</summary>
    static abstract void StoreInterleaved(TDouble even, TDouble odd, Span<double> destination);

    /// <summary>As <see cref="StoreInterleaved(TDouble, TDouble, Span{double})"/>, each value rounded to float.</summary>
    static abstract void StoreInterleaved(TDouble even, TDouble odd, Span<float> destination);
}
