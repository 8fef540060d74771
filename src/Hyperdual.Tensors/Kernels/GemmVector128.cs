using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 128-bit vectors for <see cref="GemmVectorKernel{T, TVector, TWidth}"/>: a 6×(2·Vector128&lt;T&gt;.Count) register
/// tile (6·2 accumulators, per k step two B vector loads and 6 A broadcasts). No masked edge stores (edge tiles go through a stack tile).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/> only (the dispatcher guarantees it).</typeparam>
internal readonly unsafe struct GemmVector128<T> : IGemmVectorWidth<T, Vector128<T>>
    where T : unmanaged
{
    /// <inheritdoc/>
    public static int Count => Vector128<T>.Count;

    /// <inheritdoc/>
    public static int Rows => 6;

    /// <inheritdoc/>
    public static int KC => 256 * 4 / sizeof(T);

    /// <inheritdoc/>
    public static int MC => 252;

    /// <inheritdoc/>
    public static int NC => 256 * 2 * Vector128<T>.Count;

    /// <inheritdoc/>
    public static bool HasMasks => false;

    /// <inheritdoc/>
    public static Vector128<T> Zero => Vector128<T>.Zero;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Load(T* source) => Vector128.Load(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<T> value, T* destination) => value.Store(destination);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Broadcast(T value) => Vector128.Create(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Multiply(Vector128<T> left, Vector128<T> right) => left * right;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MultiplyAdd(Vector128<T> a, Vector128<T> b, Vector128<T> c) => VectorArithmetic.MultiplyAdd(a, b, c);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> LaneMask(int count, int offset) => throw new NotSupportedException();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MaskLoad(T* source, Vector128<T> mask) => throw new NotSupportedException();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MaskStore(T* destination, Vector128<T> mask, Vector128<T> value) => throw new NotSupportedException();
}
