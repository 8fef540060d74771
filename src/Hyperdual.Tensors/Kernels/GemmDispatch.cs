using System.Numerics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>Chooses the GEMM implementation for an element type and SIMD level (arguments already validated).</summary>
internal static class GemmDispatch
{
    public static void Run<T>(
        SimdLevel level, int maxThreads, Transpose transA, Transpose transB, int m, int n, int k,
        T alpha, ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        _ = level;
        _ = maxThreads;
        GemmReference.Run(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }
}
