using System.Diagnostics;
using System.Globalization;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>
/// Quick timings of <see cref="ConvolutionBenchmarks"/> without BenchmarkDotNet (best of several runs):
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --conv [--threads N]</c>; with one thread
/// the time is the thread's CPU time (see <see cref="ThreadCpuClock"/>).
/// </summary>
public static class ConvolutionTimingReport
{
    public static void Run(string[] args)
    {
        int index = Array.IndexOf(args, "--threads");
        int threads = index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : KernelSettings.MaxThreads;
        KernelSettings.MaxThreads = threads;
        bool cpuTime = threads == 1 && ThreadCpuClock.IsAvailable;
        Console.WriteLine($"batch 256, fp32, {threads} thread(s), {(cpuTime ? "thread CPU time" : "wall-clock time")}");
        Console.WriteLine($"{"layer",-6} {"op",-15} {"best ms",9}");
        foreach (string layer in new[] { "conv1", "conv2" })
        {
            var bench = new ConvolutionBenchmarks { Layer = layer };
            bench.Setup();
            foreach ((string name, Action action) in new (string, Action)[]
            {
                ("Forward", bench.Forward), ("BackwardInput", bench.BackwardInput), ("BackwardWeight", bench.BackwardWeight), ("MaxPool", bench.MaxPool),
            })
            {
                action();
                double best = double.MaxValue;
                var clock = new Stopwatch();
                for (int i = 0; i < 20; i++)
                {
                    clock.Restart();
                    double cpuStart = ThreadCpuClock.Seconds();
                    action();
                    double ms = cpuTime ? (ThreadCpuClock.Seconds() - cpuStart) * 1e3 : clock.Elapsed.TotalMilliseconds;
                    best = Math.Min(best, ms);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{layer,-6} {name,-15} {best,9:F2}"));
            }
        }
    }
}
