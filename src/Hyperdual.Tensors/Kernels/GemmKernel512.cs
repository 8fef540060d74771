using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// 8×(2·Vector512&lt;T&gt;.Count) GEMM micro-kernel on 512-bit vectors for <see cref="float"/> and
/// <see cref="double"/>: 16 accumulators, per k step two B vector loads and 8 A broadcasts. On AVX-512 hardware edge tiles use masked loads and stores.
/// </summary>
/// <remarks>
/// No call may happen while the accumulators are live (every vector register is caller-saved, and
/// the JIT would then keep them in memory inside the loop), so the generic edge path first spills the
/// accumulators to a stack tile and finishes in a separate method.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/> only (the dispatcher guarantees it).</typeparam>
internal readonly unsafe struct GemmKernel512<T> : IGemmMicroKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int MR => 8;

    /// <inheritdoc/>
    public static int NR => 2 * Vector512<T>.Count;

    /// <inheritdoc/>
    public static int KC => 384 * 4 / sizeof(T);

    /// <inheritdoc/>
    public static int MC => 128;

    /// <inheritdoc/>
    public static int NC => 64 * NR;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, T* a, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector512<T>.Count;
        Vector512<T> c00 = Vector512<T>.Zero;
        Vector512<T> c01 = Vector512<T>.Zero;
        Vector512<T> c10 = Vector512<T>.Zero;
        Vector512<T> c11 = Vector512<T>.Zero;
        Vector512<T> c20 = Vector512<T>.Zero;
        Vector512<T> c21 = Vector512<T>.Zero;
        Vector512<T> c30 = Vector512<T>.Zero;
        Vector512<T> c31 = Vector512<T>.Zero;
        Vector512<T> c40 = Vector512<T>.Zero;
        Vector512<T> c41 = Vector512<T>.Zero;
        Vector512<T> c50 = Vector512<T>.Zero;
        Vector512<T> c51 = Vector512<T>.Zero;
        Vector512<T> c60 = Vector512<T>.Zero;
        Vector512<T> c61 = Vector512<T>.Zero;
        Vector512<T> c70 = Vector512<T>.Zero;
        Vector512<T> c71 = Vector512<T>.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vector512<T> b0 = Vector512.Load(b);
            Vector512<T> b1 = Vector512.Load(b + w);
            Vector512<T> x0 = Vector512.Create(a[0]);
            c00 = VectorArithmetic.MultiplyAdd(x0, b0, c00);
            c01 = VectorArithmetic.MultiplyAdd(x0, b1, c01);
            Vector512<T> x1 = Vector512.Create(a[1]);
            c10 = VectorArithmetic.MultiplyAdd(x1, b0, c10);
            c11 = VectorArithmetic.MultiplyAdd(x1, b1, c11);
            Vector512<T> x2 = Vector512.Create(a[2]);
            c20 = VectorArithmetic.MultiplyAdd(x2, b0, c20);
            c21 = VectorArithmetic.MultiplyAdd(x2, b1, c21);
            Vector512<T> x3 = Vector512.Create(a[3]);
            c30 = VectorArithmetic.MultiplyAdd(x3, b0, c30);
            c31 = VectorArithmetic.MultiplyAdd(x3, b1, c31);
            Vector512<T> x4 = Vector512.Create(a[4]);
            c40 = VectorArithmetic.MultiplyAdd(x4, b0, c40);
            c41 = VectorArithmetic.MultiplyAdd(x4, b1, c41);
            Vector512<T> x5 = Vector512.Create(a[5]);
            c50 = VectorArithmetic.MultiplyAdd(x5, b0, c50);
            c51 = VectorArithmetic.MultiplyAdd(x5, b1, c51);
            Vector512<T> x6 = Vector512.Create(a[6]);
            c60 = VectorArithmetic.MultiplyAdd(x6, b0, c60);
            c61 = VectorArithmetic.MultiplyAdd(x6, b1, c61);
            Vector512<T> x7 = Vector512.Create(a[7]);
            c70 = VectorArithmetic.MultiplyAdd(x7, b0, c70);
            c71 = VectorArithmetic.MultiplyAdd(x7, b1, c71);
            a += 8;
            b += 2 * w;
        }

        Vector512<T> alphaV = Vector512.Create(alpha);
        if (mValid == 8 && nValid == 2 * w)
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
                (c60 * alphaV).Store(c + (6 * ldc) + (0 * w));
                (c61 * alphaV).Store(c + (6 * ldc) + (1 * w));
                (c70 * alphaV).Store(c + (7 * ldc) + (0 * w));
                (c71 * alphaV).Store(c + (7 * ldc) + (1 * w));
            }
            else
            {
                Vector512<T> betaV = Vector512.Create(beta);
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (0 * ldc) + (0 * w)), c00 * alphaV).Store(c + (0 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (0 * ldc) + (1 * w)), c01 * alphaV).Store(c + (0 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (1 * ldc) + (0 * w)), c10 * alphaV).Store(c + (1 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (1 * ldc) + (1 * w)), c11 * alphaV).Store(c + (1 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (2 * ldc) + (0 * w)), c20 * alphaV).Store(c + (2 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (2 * ldc) + (1 * w)), c21 * alphaV).Store(c + (2 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (3 * ldc) + (0 * w)), c30 * alphaV).Store(c + (3 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (3 * ldc) + (1 * w)), c31 * alphaV).Store(c + (3 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (4 * ldc) + (0 * w)), c40 * alphaV).Store(c + (4 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (4 * ldc) + (1 * w)), c41 * alphaV).Store(c + (4 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (5 * ldc) + (0 * w)), c50 * alphaV).Store(c + (5 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (5 * ldc) + (1 * w)), c51 * alphaV).Store(c + (5 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (6 * ldc) + (0 * w)), c60 * alphaV).Store(c + (6 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (6 * ldc) + (1 * w)), c61 * alphaV).Store(c + (6 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (7 * ldc) + (0 * w)), c70 * alphaV).Store(c + (7 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (7 * ldc) + (1 * w)), c71 * alphaV).Store(c + (7 * ldc) + (1 * w));
            }

            return;
        }

        if (Avx512F.IsSupported)
        {
            Vector512<T> m0 = VectorArithmetic.LaneMask<T>(nValid, 0);
            Vector512<T> m1 = VectorArithmetic.LaneMask<T>(nValid, w);
            if (beta == T.Zero)
            {
                    VectorArithmetic.MaskStore(c + (0 * ldc), m0, c00 * alphaV);
                    VectorArithmetic.MaskStore(c + (0 * ldc) + w, m1, c01 * alphaV);
                    if (mValid > 1)
                    {
                        VectorArithmetic.MaskStore(c + (1 * ldc), m0, c10 * alphaV);
                        VectorArithmetic.MaskStore(c + (1 * ldc) + w, m1, c11 * alphaV);
                    }

                    if (mValid > 2)
                    {
                        VectorArithmetic.MaskStore(c + (2 * ldc), m0, c20 * alphaV);
                        VectorArithmetic.MaskStore(c + (2 * ldc) + w, m1, c21 * alphaV);
                    }

                    if (mValid > 3)
                    {
                        VectorArithmetic.MaskStore(c + (3 * ldc), m0, c30 * alphaV);
                        VectorArithmetic.MaskStore(c + (3 * ldc) + w, m1, c31 * alphaV);
                    }

                    if (mValid > 4)
                    {
                        VectorArithmetic.MaskStore(c + (4 * ldc), m0, c40 * alphaV);
                        VectorArithmetic.MaskStore(c + (4 * ldc) + w, m1, c41 * alphaV);
                    }

                    if (mValid > 5)
                    {
                        VectorArithmetic.MaskStore(c + (5 * ldc), m0, c50 * alphaV);
                        VectorArithmetic.MaskStore(c + (5 * ldc) + w, m1, c51 * alphaV);
                    }

                    if (mValid > 6)
                    {
                        VectorArithmetic.MaskStore(c + (6 * ldc), m0, c60 * alphaV);
                        VectorArithmetic.MaskStore(c + (6 * ldc) + w, m1, c61 * alphaV);
                    }

                    if (mValid > 7)
                    {
                        VectorArithmetic.MaskStore(c + (7 * ldc), m0, c70 * alphaV);
                        VectorArithmetic.MaskStore(c + (7 * ldc) + w, m1, c71 * alphaV);
                    }
            }
            else
            {
                Vector512<T> betaV = Vector512.Create(beta);
                    VectorArithmetic.MaskStore(c + (0 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (0 * ldc), m0), c00 * alphaV));
                    VectorArithmetic.MaskStore(c + (0 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (0 * ldc) + w, m1), c01 * alphaV));
                    if (mValid > 1)
                    {
                        VectorArithmetic.MaskStore(c + (1 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (1 * ldc), m0), c10 * alphaV));
                        VectorArithmetic.MaskStore(c + (1 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (1 * ldc) + w, m1), c11 * alphaV));
                    }

                    if (mValid > 2)
                    {
                        VectorArithmetic.MaskStore(c + (2 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (2 * ldc), m0), c20 * alphaV));
                        VectorArithmetic.MaskStore(c + (2 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (2 * ldc) + w, m1), c21 * alphaV));
                    }

                    if (mValid > 3)
                    {
                        VectorArithmetic.MaskStore(c + (3 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (3 * ldc), m0), c30 * alphaV));
                        VectorArithmetic.MaskStore(c + (3 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (3 * ldc) + w, m1), c31 * alphaV));
                    }

                    if (mValid > 4)
                    {
                        VectorArithmetic.MaskStore(c + (4 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (4 * ldc), m0), c40 * alphaV));
                        VectorArithmetic.MaskStore(c + (4 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (4 * ldc) + w, m1), c41 * alphaV));
                    }

                    if (mValid > 5)
                    {
                        VectorArithmetic.MaskStore(c + (5 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (5 * ldc), m0), c50 * alphaV));
                        VectorArithmetic.MaskStore(c + (5 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (5 * ldc) + w, m1), c51 * alphaV));
                    }

                    if (mValid > 6)
                    {
                        VectorArithmetic.MaskStore(c + (6 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (6 * ldc), m0), c60 * alphaV));
                        VectorArithmetic.MaskStore(c + (6 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (6 * ldc) + w, m1), c61 * alphaV));
                    }

                    if (mValid > 7)
                    {
                        VectorArithmetic.MaskStore(c + (7 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (7 * ldc), m0), c70 * alphaV));
                        VectorArithmetic.MaskStore(c + (7 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (7 * ldc) + w, m1), c71 * alphaV));
                    }
            }

            return;
        }

        T* tile = stackalloc T[16 * w];
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
        c60.Store(tile + (12 * w));
        c61.Store(tile + (13 * w));
        c70.Store(tile + (14 * w));
        c71.Store(tile + (15 * w));
        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RunStridedA(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector512<T>.Count;
        T* a0 = a + (Math.Min(0, mValid - 1) * lda);
        T* a1 = a + (Math.Min(1, mValid - 1) * lda);
        T* a2 = a + (Math.Min(2, mValid - 1) * lda);
        T* a3 = a + (Math.Min(3, mValid - 1) * lda);
        T* a4 = a + (Math.Min(4, mValid - 1) * lda);
        T* a5 = a + (Math.Min(5, mValid - 1) * lda);
        T* a6 = a + (Math.Min(6, mValid - 1) * lda);
        T* a7 = a + (Math.Min(7, mValid - 1) * lda);
        Vector512<T> c00 = Vector512<T>.Zero;
        Vector512<T> c01 = Vector512<T>.Zero;
        Vector512<T> c10 = Vector512<T>.Zero;
        Vector512<T> c11 = Vector512<T>.Zero;
        Vector512<T> c20 = Vector512<T>.Zero;
        Vector512<T> c21 = Vector512<T>.Zero;
        Vector512<T> c30 = Vector512<T>.Zero;
        Vector512<T> c31 = Vector512<T>.Zero;
        Vector512<T> c40 = Vector512<T>.Zero;
        Vector512<T> c41 = Vector512<T>.Zero;
        Vector512<T> c50 = Vector512<T>.Zero;
        Vector512<T> c51 = Vector512<T>.Zero;
        Vector512<T> c60 = Vector512<T>.Zero;
        Vector512<T> c61 = Vector512<T>.Zero;
        Vector512<T> c70 = Vector512<T>.Zero;
        Vector512<T> c71 = Vector512<T>.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vector512<T> b0 = Vector512.Load(b);
            Vector512<T> b1 = Vector512.Load(b + w);
            Vector512<T> x0 = Vector512.Create(a0[p]);
            c00 = VectorArithmetic.MultiplyAdd(x0, b0, c00);
            c01 = VectorArithmetic.MultiplyAdd(x0, b1, c01);
            Vector512<T> x1 = Vector512.Create(a1[p]);
            c10 = VectorArithmetic.MultiplyAdd(x1, b0, c10);
            c11 = VectorArithmetic.MultiplyAdd(x1, b1, c11);
            Vector512<T> x2 = Vector512.Create(a2[p]);
            c20 = VectorArithmetic.MultiplyAdd(x2, b0, c20);
            c21 = VectorArithmetic.MultiplyAdd(x2, b1, c21);
            Vector512<T> x3 = Vector512.Create(a3[p]);
            c30 = VectorArithmetic.MultiplyAdd(x3, b0, c30);
            c31 = VectorArithmetic.MultiplyAdd(x3, b1, c31);
            Vector512<T> x4 = Vector512.Create(a4[p]);
            c40 = VectorArithmetic.MultiplyAdd(x4, b0, c40);
            c41 = VectorArithmetic.MultiplyAdd(x4, b1, c41);
            Vector512<T> x5 = Vector512.Create(a5[p]);
            c50 = VectorArithmetic.MultiplyAdd(x5, b0, c50);
            c51 = VectorArithmetic.MultiplyAdd(x5, b1, c51);
            Vector512<T> x6 = Vector512.Create(a6[p]);
            c60 = VectorArithmetic.MultiplyAdd(x6, b0, c60);
            c61 = VectorArithmetic.MultiplyAdd(x6, b1, c61);
            Vector512<T> x7 = Vector512.Create(a7[p]);
            c70 = VectorArithmetic.MultiplyAdd(x7, b0, c70);
            c71 = VectorArithmetic.MultiplyAdd(x7, b1, c71);
            b += 2 * w;
        }

        Vector512<T> alphaV = Vector512.Create(alpha);
        if (mValid == 8 && nValid == 2 * w)
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
                (c60 * alphaV).Store(c + (6 * ldc) + (0 * w));
                (c61 * alphaV).Store(c + (6 * ldc) + (1 * w));
                (c70 * alphaV).Store(c + (7 * ldc) + (0 * w));
                (c71 * alphaV).Store(c + (7 * ldc) + (1 * w));
            }
            else
            {
                Vector512<T> betaV = Vector512.Create(beta);
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (0 * ldc) + (0 * w)), c00 * alphaV).Store(c + (0 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (0 * ldc) + (1 * w)), c01 * alphaV).Store(c + (0 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (1 * ldc) + (0 * w)), c10 * alphaV).Store(c + (1 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (1 * ldc) + (1 * w)), c11 * alphaV).Store(c + (1 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (2 * ldc) + (0 * w)), c20 * alphaV).Store(c + (2 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (2 * ldc) + (1 * w)), c21 * alphaV).Store(c + (2 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (3 * ldc) + (0 * w)), c30 * alphaV).Store(c + (3 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (3 * ldc) + (1 * w)), c31 * alphaV).Store(c + (3 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (4 * ldc) + (0 * w)), c40 * alphaV).Store(c + (4 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (4 * ldc) + (1 * w)), c41 * alphaV).Store(c + (4 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (5 * ldc) + (0 * w)), c50 * alphaV).Store(c + (5 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (5 * ldc) + (1 * w)), c51 * alphaV).Store(c + (5 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (6 * ldc) + (0 * w)), c60 * alphaV).Store(c + (6 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (6 * ldc) + (1 * w)), c61 * alphaV).Store(c + (6 * ldc) + (1 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (7 * ldc) + (0 * w)), c70 * alphaV).Store(c + (7 * ldc) + (0 * w));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (7 * ldc) + (1 * w)), c71 * alphaV).Store(c + (7 * ldc) + (1 * w));
            }

            return;
        }

        if (Avx512F.IsSupported)
        {
            Vector512<T> m0 = VectorArithmetic.LaneMask<T>(nValid, 0);
            Vector512<T> m1 = VectorArithmetic.LaneMask<T>(nValid, w);
            if (beta == T.Zero)
            {
                    VectorArithmetic.MaskStore(c + (0 * ldc), m0, c00 * alphaV);
                    VectorArithmetic.MaskStore(c + (0 * ldc) + w, m1, c01 * alphaV);
                    if (mValid > 1)
                    {
                        VectorArithmetic.MaskStore(c + (1 * ldc), m0, c10 * alphaV);
                        VectorArithmetic.MaskStore(c + (1 * ldc) + w, m1, c11 * alphaV);
                    }

                    if (mValid > 2)
                    {
                        VectorArithmetic.MaskStore(c + (2 * ldc), m0, c20 * alphaV);
                        VectorArithmetic.MaskStore(c + (2 * ldc) + w, m1, c21 * alphaV);
                    }

                    if (mValid > 3)
                    {
                        VectorArithmetic.MaskStore(c + (3 * ldc), m0, c30 * alphaV);
                        VectorArithmetic.MaskStore(c + (3 * ldc) + w, m1, c31 * alphaV);
                    }

                    if (mValid > 4)
                    {
                        VectorArithmetic.MaskStore(c + (4 * ldc), m0, c40 * alphaV);
                        VectorArithmetic.MaskStore(c + (4 * ldc) + w, m1, c41 * alphaV);
                    }

                    if (mValid > 5)
                    {
                        VectorArithmetic.MaskStore(c + (5 * ldc), m0, c50 * alphaV);
                        VectorArithmetic.MaskStore(c + (5 * ldc) + w, m1, c51 * alphaV);
                    }

                    if (mValid > 6)
                    {
                        VectorArithmetic.MaskStore(c + (6 * ldc), m0, c60 * alphaV);
                        VectorArithmetic.MaskStore(c + (6 * ldc) + w, m1, c61 * alphaV);
                    }

                    if (mValid > 7)
                    {
                        VectorArithmetic.MaskStore(c + (7 * ldc), m0, c70 * alphaV);
                        VectorArithmetic.MaskStore(c + (7 * ldc) + w, m1, c71 * alphaV);
                    }
            }
            else
            {
                Vector512<T> betaV = Vector512.Create(beta);
                    VectorArithmetic.MaskStore(c + (0 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (0 * ldc), m0), c00 * alphaV));
                    VectorArithmetic.MaskStore(c + (0 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (0 * ldc) + w, m1), c01 * alphaV));
                    if (mValid > 1)
                    {
                        VectorArithmetic.MaskStore(c + (1 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (1 * ldc), m0), c10 * alphaV));
                        VectorArithmetic.MaskStore(c + (1 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (1 * ldc) + w, m1), c11 * alphaV));
                    }

                    if (mValid > 2)
                    {
                        VectorArithmetic.MaskStore(c + (2 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (2 * ldc), m0), c20 * alphaV));
                        VectorArithmetic.MaskStore(c + (2 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (2 * ldc) + w, m1), c21 * alphaV));
                    }

                    if (mValid > 3)
                    {
                        VectorArithmetic.MaskStore(c + (3 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (3 * ldc), m0), c30 * alphaV));
                        VectorArithmetic.MaskStore(c + (3 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (3 * ldc) + w, m1), c31 * alphaV));
                    }

                    if (mValid > 4)
                    {
                        VectorArithmetic.MaskStore(c + (4 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (4 * ldc), m0), c40 * alphaV));
                        VectorArithmetic.MaskStore(c + (4 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (4 * ldc) + w, m1), c41 * alphaV));
                    }

                    if (mValid > 5)
                    {
                        VectorArithmetic.MaskStore(c + (5 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (5 * ldc), m0), c50 * alphaV));
                        VectorArithmetic.MaskStore(c + (5 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (5 * ldc) + w, m1), c51 * alphaV));
                    }

                    if (mValid > 6)
                    {
                        VectorArithmetic.MaskStore(c + (6 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (6 * ldc), m0), c60 * alphaV));
                        VectorArithmetic.MaskStore(c + (6 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (6 * ldc) + w, m1), c61 * alphaV));
                    }

                    if (mValid > 7)
                    {
                        VectorArithmetic.MaskStore(c + (7 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (7 * ldc), m0), c70 * alphaV));
                        VectorArithmetic.MaskStore(c + (7 * ldc) + w, m1, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (7 * ldc) + w, m1), c71 * alphaV));
                    }
            }

            return;
        }

        T* tile = stackalloc T[16 * w];
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
        c60.Store(tile + (12 * w));
        c61.Store(tile + (13 * w));
        c70.Store(tile + (14 * w));
        c71.Store(tile + (15 * w));
        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <inheritdoc/>
    public static int NarrowWidth => Vector512<T>.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RunStridedANarrow(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector512<T>.Count;
        T* a0 = a + (Math.Min(0, mValid - 1) * lda);
        T* a1 = a + (Math.Min(1, mValid - 1) * lda);
        T* a2 = a + (Math.Min(2, mValid - 1) * lda);
        T* a3 = a + (Math.Min(3, mValid - 1) * lda);
        T* a4 = a + (Math.Min(4, mValid - 1) * lda);
        T* a5 = a + (Math.Min(5, mValid - 1) * lda);
        T* a6 = a + (Math.Min(6, mValid - 1) * lda);
        T* a7 = a + (Math.Min(7, mValid - 1) * lda);
        Vector512<T> c00 = Vector512<T>.Zero;
        Vector512<T> c10 = Vector512<T>.Zero;
        Vector512<T> c20 = Vector512<T>.Zero;
        Vector512<T> c30 = Vector512<T>.Zero;
        Vector512<T> c40 = Vector512<T>.Zero;
        Vector512<T> c50 = Vector512<T>.Zero;
        Vector512<T> c60 = Vector512<T>.Zero;
        Vector512<T> c70 = Vector512<T>.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vector512<T> b0 = Vector512.Load(b);
            c00 = VectorArithmetic.MultiplyAdd(Vector512.Create(a0[p]), b0, c00);
            c10 = VectorArithmetic.MultiplyAdd(Vector512.Create(a1[p]), b0, c10);
            c20 = VectorArithmetic.MultiplyAdd(Vector512.Create(a2[p]), b0, c20);
            c30 = VectorArithmetic.MultiplyAdd(Vector512.Create(a3[p]), b0, c30);
            c40 = VectorArithmetic.MultiplyAdd(Vector512.Create(a4[p]), b0, c40);
            c50 = VectorArithmetic.MultiplyAdd(Vector512.Create(a5[p]), b0, c50);
            c60 = VectorArithmetic.MultiplyAdd(Vector512.Create(a6[p]), b0, c60);
            c70 = VectorArithmetic.MultiplyAdd(Vector512.Create(a7[p]), b0, c70);
            b += 2 * w;
        }

        Vector512<T> alphaV = Vector512.Create(alpha);
        if (mValid == 8 && nValid == w)
        {
            if (beta == T.Zero)
            {
                (c00 * alphaV).Store(c + (0 * ldc));
                (c10 * alphaV).Store(c + (1 * ldc));
                (c20 * alphaV).Store(c + (2 * ldc));
                (c30 * alphaV).Store(c + (3 * ldc));
                (c40 * alphaV).Store(c + (4 * ldc));
                (c50 * alphaV).Store(c + (5 * ldc));
                (c60 * alphaV).Store(c + (6 * ldc));
                (c70 * alphaV).Store(c + (7 * ldc));
            }
            else
            {
                Vector512<T> betaV = Vector512.Create(beta);
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (0 * ldc)), c00 * alphaV).Store(c + (0 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (1 * ldc)), c10 * alphaV).Store(c + (1 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (2 * ldc)), c20 * alphaV).Store(c + (2 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (3 * ldc)), c30 * alphaV).Store(c + (3 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (4 * ldc)), c40 * alphaV).Store(c + (4 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (5 * ldc)), c50 * alphaV).Store(c + (5 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (6 * ldc)), c60 * alphaV).Store(c + (6 * ldc));
                VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(c + (7 * ldc)), c70 * alphaV).Store(c + (7 * ldc));
            }

            return;
        }

        if (Avx512F.IsSupported)
        {
            Vector512<T> m0 = VectorArithmetic.LaneMask<T>(nValid, 0);
            if (beta == T.Zero)
            {
                    VectorArithmetic.MaskStore(c + (0 * ldc), m0, c00 * alphaV);
                    if (mValid > 1)
                    {
                        VectorArithmetic.MaskStore(c + (1 * ldc), m0, c10 * alphaV);
                    }

                    if (mValid > 2)
                    {
                        VectorArithmetic.MaskStore(c + (2 * ldc), m0, c20 * alphaV);
                    }

                    if (mValid > 3)
                    {
                        VectorArithmetic.MaskStore(c + (3 * ldc), m0, c30 * alphaV);
                    }

                    if (mValid > 4)
                    {
                        VectorArithmetic.MaskStore(c + (4 * ldc), m0, c40 * alphaV);
                    }

                    if (mValid > 5)
                    {
                        VectorArithmetic.MaskStore(c + (5 * ldc), m0, c50 * alphaV);
                    }

                    if (mValid > 6)
                    {
                        VectorArithmetic.MaskStore(c + (6 * ldc), m0, c60 * alphaV);
                    }

                    if (mValid > 7)
                    {
                        VectorArithmetic.MaskStore(c + (7 * ldc), m0, c70 * alphaV);
                    }
            }
            else
            {
                Vector512<T> betaV = Vector512.Create(beta);
                    VectorArithmetic.MaskStore(c + (0 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (0 * ldc), m0), c00 * alphaV));
                    if (mValid > 1)
                    {
                        VectorArithmetic.MaskStore(c + (1 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (1 * ldc), m0), c10 * alphaV));
                    }

                    if (mValid > 2)
                    {
                        VectorArithmetic.MaskStore(c + (2 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (2 * ldc), m0), c20 * alphaV));
                    }

                    if (mValid > 3)
                    {
                        VectorArithmetic.MaskStore(c + (3 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (3 * ldc), m0), c30 * alphaV));
                    }

                    if (mValid > 4)
                    {
                        VectorArithmetic.MaskStore(c + (4 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (4 * ldc), m0), c40 * alphaV));
                    }

                    if (mValid > 5)
                    {
                        VectorArithmetic.MaskStore(c + (5 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (5 * ldc), m0), c50 * alphaV));
                    }

                    if (mValid > 6)
                    {
                        VectorArithmetic.MaskStore(c + (6 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (6 * ldc), m0), c60 * alphaV));
                    }

                    if (mValid > 7)
                    {
                        VectorArithmetic.MaskStore(c + (7 * ldc), m0, VectorArithmetic.MultiplyAdd(betaV, VectorArithmetic.MaskLoad(c + (7 * ldc), m0), c70 * alphaV));
                    }
            }

            return;
        }

        T* tile = stackalloc T[16 * w];
        c00.Store(tile + (0 * w));
        c10.Store(tile + (2 * w));
        c20.Store(tile + (4 * w));
        c30.Store(tile + (6 * w));
        c40.Store(tile + (8 * w));
        c50.Store(tile + (10 * w));
        c60.Store(tile + (12 * w));
        c70.Store(tile + (14 * w));
        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <summary>Edge tile: the same arithmetic as a full tile, on the valid rows and columns only.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreEdge(T* tile, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = Vector512<T>.Count;
        bool betaZero = beta == T.Zero;
        Vector512<T> alphaV = Vector512.Create(alpha);
        Vector512<T> betaV = Vector512.Create(beta);
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
                Vector512<T> x = Vector512.Load(tile + (((2 * i) + v) * w)) * alphaV;
                (betaZero ? x : VectorArithmetic.MultiplyAdd(betaV, Vector512.Load(row + (v * w)), x)).Store(row + (v * w));
            }

            for (int j = 0; j < nValid; j++)
            {
                cRow[j] = row[j];
            }
        }
    }
}
