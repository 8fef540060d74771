using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Copies blocks of op(A) and op(B) into the micro-panel layout the micro-kernels stream through:
/// A as consecutive panels of <c>mr</c> rows stored k-major (<c>kc</c> steps of <c>mr</c> values), B as
/// consecutive panels of <c>nr</c> columns stored k-major. Rows/columns past the matrix are zero.
/// </summary>
internal static unsafe class GemmPacking
{
    /// <summary>Packs op(A)[i0 .. i0+mc, p0 .. p0+kc] into <paramref name="dest"/> (ceil(mc/mr)·mr·kc elements).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackA<T>(in GemmOperands<T> op, int i0, int mc, int p0, int kc, int mr, T* dest)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        nint lda = op.Lda;
        for (int ir = 0; ir < mc; ir += mr)
        {
            int rows = Math.Min(mr, mc - ir);
            T* panel = dest + ((nint)ir * kc);
            if (!op.TransA)
            {
                // op(A)(i, p) = A[i·lda + p]: each panel row is contiguous in A.
                int done = 0;
                if (typeof(T) == typeof(float) && mr == 8 && rows == 8 && Avx.IsSupported)
                {
                    done = PackRowsTransposed8((float*)(op.A + ((i0 + ir) * lda) + p0), lda, kc, (float*)panel, mr);
                }

                for (int i = 0; i < rows; i++)
                {
                    T* src = op.A + ((i0 + ir + i) * lda) + p0;
                    T* d = panel + i;
                    for (int p = done; p < kc; p++)
                    {
                        d[(nint)p * mr] = src[p];
                    }
                }

                for (int i = rows; i < mr; i++)
                {
                    for (int p = 0; p < kc; p++)
                    {
                        panel[((nint)p * mr) + i] = T.Zero;
                    }
                }
            }
            else
            {
                // op(A)(i, p) = A[p·lda + i]: each k step of the panel is contiguous in A.
                for (int p = 0; p < kc; p++)
                {
                    T* src = op.A + ((p0 + p) * lda) + i0 + ir;
                    T* d = panel + ((nint)p * mr);
                    int i = 0;
                    for (; i < rows; i++)
                    {
                        d[i] = src[i];
                    }

                    for (; i < mr; i++)
                    {
                        d[i] = T.Zero;
                    }
                }
            }
        }
    }

    /// <summary>Packs op(B)[p0 .. p0+kc, j0 .. j0+nc] into <paramref name="dest"/> (ceil(nc/nr)·nr·kc elements).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackB<T>(in GemmOperands<T> op, int p0, int kc, int j0, int nc, int nr, T* dest)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        nint ldb = op.Ldb;
        if (!op.TransB)
        {
            // op(B)(p, j) = B[p·ldb + j]: each k step is one contiguous run of B across every panel. Reading B row by
            // row (not panel by panel, which strides through a whole column block of B per panel) keeps the reads
            // sequential; the panels being written are in cache.
            for (int p = 0; p < kc; p++)
            {
                T* src = op.B + ((p0 + p) * ldb) + j0;
                for (int jr = 0; jr < nc; jr += nr)
                {
                    int cols = Math.Min(nr, nc - jr);
                    T* d = dest + ((nint)jr * kc) + ((nint)p * nr);
                    ShortRuns.Copy(src + jr, d, cols);
                    ShortRuns.Clear(d + cols, nr - cols);
                }
            }

            return;
        }

        for (int jr = 0; jr < nc; jr += nr)
        {
            int cols = Math.Min(nr, nc - jr);
            T* panel = dest + ((nint)jr * kc);

            // op(B)(p, j) = B[j·ldb + p]: each panel column is contiguous in B. Float columns go eight at a time
            // through the in-register transpose, the rest (and any k steps it leaves) one element at a time.
            int j = 0;
            if (typeof(T) == typeof(float) && Avx.IsSupported)
            {
                for (; j + 8 <= cols; j += 8)
                {
                    T* src = op.B + ((j0 + jr + j) * ldb) + p0;
                    int done = PackRowsTransposed8((float*)src, ldb, kc, (float*)(panel + j), nr);
                    for (int c = 0; c < 8; c++)
                    {
                        for (int p = done; p < kc; p++)
                        {
                            panel[((nint)p * nr) + j + c] = src[(c * ldb) + p];
                        }
                    }
                }
            }

            for (; j < cols; j++)
            {
                T* src = op.B + ((j0 + jr + j) * ldb) + p0;
                T* d = panel + j;
                for (int p = 0; p < kc; p++)
                {
                    d[(nint)p * nr] = src[p];
                }
            }

            if (cols < nr)
            {
                for (int p = 0; p < kc; p++)
                {
                    ShortRuns.Clear(panel + ((nint)p * nr) + cols, nr - cols);
                }
            }
        }
    }

    /// <summary>
    /// Eight float rows (stride <paramref name="lda"/>) into k-major panel order, eight k steps at a time
    /// with an in-register 8×8 transpose: k step p's eight values go to <c>panel + p·panelStride</c>. Serves
    /// row-major A panels (stride mr) and transposed B panels (stride nr, eight columns at a time). Returns
    /// how many k steps it packed (a multiple of 8).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PackRowsTransposed8(float* a, nint lda, int kc, float* panel, nint panelStride)
    {
        int p = 0;
        for (; p + 8 <= kc; p += 8)
        {
            float* s = a + p;
            Vector256<float> r0 = Avx.LoadVector256(s), r1 = Avx.LoadVector256(s + lda);
            Vector256<float> r2 = Avx.LoadVector256(s + (2 * lda)), r3 = Avx.LoadVector256(s + (3 * lda));
            Vector256<float> r4 = Avx.LoadVector256(s + (4 * lda)), r5 = Avx.LoadVector256(s + (5 * lda));
            Vector256<float> r6 = Avx.LoadVector256(s + (6 * lda)), r7 = Avx.LoadVector256(s + (7 * lda));
            Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1);
            Vector256<float> t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
            Vector256<float> t4 = Avx.UnpackLow(r4, r5), t5 = Avx.UnpackHigh(r4, r5);
            Vector256<float> t6 = Avx.UnpackLow(r6, r7), t7 = Avx.UnpackHigh(r6, r7);
            Vector256<float> u0 = Avx.Shuffle(t0, t2, 0x44), u1 = Avx.Shuffle(t0, t2, 0xEE);
            Vector256<float> u2 = Avx.Shuffle(t1, t3, 0x44), u3 = Avx.Shuffle(t1, t3, 0xEE);
            Vector256<float> u4 = Avx.Shuffle(t4, t6, 0x44), u5 = Avx.Shuffle(t4, t6, 0xEE);
            Vector256<float> u6 = Avx.Shuffle(t5, t7, 0x44), u7 = Avx.Shuffle(t5, t7, 0xEE);
            float* d = panel + (p * panelStride);
            Avx.Store(d, Avx.Permute2x128(u0, u4, 0x20));
            Avx.Store(d + panelStride, Avx.Permute2x128(u1, u5, 0x20));
            Avx.Store(d + (2 * panelStride), Avx.Permute2x128(u2, u6, 0x20));
            Avx.Store(d + (3 * panelStride), Avx.Permute2x128(u3, u7, 0x20));
            Avx.Store(d + (4 * panelStride), Avx.Permute2x128(u0, u4, 0x31));
            Avx.Store(d + (5 * panelStride), Avx.Permute2x128(u1, u5, 0x31));
            Avx.Store(d + (6 * panelStride), Avx.Permute2x128(u2, u6, 0x31));
            Avx.Store(d + (7 * panelStride), Avx.Permute2x128(u3, u7, 0x31));
        }

        return p;
    }
}
