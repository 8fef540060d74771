using System.Numerics;

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
/// cosine branch and element 2q + 1 the sine branch.
/// </remarks>
public static class CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong StreamMultiplier = 0xD1B54A32D192ED03UL;
    private const ulong CounterMultiplier = 0xAEF17502108EF2D9UL;

    /// <summary>64 random bits for (seed, stream, counter).</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream (e.g. a direction index).</param>
    /// <param name="counter">The position in the stream.</param>
    /// <returns>The bits.</returns>
    public static ulong Bits(ulong seed, ulong stream, ulong counter)
    {
        ulong z = (seed * Golden) ^ ((stream + 1) * StreamMultiplier) ^ (counter * CounterMultiplier);
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
        ulong pair = index >> 1;
        double u1 = 1.0 - Uniform(seed, stream, 2 * pair); // (0, 1]: log is finite
        double u2 = Uniform(seed, stream, (2 * pair) + 1);
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        double angle = 2.0 * Math.PI * u2;
        (double sin, double cos) = Math.SinCos(angle);
        return (index & 1) == 0 ? r * cos : r * sin;
    }

    /// <summary>Fills <paramref name="destination"/> with elements <c>[start, start + length)</c> of a normal
    /// stream (each Box–Muller pair computed once), converted to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The destination's number type.</typeparam>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="start">The first element's index.</param>
    /// <param name="destination">Where to write.</param>
    public static void FillNormal<T>(ulong seed, ulong stream, long start, Span<T> destination) where T : INumberBase<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        int e = 0;
        if ((start & 1) == 1 && destination.Length > 0)
        {
            destination[0] = T.CreateTruncating(Normal(seed, stream, (ulong)start));
            e = 1;
        }

        for (; e + 1 < destination.Length; e += 2)
        {
            ulong pair = (ulong)(start + e) >> 1;
            double u1 = 1.0 - Uniform(seed, stream, 2 * pair);
            double u2 = Uniform(seed, stream, (2 * pair) + 1);
            double r = Math.Sqrt(-2.0 * Math.Log(u1));
            (double sin, double cos) = Math.SinCos(2.0 * Math.PI * u2);
            destination[e] = T.CreateTruncating(r * cos);
            destination[e + 1] = T.CreateTruncating(r * sin);
        }

        if (e < destination.Length)
        {
            destination[e] = T.CreateTruncating(Normal(seed, stream, (ulong)(start + e)));
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
