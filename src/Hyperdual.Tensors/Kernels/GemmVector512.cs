using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 512-bit vectors for <see cref="GemmVectorKernel{T, TVector, TWidth}"/>: a 8×(2·Vector512&lt;T&gt;.Count) register
/// tile (8·2 accumulators, per k step two B vector loads and 8 A broadcasts). AVX-512F hardware: masked edge loads and stores.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/> only (the dispatcher guarantees it).</typeparam>
internal readonly unsafe struct GemmVector512<T> : IGemmVectorWidth<T, Vector512<T>>
    where T : unmanaged
{
    /// <inheritdoc/>
    public static int Count => Vector512<T>.Count;

    /// <inheritdoc/>
    public static int Rows => 8;

    /// <inheritdoc/>
    public static int KC => 384 * 4 / sizeof(T);

    /// <inheritdoc/>
    public static int MC => 128;

    /// <inheritdoc/>
    public static int NC => 64 * 2 * Vector512<T>.Count;

    /// <inheritdoc/>
    public static bool HasMasks => Avx512F.IsSupported;

    /// <inheritdoc/>
    public static Vector512<T> Zero => Vector512<T>.Zero;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Load(T* source) => Vector512.Load(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<T> value, T* destination) => value.Store(destination);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Multiply(Vector512<T> left, Vector512<T> right) => left * right;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd(Vector512<T> a, Vector512<T> b, Vector512<T> c) => VectorArithmetic.MultiplyAdd(a, b, c);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LaneMask(int count, int offset) => VectorArithmetic.LaneMask<T>(count, offset);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MaskLoad(T* source, Vector512<T> mask) => VectorArithmetic.MaskLoad(source, mask);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MaskStore(T* destination, Vector512<T> mask, Vector512<T> value) => VectorArithmetic.MaskStore(destination, mask, value);
}
