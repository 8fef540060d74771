using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Cache-blocked GEMM over one micro-kernel (the loop nest of Goto/BLIS): n blocks of NC, k blocks
/// of KC (B block packed once per (n, k) block), m blocks of MC (A block packed), then register tiles.
/// Several threads split C into row (or column) ranges aligned to the register tile, each running
/// the same loop nest on its range with its own packing buffer, so every element is computed with the
/// same operations in the same order whatever the thread count.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TKernel">The micro-kernel.</typeparam>
internal static unsafe class GemmDriver<T, TKernel>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TKernel : IGemmMicroKernel<T>
{
    /// <summary>Column panels up to which C counts as narrow and A is read in place instead of packed.</summary>
    private const int UnpackedANarrowPanels = 4;

    /// <summary>Row tiles up to which C counts as short and a row-major B is read in place instead of packed.</summary>
    private const int UnpackedBShortTiles = 8;

    /// <summary>
    /// The widest B row (bytes) read in place: a panel's k steps then fall into enough different cache sets. With
    /// rows 512 KiB apart they all map to a handful of L2 and L3 sets and every pass went to memory (conv2's
    /// 50×500×131072 product: 67 → 59 GFLOP/s in place; one worker's 2,048-column chunk: 94 → 101).
    /// </summary>
    private const int UnpackedBMaxRowBytes = 64 * 1024;

    /// <summary>Runs the product on up to <paramref name="maxThreads"/> threads as <see cref="GemmThreadPlan"/> decides.</summary>
    public static void Run(in GemmOperands<T> op, int maxThreads)
    {
        int tilesM = (op.M + TKernel.MR - 1) / TKernel.MR;
        int tilesN = (op.N + TKernel.NR - 1) / TKernel.NR;
        (int threads, bool splitRows) = GemmThreadPlan.Plan(op.M, op.N, op.K, TKernel.MR, TKernel.NR, sizeof(T), maxThreads);
        if (threads <= 1)
        {
            RunRange(op, 0, op.M, 0, op.N);
            return;
        }

        GemmOperands<T> operands = op;
        KernelParallel.For(threads, worker =>
        {
            if (splitRows)
            {
                (int first, int end) = KernelParallel.Range(tilesM, threads, worker);
                RunRange(operands, first * TKernel.MR, Math.Min(end * TKernel.MR, operands.M), 0, operands.N);
            }
            else
            {
                (int first, int end) = KernelParallel.Range(tilesN, threads, worker);
                RunRange(operands, 0, operands.M, first * TKernel.NR, Math.Min(end * TKernel.NR, operands.N));
            }
        });
    }

