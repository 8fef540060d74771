using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Copies, adds and clears of short runs (a packed panel's row, an im2col run of a few outputs) inlined at the call site:
/// <see cref="Span{T}.CopyTo(Span{T})"/> and <see cref="Span{T}.Clear"/> cost a call and a size dispatch each, which
/// on runs of 8–32 elements took longer than the moves themselves.
/// </summary>
internal static unsafe class ShortRuns
{
    /// <summary>Copies <paramref name="count"/> elements (the runs must not overlap).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The first element to read.</param>
    /// <param name="destination">The first element to write.</param>
    /// <param name="count">The number of elements.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy<T>(T* source, T* destination, int count)
        where T : unmanaged
    {
        // The widest vectors first, then one narrower step each, so a run of 8 floats is one 256-bit move.
        int e = 0;
        if (Vector512<T>.IsSupported && Vector512.IsHardwareAccelerated)
        {
            for (; e <= count - Vector512<T>.Count; e += Vector512<T>.Count)
            {
                Vector512.Store(Vector512.Load(source + e), destination + e);
            }
        }

        if (Vector256<T>.IsSupported && Vector256.IsHardwareAccelerated)
        {
            for (; e <= count - Vector256<T>.Count; e += Vector256<T>.Count)
            {
                Vector256.Store(Vector256.Load(source + e), destination + e);
            }
        }

        if (Vector128<T>.IsSupported && Vector128.IsHardwareAccelerated && e <= count - Vector128<T>.Count)
        {
            Vector128.Store(Vector128.Load(source + e), destination + e);
            e += Vector128<T>.Count;
        }

        for (; e < count; e++)
        {
            destination[e] = source[e];
        }
    }

    /// <summary>Adds <paramref name="count"/> elements of the source into the destination.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The first element to read.</param>
    /// <param name="destination">The first element to add to.</param>
    /// <param name="count">The number of elements.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add<T>(T* source, T* destination, int count)
        where T : unmanaged, IAdditionOperators<T, T, T>
    {
        int e = 0;
        if (Vector512<T>.IsSupported && Vector512.IsHardwareAccelerated)
        {
            for (; e <= count - Vector512<T>.Count; e += Vector512<T>.Count)
            {
                Vector512.Store(Vector512.Load(destination + e) + Vector512.Load(source + e), destination + e);
            }
        }

        if (Vector256<T>.IsSupported && Vector256.IsHardwareAccelerated)
        {
            for (; e <= count - Vector256<T>.Count; e += Vector256<T>.Count)
            {
                Vector256.Store(Vector256.Load(destination + e) + Vector256.Load(source + e), destination + e);
            }
        }

        if (Vector128<T>.IsSupported && Vector128.IsHardwareAccelerated && e <= count - Vector128<T>.Count)
        {
            Vector128.Store(Vector128.Load(destination + e) + Vector128.Load(source + e), destination + e);
            e += Vector128<T>.Count;
        }

        for (; e < count; e++)
        {
            destination[e] += source[e];
        }
    }

    /// <summary>Writes <paramref name="count"/> zeros (default values).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="destination">The first element to write.</param>
    /// <param name="count">The number of elements.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear<T>(T* destination, int count)
        where T : unmanaged
    {
        for (int e = 0; e < count; e++)
        {
            destination[e] = default;
        }
    }
}
