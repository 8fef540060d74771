using System.Numerics;
using System.Runtime.CompilerServices;

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
                for (int i = 0; i < rows; i++)
                {
                    T* src = op.A + ((i0 + ir + i) * lda) + p0;
                    T* d = panel + i;
                    for (int p = 0; p < kc; p++)
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
        for (int jr = 0; jr < nc; jr += nr)
        {
            int cols = Math.Min(nr, nc - jr);
            T* panel = dest + ((nint)jr * kc);
            if (!op.TransB)
            {
                // op(B)(p, j) = B[p·ldb + j]: each k step of the panel is contiguous in B.
                for (int p = 0; p < kc; p++)
                {
                    T* src = op.B + ((p0 + p) * ldb) + j0 + jr;
                    T* d = panel + ((nint)p * nr);
                    if (cols == nr)
                    {
                        new ReadOnlySpan<T>(src, nr).CopyTo(new Span<T>(d, nr));
                    }
                    else
                    {
                        int j = 0;
                        for (; j < cols; j++)
                        {
                            d[j] = src[j];
                        }

                        for (; j < nr; j++)
                        {
                            d[j] = T.Zero;
                        }
                    }
                }
            }
            else
            {
                // op(B)(p, j) = B[j·ldb + p]: each panel column is contiguous in B.
                for (int j = 0; j < cols; j++)
                {
                    T* src = op.B + ((j0 + jr + j) * ldb) + p0;
                    T* d = panel + j;
                    for (int p = 0; p < kc; p++)
                    {
                        d[(nint)p * nr] = src[p];
                    }
                }

                for (int j = cols; j < nr; j++)
                {
                    for (int p = 0; p < kc; p++)
                    {
                        panel[((nint)p * nr) + j] = T.Zero;
                    }
                }
            }
        }
    }
}
