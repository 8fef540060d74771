using System.Diagnostics;
using System.Globalization;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>
/// Quick GFLOP/s table for the GEMM shapes, ours against OpenBLAS (when present), fp32:
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --gflops [--threads N] [--level v512|v256|v128|scalar] [--filter text]</c>.
/// Each cell is the best of several timed runs of at least 0.3 s in total; single-threaded runs are timed
/// by the thread's CPU time (see <see cref="ThreadCpuClock"/>) unless <c>--wall</c> is given. BenchmarkDotNet
/// (<see cref="GemmBenchmarks"/>) is the measured reference; this is the fast iteration loop.
/// </summary>
public static unsafe class GemmGflopsReport
{
    public static void Run(string[] args)
    {
        int threads = 1;
        string? filter = null;
        SimdLevel level = KernelSettings.SimdLevel;
        for (int i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--threads": threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--filter": filter = args[i + 1]; break;
                case "--level":
                    if (!KernelSettings.TryParseSimdLevel(args[i + 1], out level))
                    {
                        throw new ArgumentException($"unknown level {args[i + 1]}");
                    }

                    break;
            }
        }

        OpenBlas.SetThreads(threads);
        bool cpuTime = threads == 1 && ThreadCpuClock.IsAvailable && !args.Contains("--wall");
        Console.WriteLine($"fp32 GEMM, {threads} thread(s), ours at {level}; {OpenBlas.Description}");
        Console.WriteLine(cpuTime
            ? "timing: best thread CPU time per call (excludes time spent waiting for a core; --wall for wall-clock)"
            : "timing: best wall-clock time per call");
        Console.WriteLine($"{"shape",-14} {"M x K x N",-22} {"ours GFLOP/s",13} {"OpenBLAS",10} {"ratio",7}");
        foreach (GemmShape shape in GemmShape.All)
        {
            if (filter is not null && !shape.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var data = new GemmData(shape);
            double ours = Measure(shape, () => data.RunOurs(level, threads), cpuTime);
            double blas = OpenBlas.IsAvailable ? Measure(shape, data.RunOpenBlas, cpuTime) : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{shape.Name,-14} {shape.Dimensions,-22} {ours,13:F1} {blas,10:F1} {ours / blas,7:F2}"));
        }
    }

    private static double Measure(GemmShape shape, Action run, bool cpuTime)
    {
        run();
        double best = double.MaxValue, total = 0;
        int reps = 0;
        var clock = new Stopwatch();
        while (reps < 3 || (total < 0.3 && reps < 200))
        {
            clock.Restart();
            double cpuStart = ThreadCpuClock.Seconds();
            run();
            double seconds = cpuTime ? ThreadCpuClock.Seconds() - cpuStart : clock.Elapsed.TotalSeconds;
            best = Math.Min(best, seconds);
            total += seconds;
            reps++;
        }

        return shape.Flops / best / 1e9;
    }
}
