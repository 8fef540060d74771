using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 256-bit vectors for <see cref="GemmVectorKernel{T, TVector, TWidth}"/>: a 6×(2·Vector256&lt;T&gt;.Count) register
/// tile (6·2 accumulators, per k step two B vector loads and 6 A broadcasts). No masked edge stores (edge tiles go through a stack tile).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/> only (the dispatcher guarantees it).</typeparam>
internal readonly unsafe struct GemmVector256<T> : IGemmVectorWidth<T, Vector256<T>>
    where T : unmanaged
{
    /// <inheritdoc/>
    public static int Count => Vector256<T>.Count;

    /// <inheritdoc/>
    public static int Rows => 6;

    /// <inheritdoc/>
    public static int KC => 256 * 4 / sizeof(T);

    /// <inheritdoc/>
    public static int MC => 252;

    /// <inheritdoc/>
    public static int NC => 128 * 2 * Vector256<T>.Count;

    /// <inheritdoc/>
    public static bool HasMasks => false;

    /// <inheritdoc/>
    public static Vector256<T> Zero => Vector256<T>.Zero;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Load(T* source) => Vector256.Load(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<T> value, T* destination) => value.Store(destination);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Broadcast(T value) => Vector256.Create(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Multiply(Vector256<T> left, Vector256<T> right) => left * right;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd(Vector256<T> a, Vector256<T> b, Vector256<T> c) => VectorArithmetic.MultiplyAdd(a, b, c);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LaneMask(int count, int offset) => throw new NotSupportedException();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MaskLoad(T* source, Vector256<T> mask) => throw new NotSupportedException();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MaskStore(T* destination, Vector256<T> mask, Vector256<T> value) => throw new NotSupportedException();
}
