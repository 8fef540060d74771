using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Training.Benchmarks;

/// <summary>
/// The machine's float32 fused-multiply-add peak, measured rather than looked up: every thread runs a loop of
/// independent FMAs on the widest vectors the hardware accelerates (512, else 256, else 128 bits) and the
/// FLOPs (2 per lane per FMA) done by all of them are divided by the wall time. A peak is a best case, so with several
/// rounds the fastest counts: the first round also runs the loop before the JIT has optimised it, and any round can
/// share the cores with other work.
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
    /// <param name="duration">How long each thread keeps running chunks of the loop in each round.</param>
    /// <param name="rounds">The rounds measured one after another.</param>
    /// <returns>The fastest round's rate in GFLOP/s.</returns>
    public static double MeasureGflops(int threads, TimeSpan duration, int rounds = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        double best = 0;
        for (int round = 0; round < rounds; round++)
        {
            best = Math.Max(best, MeasureRound(threads, duration));
        }

        return best;
    }

    private static double MeasureRound(int threads, TimeSpan duration)
    {
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
        Vector512.IsHardwareAccelerated ? Loop<Vector512<float>, Width512>(iterations)
        : Vector256.IsHardwareAccelerated ? Loop<Vector256<float>, Width256>(iterations)
        : Loop<Vector128<float>, Width128>(iterations);

    // Twelve independent FMA chains, enough to cover the FMA latency on every port. TWidth is a struct, so the JIT
    // compiles one body per width with the operations inlined and the accumulators in registers.
    private static float Loop<TVector, TWidth>(long iterations)
        where TVector : unmanaged
        where TWidth : struct, IFmaWidth<TVector>
    {
        TVector m = TWidth.Create(0.9999999f), c = TWidth.Create(1e-7f);
        TVector a0 = TWidth.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = TWidth.Fma(a0, m, c); a1 = TWidth.Fma(a1, m, c);
            a2 = TWidth.Fma(a2, m, c); a3 = TWidth.Fma(a3, m, c);
            a4 = TWidth.Fma(a4, m, c); a5 = TWidth.Fma(a5, m, c);
            a6 = TWidth.Fma(a6, m, c); a7 = TWidth.Fma(a7, m, c);
            a8 = TWidth.Fma(a8, m, c); a9 = TWidth.Fma(a9, m, c);
            a10 = TWidth.Fma(a10, m, c); a11 = TWidth.Fma(a11, m, c);
        }

        return TWidth.Sum(a0) + TWidth.Sum(a1) + TWidth.Sum(a2) + TWidth.Sum(a3) + TWidth.Sum(a4) + TWidth.Sum(a5)
            + TWidth.Sum(a6) + TWidth.Sum(a7) + TWidth.Sum(a8) + TWidth.Sum(a9) + TWidth.Sum(a10) + TWidth.Sum(a11);
    }

    // The operations the loop needs at one vector width.
    private interface IFmaWidth<TVector>
        where TVector : unmanaged
    {
        static abstract TVector Create(float value);

        static abstract TVector Fma(TVector a, TVector b, TVector c);

        static abstract float Sum(TVector v);
    }

    private readonly struct Width512 : IFmaWidth<Vector512<float>>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Create(float value) => Vector512.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<float> Fma(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Vector512.FusedMultiplyAdd(a, b, c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sum(Vector512<float> v) => Vector512.Sum(v);
    }

    private readonly struct Width256 : IFmaWidth<Vector256<float>>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Create(float value) => Vector256.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Vector256.FusedMultiplyAdd(a, b, c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sum(Vector256<float> v) => Vector256.Sum(v);
    }

    private readonly struct Width128 : IFmaWidth<Vector128<float>>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Create(float value) => Vector128.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Fma(Vector128<float> a, Vector128<float> b, Vector128<float> c) => Vector128.FusedMultiplyAdd(a, b, c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sum(Vector128<float> v) => Vector128.Sum(v);
    }
}
