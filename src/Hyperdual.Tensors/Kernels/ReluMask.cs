using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// <c>destination[e] = selector[e] &gt; 0 ? source[e] : +0</c>: relu's value (selector = source = x), every part of its
/// jet (selector x₀: relu is linear on each side, so yₚ = 1[x₀ &gt; 0]·xₚ for every tangent and second-order part) and
/// its reverse rule (selector y, source ȳ). Vectorised as a compare-and-mask at the width
/// <see cref="KernelSettings.SimdLevel"/> allows, with the same result as the scalar rule for every input: NaN, −0 and
/// 0 select +0; a NaN source where the selector is positive stays NaN. A branch per element would mispredict about
/// half the time on real activations.
/// </summary>
internal static class ReluMask
{
    /// <summary>Writes the masked source at <see cref="KernelSettings.SimdLevel"/> (the three spans have one length;
    /// destination may be the source).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="selector">The values whose sign selects.</param>
    /// <param name="source">The values kept where the selector is positive.</param>
    /// <param name="destination">The result.</param>
    public static void Apply<T>(ReadOnlySpan<T> selector, ReadOnlySpan<T> source, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Apply(KernelSettings.SimdLevel, selector, source, destination);

    /// <summary>Writes the masked source with vectors of the given width.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="level">The vector width (<see cref="SimdLevel.Scalar"/>: none).</param>
    /// <param name="selector">The values whose sign selects.</param>
    /// <param name="source">The values kept where the selector is positive.</param>
    /// <param name="destination">The result.</param>
    public static void Apply<T>(SimdLevel level, ReadOnlySpan<T> selector, ReadOnlySpan<T> source, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        KernelArguments.RequireLength(source.Length, selector.Length, nameof(source));
        KernelArguments.RequireLength(destination.Length, selector.Length, nameof(destination));
        int done = !Vector128<T>.IsSupported ? 0 : level switch // an element type vectors do not hold runs the scalar rule
        {
            SimdLevel.Vector512 => Vector512Lanes(selector, source, destination),
            SimdLevel.Vector256 => Vector256Lanes(selector, source, destination),
            SimdLevel.Vector128 => Vector128Lanes(selector, source, destination),
            _ => 0,
        };
        for (int e = done; e < selector.Length; e++)
        {
            destination[e] = selector[e] > T.Zero ? source[e] : T.Zero;
        }
    }

    // Each width masks whole vectors and returns how many elements it wrote; the scalar loop finishes the tail.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Vector512Lanes<T>(ReadOnlySpan<T> selector, ReadOnlySpan<T> source, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = Vector512<T>.Count, end = selector.Length - (selector.Length % lanes);
        ref T s = ref MemoryMarshal.GetReference(selector);
        ref T v = ref MemoryMarshal.GetReference(source);
        ref T d = ref MemoryMarshal.GetReference(destination);
        for (int e = 0; e < end; e += lanes)
        {
            Vector512<T> keep = Vector512.GreaterThan(Vector512.LoadUnsafe(ref s, (nuint)e), Vector512<T>.Zero);
            (keep & Vector512.LoadUnsafe(ref v, (nuint)e)).StoreUnsafe(ref d, (nuint)e);
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Vector256Lanes<T>(ReadOnlySpan<T> selector, ReadOnlySpan<T> source, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = Vector256<T>.Count, end = selector.Length - (selector.Length % lanes);
        ref T s = ref MemoryMarshal.GetReference(selector);
        ref T v = ref MemoryMarshal.GetReference(source);
        ref T d = ref MemoryMarshal.GetReference(destination);
        for (int e = 0; e < end; e += lanes)
        {
            Vector256<T> keep = Vector256.GreaterThan(Vector256.LoadUnsafe(ref s, (nuint)e), Vector256<T>.Zero);
            (keep & Vector256.LoadUnsafe(ref v, (nuint)e)).StoreUnsafe(ref d, (nuint)e);
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Vector128Lanes<T>(ReadOnlySpan<T> selector, ReadOnlySpan<T> source, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = Vector128<T>.Count, end = selector.Length - (selector.Length % lanes);
        ref T s = ref MemoryMarshal.GetReference(selector);
        ref T v = ref MemoryMarshal.GetReference(source);
        ref T d = ref MemoryMarshal.GetReference(destination);
        for (int e = 0; e < end; e += lanes)
        {
            Vector128<T> keep = Vector128.GreaterThan(Vector128.LoadUnsafe(ref s, (nuint)e), Vector128<T>.Zero);
            (keep & Vector128.LoadUnsafe(ref v, (nuint)e)).StoreUnsafe(ref d, (nuint)e);
        }

        return end;
    }
}
