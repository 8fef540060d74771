using System.Numerics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>Plain triple-loop GEMM for any element type (arguments already validated, k &gt; 0).</summary>
internal static class GemmReference
{
    public static void Run<T>(
        Transpose transA, Transpose transB, int m, int n, int k,
        T alpha, ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool betaZero = beta == T.Zero;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                T sum = T.Zero;
                for (int p = 0; p < k; p++)
                {
                    T aip = transA == Transpose.None ? a[(i * lda) + p] : a[(p * lda) + i];
                    T bpj = transB == Transpose.None ? b[(p * ldb) + j] : b[(j * ldb) + p];
                    sum += aip * bpj;
                }

                ref T cij = ref c[(i * ldc) + j];
                cij = betaZero ? alpha * sum : (alpha * sum) + (beta * cij);
            }
        }
    }
}