    /// <summary>C[m0..m1, n0..n1] on the calling thread (m0, n0 multiples of MR, NR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunRange(in GemmOperands<T> op, int m0, int m1, int n0, int n1)
    {
        if (m0 >= m1 || n0 >= n1)
        {
            return;
        }

        if (!op.TransA && n1 - n0 <= UnpackedANarrowPanels * TKernel.NR)
        {
            RunUnpackedA(op, m0, m1, n0, n1);
            return;
        }

        if (!op.TransB && m1 - m0 <= UnpackedBShortTiles * TKernel.MR && (long)op.Ldb * sizeof(T) <= UnpackedBMaxRowBytes)
        {
            RunUnpackedB(op, m0, m1, n0, n1);
            return;
        }

        int mr = TKernel.MR, nr = TKernel.NR, kcMax = BalancedDepth(op.K);
        int mcMax = Math.Min(TKernel.MC, RoundUp(m1 - m0, mr));
        int ncMax = Math.Min(TKernel.NC, RoundUp(n1 - n0, nr));
        int kcCap = Math.Min(kcMax, op.K);
        int lengthA = RoundUp(mcMax * kcCap, 16);
        T* bufferA = GemmBuffers<T>.Get(lengthA + (ncMax * kcCap));
        T* bufferB = bufferA + lengthA;
        nint ldc = op.Ldc;
        for (int jc = n0; jc < n1; jc += ncMax)
        {
            int nc = Math.Min(ncMax, n1 - jc);
            for (int pc = 0; pc < op.K; pc += kcMax)
            {
                int kc = Math.Min(kcMax, op.K - pc);
                T beta = pc == 0 ? op.Beta : T.One;
                GemmPacking.PackB(op, pc, kc, jc, nc, nr, bufferB);
                for (int ic = m0; ic < m1; ic += mcMax)
                {
                    int mc = Math.Min(mcMax, m1 - ic);
                    GemmPacking.PackA(op, ic, mc, pc, kc, mr, bufferA);
                    for (int jr = 0; jr < nc; jr += nr)
                    {
                        int nValid = Math.Min(nr, nc - jr);
                        T* panelB = bufferB + ((nint)jr * kc);
                        T* cColumn = op.C + jc + jr;
                        for (int ir = 0; ir < mc; ir += mr)
                        {
                            int mValid = Math.Min(mr, mc - ir);
                            TKernel.Run(kc, bufferA + ((nint)ir * kc), panelB, cColumn + ((ic + ir) * ldc), ldc, mValid, nValid, op.Alpha, beta);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// C is narrow (n ≤ <see cref="UnpackedANarrowPanels"/>·NR) and A is row-major: every A element is
    /// used by only a few tiles, so packing A would cost more memory traffic than it saves. The
    /// micro-kernel reads A in place (the MR rows of a row tile stay in L1 across the column panels),
    /// with the same k blocks as the packed path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunUnpackedA(in GemmOperands<T> op, int m0, int m1, int n0, int n1)
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        int width = n1 - n0;
        int widthPadded = RoundUp(width, nr);
        int kcMax = BalancedDepth(op.K); // the same k blocks as the packed path, so both round identically
        int kcCap = Math.Min(kcMax, op.K);
        T* bufferB = GemmBuffers<T>.Get(widthPadded * kcCap);
        nint lda = op.Lda, ldc = op.Ldc;
        for (int pc = 0; pc < op.K; pc += kcMax)
        {
            int kc = Math.Min(kcMax, op.K - pc);
            T beta = pc == 0 ? op.Beta : T.One;
            GemmPacking.PackB(op, pc, kc, n0, width, nr, bufferB);
            T* aColumn = op.A + pc;
            T* cColumn = op.C + n0;
            for (int i = m0; i < m1; i += mr)
            {
                int mValid = Math.Min(mr, m1 - i);
                T* aRows = aColumn + (i * lda);
                T* cRows = cColumn + (i * ldc);
                for (int jr = 0; jr < width; jr += nr)
                {
                    int nValid = Math.Min(nr, width - jr);
                    if (nValid <= TKernel.NarrowWidth)
                    {
                        TKernel.RunStridedANarrow(kc, aRows, lda, bufferB + ((nint)jr * kc), cRows + jr, ldc, mValid, nValid, op.Alpha, beta);
                    }
                    else
                    {
                        TKernel.RunStridedA(kc, aRows, lda, bufferB + ((nint)jr * kc), cRows + jr, ldc, mValid, nValid, op.Alpha, beta);
                    }
                }
            }
        }
    }

    /// <summary>
    /// C is short (at most <see cref="UnpackedBShortTiles"/> row tiles) and B is row-major: every B element is used
    /// by only a few tiles, so packing B (a convolution's columns under its few output channels, a layer's
    /// activations under a narrow weight gradient) would cost as much memory traffic as the product reads. A is
    /// packed once per k block; each full column panel of B is read in place (its k steps ldb apart) by every row
    /// tile in turn while it is in cache, and only a last partial panel is packed. Same k blocks and the same
    /// kernel loop as the packed path, so the result is bit-identical to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunUnpackedB(in GemmOperands<T> op, int m0, int m1, int n0, int n1)
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        int rows = m1 - m0;
        int kcMax = BalancedDepth(op.K);
        int kcCap = Math.Min(kcMax, op.K);
        int lengthA = RoundUp(RoundUp(rows, mr) * kcCap, 16);
        T* bufferA = GemmBuffers<T>.Get(lengthA + (nr * kcCap));
        T* edgeB = bufferA + lengthA;
        nint ldb = op.Ldb, ldc = op.Ldc;
        for (int pc = 0; pc < op.K; pc += kcMax)
        {
            int kc = Math.Min(kcMax, op.K - pc);
            T beta = pc == 0 ? op.Beta : T.One;
            GemmPacking.PackA(op, m0, rows, pc, kc, mr, bufferA);
            T* bRow = op.B + (pc * ldb);
            for (int jr = n0; jr < n1; jr += nr)
            {
                int nValid = Math.Min(nr, n1 - jr);
                T* cColumn = op.C + jr + (m0 * ldc);
                if (nValid == nr)
                {
                    for (int ir = 0; ir < rows; ir += mr)
                    {
                        TKernel.RunStridedB(kc, bufferA + ((nint)ir * kc), bRow + jr, ldb, cColumn + (ir * ldc), ldc, Math.Min(mr, rows - ir), op.Alpha, beta);
                    }
                }
                else
                {
                    GemmPacking.PackB(op, pc, kc, jr, nValid, nr, edgeB);
                    for (int ir = 0; ir < rows; ir += mr)
                    {
                        TKernel.Run(kc, bufferA + ((nint)ir * kc), edgeB, cColumn + (ir * ldc), ldc, Math.Min(mr, rows - ir), nValid, op.Alpha, beta);
                    }
                }
            }
        }
    }

    /// <summary>Depth of the k blocks: K split into ceil(K / KC) nearly equal blocks (no thin last block).</summary>
    private static int BalancedDepth(int k)
    {
        int blocks = (k + TKernel.KC - 1) / TKernel.KC;
        return (k + blocks - 1) / blocks;
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
