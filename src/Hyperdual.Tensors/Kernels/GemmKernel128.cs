using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 6×(2·Vector128&lt;T&gt;.Count) GEMM micro-kernel on 128-bit vectors for <see cref="float"/> and
/// <see cref="double"/>: 12 accumulators, per k step two B vector loads and 6 A broadcasts.
/// </summary>
/// <remarks>
/// No call may happen while the accumulators are live (every vector register is caller-saved, and
/// the JIT would then keep them in memory inside the loop), so the generic edge path first spills the
/// accumulators to a stack tile and finishes in a separate method.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/> only (the dispatcher guarantees it).</typeparam>
internal readonly unsafe struct GemmKernel128<T> : IGemmMicroKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int MR => 6;

    /// <inheritdoc/>
    public static int NR => 2 * Vector128<T>.Count;

    /// <inheritdoc/>
    public static int KC => 256 * 4 / sizeof(T);

    /// <inheritdoc/>
    public static int MC => 252;

    /// <inheritdoc/>
    public static int NC => 256 * NR;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, T* a, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector128<T>.Count;
        Vector128<T> c00 = Vector128<T>.Zero;
        Vector128<T> c01 = Vector128<T>.Zero;
        Vector128<T> c10 = Vector128<T>.Zero;
        Vector128<T> c11 = Vector128<T>.Zero;
        Vector128<T> c20 = Vector128<T>.Zero;
        Vector128<T> c21 = Vector128<T>.Zero;
        Vector128<T> c30 = Vector128<T>.Zero;
        Vector128<T> c31 = Vector128<T>.Zero;
        Vector128<T> c40 = Vector128<T>.Zero;
        Vector128<T> c41 = Vector128<T>.Zero;
        Vector128<T> c50 = Vector128<T>.Zero;
        Vector128<T> c51 = Vector128<T>.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vector128<T> b0 = Vector128.Load(b);
            Vector128<T> b1 = Vector128.Load(b + w);
            Vector128<T> x0 = Vector128.Create(a[0]);
            c00 = VectorArithmetic.MultiplyAdd(x0, b0, c00);
            c01 = VectorArithmetic.MultiplyAdd(x0, b1, c01);
            Vector128<T> x1 = Vector128.Create(a[1]);
            c10 = VectorArithmetic.MultiplyAdd(x1, b0, c10);
            c11 = VectorArithmetic.MultiplyAdd(x1, b1, c11);
            Vector128<T> x2 = Vector128.Create(a[2]);
            c20 = VectorArithmetic.MultiplyAdd(x2, b0, c20);
            c21 = VectorArithmetic.MultiplyAdd(x2, b1, c21);
            Vector128<T> x3 = Vector128.Create(a[3]);
            c30 = VectorArithmetic.MultiplyAdd(x3, b0, c30);
            c31 = VectorArithmetic.MultiplyAdd(x3, b1, c31);
            Vector128<T> x4 = Vector128.Create(a[4]);
            c40 = VectorArithmetic.MultiplyAdd(x4, b0, c40);
            c41 = VectorArithmetic.MultiplyAdd(x4, b1, c41);
            Vector128<T> x5 = Vector128.Create(a[5]);
            c50 = VectorArithmetic.MultiplyAdd(x5, b0, c50);
            c51 = VectorArithmetic.MultiplyAdd(x5, b1, c51);
            a += 6;
            b += 2 * w;
        }

        Vector128<T> alphaV = Vector128.Create(alpha);
        if (mValid == 6 && nValid == 2 * w)
        {
            if (beta == T.Zero)
            {
                (c00 * alphaV).Store(c + (0 * ldc) + (0 * w));
                (c01 * alphaV).Store(c + (0 * ldc) + (1 * w));
                (c10 * alphaV).Store(c + (1 * ldc) + (0 * w));
                (c11 * alphaV).Store(c + (1 * ldc) + (1 * w));
                (c20 * alphaV).Store(c + (2 * ldc) + (0 * w));
                (c21 * alphaV).Store(c + (2 * ldc) + (1 * w));
                (c30 * alphaV).Store(c + (3 * ldc) + (0 * w));
                (c31 * alphaV).Store(c + (3 * ldc) + (1 * w));
                (c40 * alphaV).Store(c + (4 * ldc) + (0 * w));
                (c41 * alphaV).Store(c + (4 * ldc) + (1 * w));
                (c50 * alphaV).Store(c + (5 * ldc) + (0 * w));
                (c51 * alphaV).Store(c + (5 * ldc) + (1 * w));
            }
            else
            {
                Vector128<T> betaV = Vector128.Create(beta);
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (0 * ldc) + (0 * w)), c00 * alphaV).Store(c + (0 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (0 * ldc) + (1 * w)), c01 * alphaV).Store(c + (0 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (1 * ldc) + (0 * w)), c10 * alphaV).Store(c + (1 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (1 * ldc) + (1 * w)), c11 * alphaV).Store(c + (1 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (2 * ldc) + (0 * w)), c20 * alphaV).Store(c + (2 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (2 * ldc) + (1 * w)), c21 * alphaV).Store(c + (2 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (3 * ldc) + (0 * w)), c30 * alphaV).Store(c + (3 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (3 * ldc) + (1 * w)), c31 * alphaV).Store(c + (3 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (4 * ldc) + (0 * w)), c40 * alphaV).Store(c + (4 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (4 * ldc) + (1 * w)), c41 * alphaV).Store(c + (4 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (5 * ldc) + (0 * w)), c50 * alphaV).Store(c + (5 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (5 * ldc) + (1 * w)), c51 * alphaV).Store(c + (5 * ldc) + (1 * w));
            }

            return;
        }

        T* tile = stackalloc T[12 * w];
        c00.Store(tile + (0 * w));
        c01.Store(tile + (1 * w));
        c10.Store(tile + (2 * w));
        c11.Store(tile + (3 * w));
        c20.Store(tile + (4 * w));
        c21.Store(tile + (5 * w));
        c30.Store(tile + (6 * w));
        c31.Store(tile + (7 * w));
        c40.Store(tile + (8 * w));
        c41.Store(tile + (9 * w));
        c50.Store(tile + (10 * w));
        c51.Store(tile + (11 * w));
        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RunStridedA(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector128<T>.Count;
        T* a0 = a + (Math.Min(0, mValid - 1) * lda);
        T* a1 = a + (Math.Min(1, mValid - 1) * lda);
        T* a2 = a + (Math.Min(2, mValid - 1) * lda);
        T* a3 = a + (Math.Min(3, mValid - 1) * lda);
        T* a4 = a + (Math.Min(4, mValid - 1) * lda);
        T* a5 = a + (Math.Min(5, mValid - 1) * lda);
        Vector128<T> c00 = Vector128<T>.Zero;
        Vector128<T> c01 = Vector128<T>.Zero;
        Vector128<T> c10 = Vector128<T>.Zero;
        Vector128<T> c11 = Vector128<T>.Zero;
        Vector128<T> c20 = Vector128<T>.Zero;
        Vector128<T> c21 = Vector128<T>.Zero;
        Vector128<T> c30 = Vector128<T>.Zero;
        Vector128<T> c31 = Vector128<T>.Zero;
        Vector128<T> c40 = Vector128<T>.Zero;
        Vector128<T> c41 = Vector128<T>.Zero;
        Vector128<T> c50 = Vector128<T>.Zero;
        Vector128<T> c51 = Vector128<T>.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vector128<T> b0 = Vector128.Load(b);
            Vector128<T> b1 = Vector128.Load(b + w);
            Vector128<T> x0 = Vector128.Create(a0[p]);
            c00 = VectorArithmetic.MultiplyAdd(x0, b0, c00);
            c01 = VectorArithmetic.MultiplyAdd(x0, b1, c01);
            Vector128<T> x1 = Vector128.Create(a1[p]);
            c10 = VectorArithmetic.MultiplyAdd(x1, b0, c10);
            c11 = VectorArithmetic.MultiplyAdd(x1, b1, c11);
            Vector128<T> x2 = Vector128.Create(a2[p]);
            c20 = VectorArithmetic.MultiplyAdd(x2, b0, c20);
            c21 = VectorArithmetic.MultiplyAdd(x2, b1, c21);
            Vector128<T> x3 = Vector128.Create(a3[p]);
            c30 = VectorArithmetic.MultiplyAdd(x3, b0, c30);
            c31 = VectorArithmetic.MultiplyAdd(x3, b1, c31);
            Vector128<T> x4 = Vector128.Create(a4[p]);
            c40 = VectorArithmetic.MultiplyAdd(x4, b0, c40);
            c41 = VectorArithmetic.MultiplyAdd(x4, b1, c41);
            Vector128<T> x5 = Vector128.Create(a5[p]);
            c50 = VectorArithmetic.MultiplyAdd(x5, b0, c50);
            c51 = VectorArithmetic.MultiplyAdd(x5, b1, c51);
            b += 2 * w;
        }

        Vector128<T> alphaV = Vector128.Create(alpha);
        if (mValid == 6 && nValid == 2 * w)
        {
            if (beta == T.Zero)
            {
                (c00 * alphaV).Store(c + (0 * ldc) + (0 * w));
                (c01 * alphaV).Store(c + (0 * ldc) + (1 * w));
                (c10 * alphaV).Store(c + (1 * ldc) + (0 * w));
                (c11 * alphaV).Store(c + (1 * ldc) + (1 * w));
                (c20 * alphaV).Store(c + (2 * ldc) + (0 * w));
                (c21 * alphaV).Store(c + (2 * ldc) + (1 * w));
                (c30 * alphaV).Store(c + (3 * ldc) + (0 * w));
                (c31 * alphaV).Store(c + (3 * ldc) + (1 * w));
                (c40 * alphaV).Store(c + (4 * ldc) + (0 * w));
                (c41 * alphaV).Store(c + (4 * ldc) + (1 * w));
                (c50 * alphaV).Store(c + (5 * ldc) + (0 * w));
                (c51 * alphaV).Store(c + (5 * ldc) + (1 * w));
            }
            else
            {
                Vector128<T> betaV = Vector128.Create(beta);
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (0 * ldc) + (0 * w)), c00 * alphaV).Store(c + (0 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (0 * ldc) + (1 * w)), c01 * alphaV).Store(c + (0 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (1 * ldc) + (0 * w)), c10 * alphaV).Store(c + (1 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (1 * ldc) + (1 * w)), c11 * alphaV).Store(c + (1 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (2 * ldc) + (0 * w)), c20 * alphaV).Store(c + (2 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (2 * ldc) + (1 * w)), c21 * alphaV).Store(c + (2 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (3 * ldc) + (0 * w)), c30 * alphaV).Store(c + (3 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (3 * ldc) + (1 * w)), c31 * alphaV).Store(c + (3 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (4 * ldc) + (0 * w)), c40 * alphaV).Store(c + (4 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (4 * ldc) + (1 * w)), c41 * alphaV).Store(c + (4 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (5 * ldc) + (0 * w)), c50 * alphaV).Store(c + (5 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (5 * ldc) + (1 * w)), c51 * alphaV).Store(c + (5 * ldc) + (1 * w));
            }

            return;
        }

        T* tile = stackalloc T[12 * w];
        c00.Store(tile + (0 * w));
        c01.Store(tile + (1 * w));
        c10.Store(tile + (2 * w));
        c11.Store(tile + (3 * w));
        c20.Store(tile + (4 * w));
        c21.Store(tile + (5 * w));
        c30.Store(tile + (6 * w));
        c31.Store(tile + (7 * w));
        c40.Store(tile + (8 * w));
        c41.Store(tile + (9 * w));
        c50.Store(tile + (10 * w));
        c51.Store(tile + (11 * w));
        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <inheritdoc/>
    public static int NarrowWidth => Vector128<T>.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RunStridedANarrow(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector128<T>.Count;
        T* a0 = a + (Math.Min(0, mValid - 1) * lda);
        T* a1 = a + (Math.Min(1, mValid - 1) * lda);
        T* a2 = a + (Math.Min(2, mValid - 1) * lda);
        T* a3 = a + (Math.Min(3, mValid - 1) * lda);
        T* a4 = a + (Math.Min(4, mValid - 1) * lda);
        T* a5 = a + (Math.Min(5, mValid - 1) * lda);
        Vector128<T> c00 = Vector128<T>.Zero;
        Vector128<T> c10 = Vector128<T>.Zero;
        Vector128<T> c20 = Vector128<T>.Zero;
        Vector128<T> c30 = Vector128<T>.Zero;
        Vector128<T> c40 = Vector128<T>.Zero;
        Vector128<T> c50 = Vector128<T>.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vector128<T> b0 = Vector128.Load(b);
            c00 = VectorArithmetic.MultiplyAdd(Vector128.Create(a0[p]), b0, c00);
            c10 = VectorArithmetic.MultiplyAdd(Vector128.Create(a1[p]), b0, c10);
            c20 = VectorArithmetic.MultiplyAdd(Vector128.Create(a2[p]), b0, c20);
            c30 = VectorArithmetic.MultiplyAdd(Vector128.Create(a3[p]), b0, c30);
            c40 = VectorArithmetic.MultiplyAdd(Vector128.Create(a4[p]), b0, c40);
            c50 = VectorArithmetic.MultiplyAdd(Vector128.Create(a5[p]), b0, c50);
            b += 2 * w;
        }

        Vector128<T> alphaV = Vector128.Create(alpha);
        if (mValid == 6 && nValid == w)
        {
            if (beta == T.Zero)
            {
                (c00 * alphaV).Store(c + (0 * ldc));
                (c10 * alphaV).Store(c + (1 * ldc));
                (c20 * alphaV).Store(c + (2 * ldc));
                (c30 * alphaV).Store(c + (3 * ldc));
                (c40 * alphaV).Store(c + (4 * ldc));
                (c50 * alphaV).Store(c + (5 * ldc));
            }
            else
            {
                Vector128<T> betaV = Vector128.Create(beta);
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (0 * ldc)), c00 * alphaV).Store(c + (0 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (1 * ldc)), c10 * alphaV).Store(c + (1 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (2 * ldc)), c20 * alphaV).Store(c + (2 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (3 * ldc)), c30 * alphaV).Store(c + (3 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (4 * ldc)), c40 * alphaV).Store(c + (4 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(c + (5 * ldc)), c50 * alphaV).Store(c + (5 * ldc));
            }

            return;
        }

        T* tile = stackalloc T[12 * w];
        c00.Store(tile + (0 * w));
        c10.Store(tile + (2 * w));
        c20.Store(tile + (4 * w));
        c30.Store(tile + (6 * w));
        c40.Store(tile + (8 * w));
        c50.Store(tile + (10 * w));
        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <summary>Edge tile: the same arithmetic as a full tile, on the valid rows and columns only.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreEdge(T* tile, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector128<T>.Count;
        bool betaZero = beta == T.Zero;
        Vector128<T> alphaV = Vector128.Create(alpha);
        Vector128<T> betaV = Vector128.Create(beta);
        T* row = stackalloc T[2 * w];
        for (int i = 0; i < mValid; i++)
        {
            T* cRow = c + (i * ldc);
            for (int j = 0; j < 2 * w; j++)
            {
                row[j] = betaZero || j >= nValid ? T.Zero : cRow[j];
            }

            for (int v = 0; v < 2; v++)
            {
                Vector128<T> x = Vector128.Load(tile + (((2 * i) + v) * w)) * alphaV;
                (betaZero ? x : VectorArithmetic.MultiplyAdd(betaV, Vector128.Load(row + (v * w)), x)).Store(row + (v * w));
            }

            for (int j = 0; j < nValid; j++)
            {
                cRow[j] = row[j];
            }
        }
    }
}
