using System.Numerics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>One validated GEMM problem as raw pointers (the caller keeps the memory pinned for the call).</summary>
/// <typeparam name="T">The element type.</typeparam>
internal readonly unsafe struct GemmOperands<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public GemmOperands(int m, int n, int k, T alpha, T* a, int lda, bool transA, T* b, int ldb, bool transB, T beta, T* c, int ldc)
    {
        M = m;
        N = n;
        K = k;
        Alpha = alpha;
        A = a;
        Lda = lda;
        TransA = transA;
        B = b;
        Ldb = ldb;
        TransB = transB;
        Beta = beta;
        C = c;
        Ldc = ldc;
    }

    public int M { get; }

    public int N { get; }

    public int K { get; }

    public T Alpha { get; }

    public T* A { get; }

    public nint Lda { get; }

    public bool TransA { get; }

    public T* B { get; }

    public nint Ldb { get; }

    public bool TransB { get; }

    public T Beta { get; }

    public T* C { get; }

    public nint Ldc { get; }
}
