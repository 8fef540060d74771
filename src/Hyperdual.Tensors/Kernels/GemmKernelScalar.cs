using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 4×4 scalar GEMM micro-kernel for any <see cref="IFloatingPointIeee754{TSelf}"/> element type
/// (plain <c>+</c> and <c>*</c>, no vector types): the <see cref="SimdLevel.Scalar"/> path for float and
/// double and the only path for other types such as hyper-dual numbers.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal readonly unsafe struct GemmKernelScalar<T> : IGemmMicroKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int MR => 4;

    /// <inheritdoc/>
    public static int NR => 4;

    /// <inheritdoc/>
    public static int KC => Math.Max(16, 1024 / sizeof(T));

    /// <inheritdoc/>
    public static int MC => 128;

    /// <inheritdoc/>
    public static int NC => 1024;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Run(int kc, T* a, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta) =>
        Tile<GemmPackedA>(kc, a, 0, b, 4, c, ldc, mValid, nValid, alpha, beta);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RunStridedB(int kc, T* a, T* b, nint ldb, T* c, nint ldc, int mValid, T alpha, T beta) =>
        Tile<GemmPackedA>(kc, a, 0, b, ldb, c, ldc, mValid, 4, alpha, beta);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RunStridedA(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta) =>
        Tile<GemmStridedA>(kc, a, lda, b, 4, c, ldc, mValid, nValid, alpha, beta);

    /// <inheritdoc/>
    public static int NarrowWidth => 0;

    /// <inheritdoc/>
    public static void RunStridedANarrow(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta) =>
        RunStridedA(kc, a, lda, b, c, ldc, mValid, nValid, alpha, beta);

    /// <summary>
    /// One tile, A read through <typeparamref name="TRows"/>: <c>C = alpha·A·B + beta·C</c> on its valid corner; B's
    /// k steps lie <paramref name="bStride"/> elements apart (4 in a packed panel, ldb in place).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile<TRows>(int kc, T* a, nint lda, T* b, nint bStride, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
        where TRows : IGemmARows
    {
        T* a0 = TRows.Row(a, lda, 0, mValid);
        T* a1 = TRows.Row(a, lda, 1, mValid);
        T* a2 = TRows.Row(a, lda, 2, mValid);
        T* a3 = TRows.Row(a, lda, 3, mValid);
        nint step = TRows.Step(4);
        T c00 = T.Zero;
        T c01 = T.Zero;
        T c02 = T.Zero;
        T c03 = T.Zero;
        T c10 = T.Zero;
        T c11 = T.Zero;
        T c12 = T.Zero;
        T c13 = T.Zero;
        T c20 = T.Zero;
        T c21 = T.Zero;
        T c22 = T.Zero;
        T c23 = T.Zero;
        T c30 = T.Zero;
        T c31 = T.Zero;
        T c32 = T.Zero;
        T c33 = T.Zero;
        for (nint k = 0, end = kc * step; k < end; k += step)
        {
            T b0 = b[0];
            T b1 = b[1];
            T b2 = b[2];
            T b3 = b[3];
            T x0 = a0[k];
            c00 += x0 * b0;
            c01 += x0 * b1;
            c02 += x0 * b2;
            c03 += x0 * b3;
            T x1 = a1[k];
            c10 += x1 * b0;
            c11 += x1 * b1;
            c12 += x1 * b2;
            c13 += x1 * b3;
            T x2 = a2[k];
            c20 += x2 * b0;
            c21 += x2 * b1;
            c22 += x2 * b2;
            c23 += x2 * b3;
            T x3 = a3[k];
            c30 += x3 * b0;
            c31 += x3 * b1;
            c32 += x3 * b2;
            c33 += x3 * b3;
            b += bStride;
        }

        bool betaZero = ScalarChecks.IsExactlyZero(beta);
        StoreRow(c + (0 * ldc), c00, c01, c02, c03, nValid, alpha, beta, betaZero);
        if (mValid > 1)
        {
            StoreRow(c + (1 * ldc), c10, c11, c12, c13, nValid, alpha, beta, betaZero);
        }

        if (mValid > 2)
        {
            StoreRow(c + (2 * ldc), c20, c21, c22, c23, nValid, alpha, beta, betaZero);
        }

        if (mValid > 3)
        {
            StoreRow(c + (3 * ldc), c30, c31, c32, c33, nValid, alpha, beta, betaZero);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow(T* c, T x0, T x1, T x2, T x3, int nValid, T alpha, T beta, bool betaZero)
    {
        Store(c, x0, alpha, beta, betaZero);
        if (nValid > 1)
        {
            Store(c + 1, x1, alpha, beta, betaZero);
        }

        if (nValid > 2)
        {
            Store(c + 2, x2, alpha, beta, betaZero);
        }

        if (nValid > 3)
        {
            Store(c + 3, x3, alpha, beta, betaZero);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(T* c, T x, T alpha, T beta, bool betaZero) =>
        *c = betaZero ? alpha * x : (alpha * x) + (beta * *c);
}
