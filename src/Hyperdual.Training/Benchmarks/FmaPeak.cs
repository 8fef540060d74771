using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Training.Benchmarks;

/// <summary>
/// The machine's float32 fused-multiply-add peak, measured rather than looked up: every thread runs a loop of
/// independent FMAs on the widest vectors the hardware accelerates (512, else 256, else 128 bits) and the
/// FLOPs (2 per lane per FMA) done by all of them are divided by the wall time.
/// </summary>
public static class FmaPeak
{
    private const int Accumulators = 12;
    private const long ChunkIterations = 1 << 20;

    /// <summary>The vector width the measurement uses, in bits.</summary>
    public static int VectorBits =>
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 128;

    /// <summary>Measures the peak.</summary>
    /// <param name="threads">The threads that run the loop at once (normally every core).</param>
    /// <param name="duration">How long each thread keeps running chunks of the loop.</param>
    /// <returns>The measured peak in GFLOP/s.</returns>
    public static double MeasureGflops(int threads, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        long flopsPerIteration = 2L * Accumulators * (VectorBits / 32);
        var iterations = new long[threads];
        using var start = new Barrier(threads);
        var workers = new Thread[threads];
        long begin = 0;
        for (int t = 0; t < threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() =>
            {
                start.SignalAndWait();
                if (index == 0)
                {
                    Interlocked.Exchange(ref begin, Stopwatch.GetTimestamp());
                }

                var clock = Stopwatch.StartNew();
                long done = 0;
                float sink = 0;
                while (clock.Elapsed < duration)
                {
                    sink += Loop(ChunkIterations);
                    done += ChunkIterations;
                }

                iterations[index] = done + (sink == 42 ? 1 : 0);
            }) { IsBackground = true };
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        double seconds = Stopwatch.GetElapsedTime(Interlocked.Read(ref begin)).TotalSeconds;
        return iterations.Sum() * (double)flopsPerIteration / seconds / 1e9;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Loop(long iterations) =>
        Vector512.IsHardwareAccelerated ? Loop512(iterations) : Vector256.IsHardwareAccelerated ? Loop256(iterations) : Loop128(iterations);

    private static float Loop512(long iterations)
    {
        Vector512<float> m = Vector512.Create(0.9999999f), c = Vector512.Create(1e-7f);
        Vector512<float> a0 = Vector512.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Vector512.FusedMultiplyAdd(a0, m, c); a1 = Vector512.FusedMultiplyAdd(a1, m, c);
            a2 = Vector512.FusedMultiplyAdd(a2, m, c); a3 = Vector512.FusedMultiplyAdd(a3, m, c);
            a4 = Vector512.FusedMultiplyAdd(a4, m, c); a5 = Vector512.FusedMultiplyAdd(a5, m, c);
            a6 = Vector512.FusedMultiplyAdd(a6, m, c); a7 = Vector512.FusedMultiplyAdd(a7, m, c);
            a8 = Vector512.FusedMultiplyAdd(a8, m, c); a9 = Vector512.FusedMultiplyAdd(a9, m, c);
            a10 = Vector512.FusedMultiplyAdd(a10, m, c); a11 = Vector512.FusedMultiplyAdd(a11, m, c);
        }

        return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    private static float Loop256(long iterations)
    {
        Vector256<float> m = Vector256.Create(0.9999999f), c = Vector256.Create(1e-7f);
        Vector256<float> a0 = Vector256.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Vector256.FusedMultiplyAdd(a0, m, c); a1 = Vector256.FusedMultiplyAdd(a1, m, c);
            a2 = Vector256.FusedMultiplyAdd(a2, m, c); a3 = Vector256.FusedMultiplyAdd(a3, m, c);
            a4 = Vector256.FusedMultiplyAdd(a4, m, c); a5 = Vector256.FusedMultiplyAdd(a5, m, c);
            a6 = Vector256.FusedMultiplyAdd(a6, m, c); a7 = Vector256.FusedMultiplyAdd(a7, m, c);
            a8 = Vector256.FusedMultiplyAdd(a8, m, c); a9 = Vector256.FusedMultiplyAdd(a9, m, c);
            a10 = Vector256.FusedMultiplyAdd(a10, m, c); a11 = Vector256.FusedMultiplyAdd(a11, m, c);
        }

        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    private static float Loop128(long iterations)
    {
        Vector128<float> m = Vector128.Create(0.9999999f), c = Vector128.Create(1e-7f);
        Vector128<float> a0 = Vector128.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Vector128.FusedMultiplyAdd(a0, m, c); a1 = Vector128.FusedMultiplyAdd(a1, m, c);
            a2 = Vector128.FusedMultiplyAdd(a2, m, c); a3 = Vector128.FusedMultiplyAdd(a3, m, c);
            a4 = Vector128.FusedMultiplyAdd(a4, m, c); a5 = Vector128.FusedMultiplyAdd(a5, m, c);
            a6 = Vector128.FusedMultiplyAdd(a6, m, c); a7 = Vector128.FusedMultiplyAdd(a7, m, c);
            a8 = Vector128.FusedMultiplyAdd(a8, m, c); a9 = Vector128.FusedMultiplyAdd(a9, m, c);
            a10 = Vector128.FusedMultiplyAdd(a10, m, c); a11 = Vector128.FusedMultiplyAdd(a11, m, c);
        }

        return Vector128.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }
}
