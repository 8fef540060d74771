using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual;

/// <summary>
/// A counter-based random generator: the n-th number of stream s under seed k is a pure function
/// <c>mix(k, s, n)</c>, so any element of any stream can be regenerated on its own, in any order and
/// on any thread, and the same seed always gives the same numbers.
/// </summary>
/// <remarks>
/// The mixing function is two rounds of the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014,
/// the output function of Java's <c>SplittableRandom</c>) over
/// <c>seed·φ ⊕ (stream + 1)·c₁ ⊕ counter·c₂</c> with odd 64-bit constants. Uniforms take the top 53
/// bits; normals use the Box–Muller transform on the uniform pair (2q, 2q + 1): element 2q gets the
/// cosine branch and element 2q + 1 the sine branch. The logarithm, sine and cosine are this library's own
/// polynomials (not the platform's libm), evaluated in vector lanes of any width with the same bits, so a
/// normal number is the same on every thread, block offset and machine with IEEE 754 doubles.
/// </remarks>
public static class CounterRandom
{
    /// <summary>φ = 2⁶⁴ / golden ratio, odd: SplitMix64's increment.</summary>
    internal const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The stream's odd multiplier c₁.</summary>
    internal const ulong StreamMultiplier = 0xD1B54A32D192ED03UL;

    /// <summary>The counter's odd multiplier c₂.</summary>
    internal const ulong CounterMultiplier = 0xAEF17502108EF2D9UL;

    /// <summary>The SplitMix64 finaliser's first multiplier.</summary>
    internal const ulong MixMultiplier1 = 0xBF58476D1CE4E5B9UL;

    /// <summary>The SplitMix64 finaliser's second multiplier.</summary>
    internal const ulong MixMultiplier2 = 0x94D049BB133111EBUL;

    /// <summary>64 random bits for (seed, stream, counter).</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream (e.g. a direction index).</param>
    /// <param name="counter">The position in the stream.</param>
    /// <returns>The bits.</returns>
    public static ulong Bits(ulong seed, ulong stream, ulong counter)
    {
        ulong z = StreamKey(seed, stream) ^ (counter * CounterMultiplier);
        z = Mix(z + Golden);
        return Mix(z ^ (seed + Golden));
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="counter">The position.</param>
    /// <returns>The uniform.</returns>
    public static double Uniform(ulong seed, ulong stream, ulong counter) =>
        (Bits(seed, stream, counter) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal number: element <paramref name="index"/> of the stream.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="index">The element index.</param>
    /// <returns>N(0, 1) sample.</returns>
    public static double Normal(ulong seed, ulong stream, ulong index)
    {
        (Vector128<double> even, Vector128<double> odd) = NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.Pairs(seed, stream, index >> 1);
        return ((index & 1) == 0 ? even : odd).ToScalar();
    }

    /// <summary>Fills <paramref name="destination"/> with elements <c>[start, start + length)</c> of a normal
    /// stream, converted to <typeparamref name="T"/>: element e is exactly <c>Normal(seed, stream, start + e)</c>,
    /// computed a vector of Box–Muller pairs at a time at the widest width the hardware accelerates.</summary>
    /// <typeparam name="T">The destination's number type.</typeparam>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="start">The first element's index.</param>
    /// <param name="destination">Where to write.</param>
    public static void FillNormal<T>(ulong seed, ulong stream, long start, Span<T> destination) where T : INumberBase<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (Vector512.IsHardwareAccelerated)
        {
            NormalLanes<Lanes512, Vector512<double>, Vector512<ulong>>.Fill(seed, stream, start, destination);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            NormalLanes<Lanes256, Vector256<double>, Vector256<ulong>>.Fill(seed, stream, start, destination);
        }
        else
        {
            NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.Fill(seed, stream, start, destination);
        }
    }

    /// <summary>The part of <see cref="Bits"/>'s input that depends on seed and stream alone.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <returns><c>seed·φ ⊕ (stream + 1)·c₁</c>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong StreamKey(ulong seed, ulong stream) => (seed * Golden) ^ ((stream + 1) * StreamMultiplier);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * MixMultiplier1;
        z = (z ^ (z >> 27)) * MixMultiplier2;
        return z ^ (z >> 31);
    }
}
