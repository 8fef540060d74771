using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Hyperdual.Tensors.Tests")]

namespace Hyperdual.Tensors.Kernels;

/// <summary>How many threads a GEMM uses and whether they split C by rows or by columns.</summary>
internal static class GemmThreadPlan
{
    /// <summary>Multiply-adds (m·n·k) below which one thread does the whole product.</summary>
    public const long SingleThreadWork = 1L << 21;

    /// <summary>Multiply-adds each extra thread should have at least.</summary>
    public const long WorkPerThread = 1L << 20;

    /// <summary>
    /// Arithmetic intensity (flops per byte of A, B and C) below which a product stays on one thread:
    /// skinny products (n = 10 or k = 25: about 5 flop/byte) are bound by memory bandwidth, and on the
    /// 2-core target a second thread made them slower (conv1's im2col shape 63-77 → 45 GFLOP/s, logreg with
    /// n = 10 98 → 72-87 GFLOP/s). From about 18 flop/byte a second thread pays: logreg's fused K = 3 product
    /// (1024×784×40, 18) 85-92 → 173 GFLOP/s, conv2 as weight times columns (50×500×131072, 23) 52-63 → 101-103.
    /// </summary>
    public const double MinFlopsPerByteForThreads = 8;

    /// <summary>Plans the threads for an m×n×k product with mr×nr register tiles.</summary>
    /// <returns>The thread count (1 = run inline) and whether row ranges (else column ranges) are split.</returns>
    public static (int Threads, bool SplitRows) Plan(int m, int n, int k, int mr, int nr, int elementBytes, int maxThreads)
    {
        int tilesM = (m + mr - 1) / mr;
        int tilesN = (n + nr - 1) / nr;
        long work = (long)m * n * k;
        double flopsPerByte = 2.0 * m * n * k / (elementBytes * (((double)m * k) + ((double)k * n) + ((double)m * n)));
        if (maxThreads <= 1 || work < SingleThreadWork || flopsPerByte < MinFlopsPerByteForThreads)
        {
            return (1, true);
        }

        int threads = (int)Math.Min(maxThreads, Math.Max(1, work / WorkPerThread));
        threads = Math.Min(threads, Math.Max(tilesM, tilesN));
        bool splitRows = tilesM >= tilesN || tilesM >= threads * 4;
        return (threads, splitRows);
    }
}
