using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Hyperdual.Benchmarks.Tape;

/// <summary>
/// One backprop step (L, ∇L) against one K = 3 jet evaluation (L, g, H) of the cnn's loss in float32,
/// with BenchmarkDotNet's memory diagnoser (steady state: workspaces warm). Run:
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*TapeVsJetBenchmarks*'</c>
/// (environment <c>HYPERDUAL_BENCH_CNN_BATCH</c> overrides the batch, default 256;
/// <c>HYPERDUAL_BENCH_THREADS</c> the kernel threads, default all cores). Peak workspace memory is in
/// the <c>--tape-memory</c> console report.
/// </summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class TapeVsJetBenchmarks
{
    private TapeWorkload? _workload;

    private static int Batch => int.TryParse(Environment.GetEnvironmentVariable("HYPERDUAL_BENCH_CNN_BATCH"), out int b) ? b : 256;

    private static int Threads => int.TryParse(Environment.GetEnvironmentVariable("HYPERDUAL_BENCH_THREADS"), out int t) ? t : Environment.ProcessorCount;

    [GlobalSetup]
    public void Setup() => _workload = new TapeWorkload("cnn", Batch, k: 3, Threads);

    [Benchmark(Baseline = true, Description = "backprop step")]
    public double Backprop() => _workload!.BackpropStep();

    [Benchmark(Description = "jet K = 3")]
    public double Jet() => _workload!.Jet();

    /// <summary>Short job: one warmup, three iterations, one launch.</summary>
    private sealed class ShortJobConfig : ManualConfig
    {
        public ShortJobConfig()
        {
            AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
        }
    }
}
