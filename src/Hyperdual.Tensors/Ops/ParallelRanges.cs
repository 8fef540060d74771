using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>Splits elementwise work over up to <see cref="KernelSettings.MaxThreads"/> threads in
/// contiguous ranges; every element is computed the same way whatever the split (deterministic).</summary>
internal static class ParallelRanges
{
    private const long WorkPerThread = 1 << 16;

    /// <summary>Runs <paramref name="body"/>(start, length) over [0, length) in ranges.</summary>
    /// <param name="length">The number of elements.</param>
    /// <param name="weight">Work per element (e.g. the number of parts touched).</param>
    /// <param name="body">The work on one range.</param>
    /// <param name="align">Range starts are multiples of this (64 keeps SIMD runs whole; 1 for coarse items).</param>
    public static void For(int length, int weight, Action<int, int> body, int align = 64)
    {
        long work = (long)length * Math.Max(1, weight);
        int threads = (int)Math.Min(KernelSettings.MaxThreads, Math.Max(1, work / WorkPerThread));
        if (threads <= 1)
        {
            body(0, length);
            return;
        }

        int chunks = threads * 4;
        int chunk = (length + chunks - 1) / chunks;
        chunk = (chunk + align - 1) / align * align;
        int count = (length + chunk - 1) / chunk;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            int start = c * chunk;
            body(start, Math.Min(chunk, length - start));
        });
    }
}
