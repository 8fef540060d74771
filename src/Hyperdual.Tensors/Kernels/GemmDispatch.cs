using System.Numerics;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>Chooses the GEMM micro-kernel for an element type and SIMD level (arguments already validated, m, n, k &gt; 0).</summary>
internal static unsafe class GemmDispatch
{
    public static void Run<T>(
        SimdLevel level, int maxThreads, Transpose transA, Transpose transB, int m, int n, int k,
        T alpha, ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        fixed (T* pa = a, pb = b, pc = c)
        {
            var op = new GemmOperands<T>(m, n, k, alpha, pa, lda, transA == Transpose.Transposed, pb, ldb, transB == Transpose.Transposed, beta, pc, ldc);
            bool vectorizable = typeof(T) == typeof(float) || typeof(T) == typeof(double);
            switch (vectorizable ? level : SimdLevel.Scalar)
            {
                case SimdLevel.Vector512:
                    GemmDriver<T, GemmVectorKernel<T, Vector512<T>, GemmVector512<T>>>.Run(op, maxThreads);
                    break;
                case SimdLevel.Vector256:
                    GemmDriver<T, GemmVectorKernel<T, Vector256<T>, GemmVector256<T>>>.Run(op, maxThreads);
                    break;
                case SimdLevel.Vector128:
                    GemmDriver<T, GemmVectorKernel<T, Vector128<T>, GemmVector128<T>>>.Run(op, maxThreads);
                    break;
                default:
                    GemmDriver<T, GemmKernelScalar<T>>.Run(op, maxThreads);
                    break;
            }
        }
    }
}
