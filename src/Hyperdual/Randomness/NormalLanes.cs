using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hyperdual;

/// <summary>
/// <see cref="CounterRandom"/>'s normal numbers, <c>TLanes.Count</c> Box–Muller pairs at a time. Lane j of a
/// block starting at pair q draws the uniforms of counters 2(q + j) and 2(q + j) + 1 and gives elements
/// 2(q + j) (cosine) and 2(q + j) + 1 (sine). The logarithm and the sine and cosine are polynomials evaluated
/// with the lane operations alone, so every width, and the one-element <see cref="CounterRandom.Normal"/>,
/// gives the same bits.
/// </summary>
/// <typeparam name="TLanes">The width's lane operations.</typeparam>
/// <typeparam name="TDouble">The double vector.</typeparam>
/// <typeparam name="TBits">The 64-bit integer vector.</typeparam>
internal static class NormalLanes<TLanes, TDouble, TBits>
    where TLanes : ISimdLanes<TDouble, TBits>
{
    private const double Ln2 = 0.693147180559945309417232121458;
    private const ulong ExponentOne = 0x3FF0000000000000UL;
    private const ulong SqrtHalfBits = 0x3FE6A09E667F3BCDUL; // the double nearest √2 / 2
    private const ulong MantissaMask = (1UL << 52) - 1;
    private const ulong HalfQuadrant = 1UL << 50; // a quarter turn is 2⁵¹ units of 2⁻⁵³ turns

    /// <summary><see cref="CounterRandom.Bits"/> of each lane's counter.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="counters">The counters.</param>
    /// <returns>The bits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBits Bits(ulong seed, ulong stream, TBits counters)
    {
        TBits z = TLanes.Xor(TLanes.Broadcast(CounterRandom.StreamKey(seed, stream)), TLanes.Multiply(counters, TLanes.Broadcast(CounterRandom.CounterMultiplier)));
        z = Mix(TLanes.Add(z, TLanes.Broadcast(CounterRandom.Golden)));
        return Mix(TLanes.Xor(z, TLanes.Broadcast(seed + CounterRandom.Golden)));
    }

    /// <summary>The normals of pairs <c>[firstPair, firstPair + Count)</c>: lane j of <c>Even</c> is element
    /// 2(firstPair + j), of <c>Odd</c> element 2(firstPair + j) + 1.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="firstPair">The first pair.</param>
    /// <returns>The two halves of each pair.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (TDouble Even, TDouble Odd) Pairs(ulong seed, ulong stream, ulong firstPair)
    {
        TBits even = TLanes.EvenFrom(2 * firstPair);
        TBits radiusUnits = TLanes.ShiftRight(Bits(seed, stream, even), 11);
        TBits angleUnits = TLanes.ShiftRight(Bits(seed, stream, TLanes.Add(even, TLanes.Broadcast(1UL))), 11);

        // u₁ = 1 − k·2⁻⁵³ ∈ (0, 1] exactly, so log u₁ is finite.
        TDouble u1 = TLanes.Subtract(TLanes.Broadcast(1.0), TLanes.Multiply(TLanes.ToDouble(radiusUnits), TLanes.Broadcast(1.0 / (1UL << 53))));
        TDouble radius = TLanes.Sqrt(TLanes.Multiply(TLanes.Broadcast(-2.0), Log(u1)));
        (TDouble cos, TDouble sin) = CosSinOfTurn(angleUnits);
        return (TLanes.Multiply(radius, cos), TLanes.Multiply(radius, sin));
    }

    /// <summary>Writes elements <c>[start, start + destination.Length)</c> of the stream: whole blocks at this
    /// width, an odd first element and the tail by <see cref="CounterRandom.Normal"/>.</summary>
    /// <typeparam name="T">The destination's number type.</typeparam>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="start">The first element's index (non-negative).</param>
    /// <param name="destination">Where to write.</param>
    public static void Fill<T>(ulong seed, ulong stream, long start, Span<T> destination)
        where T : INumberBase<T>
    {
        int block = 2 * TLanes.Count;
        Span<double> buffer = stackalloc double[block];
        int e = 0;
        if ((start & 1) == 1 && destination.Length > 0)
        {
            destination[0] = T.CreateTruncating(CounterRandom.Normal(seed, stream, (ulong)start));
            e = 1;
        }

        for (; e + block <= destination.Length; e += block)
        {
            (TDouble even, TDouble odd) = Pairs(seed, stream, (ulong)(start + e) >> 1);
            Store(even, odd, destination.Slice(e, block), buffer);
        }

        for (; e < destination.Length; e++)
        {
            destination[e] = T.CreateTruncating(CounterRandom.Normal(seed, stream, (ulong)(start + e)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(TDouble even, TDouble odd, Span<T> destination, Span<double> buffer)
        where T : INumberBase<T>
    {
        if (typeof(T) == typeof(double))
        {
            TLanes.StoreInterleaved(even, odd, MemoryMarshal.CreateSpan(ref Unsafe.As<T, double>(ref MemoryMarshal.GetReference(destination)), destination.Length));
        }
        else if (typeof(T) == typeof(float))
        {
            TLanes.StoreInterleaved(even, odd, MemoryMarshal.CreateSpan(ref Unsafe.As<T, float>(ref MemoryMarshal.GetReference(destination)), destination.Length));
        }
        else
        {
            TLanes.StoreInterleaved(even, odd, buffer);
            for (int i = 0; i < destination.Length; i++)
            {
                destination[i] = T.CreateTruncating(buffer[i]);
            }
        }
    }

    /// <summary>ln x for positive normal x.</summary>
    /// <remarks>
    /// x = 2ᵉ·m with m ∈ [√2/2, √2) (adding 1.0's bits minus √2/2's bits carries into the exponent exactly when
    /// m would reach √2). With f = m − 1 (exact) and s = f / (2 + f): ln m = 2 atanh s = 2s + R, R = 2s·Σₖ s²ᵏ/(2k + 1),
    /// and since 2s = f − f²/2 + s·f²/2, ln m = f − (f²/2 − s·(f²/2 + R')) with R' = Σₖ 2s²ᵏ/(2k + 1), k = 1..9
    /// (|s| ≤ 0.172: the next term is below 2⁻⁵⁵ of the sum), so the rounding of s only reaches the correction term.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TDouble Log(TDouble x)
    {
        TBits shifted = TLanes.Add(TLanes.AsBits(x), TLanes.Broadcast(ExponentOne - SqrtHalfBits));
        TDouble exponent = TLanes.Subtract(TLanes.ToDouble(TLanes.ShiftRight(shifted, 52)), TLanes.Broadcast(1023.0));
        TDouble m = TLanes.AsDouble(TLanes.Add(TLanes.And(shifted, TLanes.Broadcast(MantissaMask)), TLanes.Broadcast(SqrtHalfBits)));
        TDouble f = TLanes.Subtract(m, TLanes.Broadcast(1.0));
        TDouble s = TLanes.Divide(f, TLanes.Add(f, TLanes.Broadcast(2.0)));
        TDouble z = TLanes.Multiply(s, s);
        TDouble series = TLanes.Broadcast(2.0 / 19);
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 17));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 15));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 13));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 11));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 9));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 7));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 5));
        series = TLanes.FusedMultiplyAdd(series, z, TLanes.Broadcast(2.0 / 3));
        TDouble r = TLanes.Multiply(series, z);
        TDouble halfSquare = TLanes.Multiply(TLanes.Multiply(f, f), TLanes.Broadcast(0.5));
        TDouble correction = TLanes.FusedMultiplyAdd(TLanes.Multiply(s, TLanes.Broadcast(-1.0)), TLanes.Add(halfSquare, r), halfSquare);
        TDouble logM = TLanes.Subtract(f, correction);
        return TLanes.FusedMultiplyAdd(exponent, TLanes.Broadcast(Ln2), logM);
    }

    /// <summary>cos 2πu and sin 2πu for u = k·2⁻⁵³.</summary>
    /// <remarks>
    /// The reduction is exact because u is dyadic: n = round(4u) (a whole number of quarter turns) and
    /// x = (4u − n)·π/2 ∈ [−π/4, π/4]; the Taylor series of sin x to x¹⁵ and of cos x to x¹⁶ leave less than
    /// 2⁻⁵⁴ (the next terms at π/4). Quadrant n then swaps and negates: cos(nπ/2 + x) is cos x, −sin x, −cos x,
    /// sin x for n mod 4 = 0, 1, 2, 3, and sin(nπ/2 + x) is sin x, cos x, −sin x, −cos x.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (TDouble Cos, TDouble Sin) CosSinOfTurn(TBits units)
    {
        TBits one = TLanes.Broadcast(1UL), two = TLanes.Broadcast(2UL);
        TBits shifted = TLanes.Add(units, TLanes.Broadcast(HalfQuadrant));
        TBits quadrant = TLanes.ShiftRight(shifted, 51);
        TBits within = TLanes.And(shifted, TLanes.Broadcast((1UL << 51) - 1));
        TDouble x = TLanes.Multiply(
            TLanes.Subtract(TLanes.ToDouble(within), TLanes.Broadcast((double)HalfQuadrant)),
            TLanes.Broadcast(Math.PI / (1UL << 52)));
        TDouble z = TLanes.Multiply(x, x);

        TDouble sinSeries = TLanes.Broadcast(-1.0 / 1307674368000); // −1/15!
        sinSeries = TLanes.FusedMultiplyAdd(sinSeries, z, TLanes.Broadcast(1.0 / 6227020800)); // 1/13!
        sinSeries = TLanes.FusedMultiplyAdd(sinSeries, z, TLanes.Broadcast(-1.0 / 39916800)); // −1/11!
        sinSeries = TLanes.FusedMultiplyAdd(sinSeries, z, TLanes.Broadcast(1.0 / 362880)); // 1/9!
        sinSeries = TLanes.FusedMultiplyAdd(sinSeries, z, TLanes.Broadcast(-1.0 / 5040)); // −1/7!
        sinSeries = TLanes.FusedMultiplyAdd(sinSeries, z, TLanes.Broadcast(1.0 / 120)); // 1/5!
        sinSeries = TLanes.FusedMultiplyAdd(sinSeries, z, TLanes.Broadcast(-1.0 / 6)); // −1/3!
        TDouble sinX = TLanes.FusedMultiplyAdd(TLanes.Multiply(x, z), sinSeries, x);

        TDouble cosSeries = TLanes.Broadcast(1.0 / 20922789888000); // 1/16!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(-1.0 / 87178291200)); // −1/14!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(1.0 / 479001600)); // 1/12!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(-1.0 / 3628800)); // −1/10!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(1.0 / 40320)); // 1/8!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(-1.0 / 720)); // −1/6!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(1.0 / 24)); // 1/4!
        cosSeries = TLanes.FusedMultiplyAdd(cosSeries, z, TLanes.Broadcast(-1.0 / 2)); // −1/2!
        TDouble cosX = TLanes.FusedMultiplyAdd(z, cosSeries, TLanes.Broadcast(1.0));

        // Odd quadrants swap sine and cosine; the sign bits come from bit 1 of n + 1 (cosine) and of n (sine).
        TBits sinBits = TLanes.AsBits(sinX), cosBits = TLanes.AsBits(cosX);
        TBits allOnes = TLanes.Broadcast(ulong.MaxValue);
        TBits oddQuadrant = TLanes.Xor(TLanes.Add(TLanes.And(quadrant, one), allOnes), allOnes); // ~(b − 1): all ones when b = 1
        TBits swap = TLanes.And(TLanes.Xor(sinBits, cosBits), oddQuadrant);
        TBits cosSign = TLanes.ShiftLeft(TLanes.And(TLanes.Add(quadrant, one), two), 62);
        TBits sinSign = TLanes.ShiftLeft(TLanes.And(quadrant, two), 62);
        return (
            TLanes.AsDouble(TLanes.Xor(TLanes.Xor(cosBits, swap), cosSign)),
            TLanes.AsDouble(TLanes.Xor(TLanes.Xor(sinBits, swap), sinSign)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TBits Mix(TBits z)
    {
        z = TLanes.Multiply(TLanes.Xor(z, TLanes.ShiftRight(z, 30)), TLanes.Broadcast(CounterRandom.MixMultiplier1));
        z = TLanes.Multiply(TLanes.Xor(z, TLanes.ShiftRight(z, 27)), TLanes.Broadcast(CounterRandom.MixMultiplier2));
        return TLanes.Xor(z, TLanes.ShiftRight(z, 31));
    }
}
