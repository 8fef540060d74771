using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Multiply-add on generic vectors of <see cref="float"/> or <see cref="double"/>: one fused instruction
/// where the hardware has FMA, multiply then add elsewhere. The type tests fold away when the JIT
/// specialises for a value type.
/// </summary>
internal static class VectorArithmetic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd<T>(Vector512<T> a, Vector512<T> b, Vector512<T> c)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector512.MultiplyAddEstimate(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
        }

        if (typeof(T) == typeof(double))
        {
            return Vector512.MultiplyAddEstimate(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
        }

        return (a * b) + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector256.MultiplyAddEstimate(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
        }

        if (typeof(T) == typeof(double))
        {
            return Vector256.MultiplyAddEstimate(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
        }

        return (a * b) + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MultiplyAdd<T>(Vector128<T> a, Vector128<T> b, Vector128<T> c)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector128.MultiplyAddEstimate(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
        }

        if (typeof(T) == typeof(double))
        {
            return Vector128.MultiplyAddEstimate(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
        }

        return (a * b) + c;
    }

    /// <summary>Lanes whose index (plus <paramref name="offset"/>) is below <paramref name="count"/>, as an all-ones/zero mask of T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LaneMask<T>(int count, int offset)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector512.LessThan(Vector512<int>.Indices + Vector512.Create(offset), Vector512.Create(count)).As<int, T>();
        }

        return Vector512.LessThan(Vector512<long>.Indices + Vector512.Create((long)offset), Vector512.Create((long)count)).As<long, T>();
    }

    /// <summary>Stores the lanes of <paramref name="value"/> selected by <paramref name="mask"/> (AVX-512F only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void MaskStore<T>(T* address, Vector512<T> mask, Vector512<T> value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            Avx512F.MaskStore((float*)address, mask.AsSingle(), value.AsSingle());
        }
        else
        {
            Avx512F.MaskStore((double*)address, mask.AsDouble(), value.AsDouble());
        }
    }

    /// <summary>Loads the lanes selected by <paramref name="mask"/>, zero elsewhere, without touching unselected memory (AVX-512F only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector512<T> MaskLoad<T>(T* address, Vector512<T> mask)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return Avx512F.MaskLoad((float*)address, mask.AsSingle(), Vector512<float>.Zero).As<float, T>();
        }

        return Avx512F.MaskLoad((double*)address, mask.AsDouble(), Vector512<double>.Zero).As<double, T>();
    }
}
