using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Hyperdual.Benchmarks.Jets;

/// <summary>
/// One K-direction jet evaluation of a model's loss (float32, L, g and the whole K×K H) against the
/// same (L, g, H) computed as K(K+1)/2 separate hyper-dual passes on the same kernels. The Ratio
/// column is the measured saving of sharing value and tangents across pairs (arithmetic predicts
/// about 0.45 at K = 3 on the cnn). Run:
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*JetEvaluationBenchmarks*'</c>
/// (environment <c>HYPERDUAL_BENCH_CNN_BATCH</c> overrides the cnn batch, default 256;
/// <c>HYPERDUAL_BENCH_THREADS</c> the kernel threads, default all cores).
/// </summary>
[Config(typeof(ShortJobConfig))]
public class JetEvaluationBenchmarks
{
    private JetWorkload? _workload;

    public static IEnumerable<string> Workloads => ["logreg/1024", $"cnn/{CnnBatch}"];

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "logreg/1024";

    [Params(1, 2, 3, 4)]
    public int K { get; set; }

    private static int CnnBatch => int.TryParse(Environment.GetEnvironmentVariable("HYPERDUAL_BENCH_CNN_BATCH"), out int b) ? b : 256;

    private static int Threads => int.TryParse(Environment.GetEnvironmentVariable("HYPERDUAL_BENCH_THREADS"), out int t) ? t : Environment.ProcessorCount;

    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Workload.Split('/');
        _workload = new JetWorkload(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), K, Threads);
    }

    [Benchmark(Baseline = true, Description = "jet (all pairs)")]
    public double Jet() => _workload!.Jet();

    [Benchmark(Description = "separate hyper-dual passes")]
    public double SeparatePasses() => _workload!.SeparatePasses();

    /// <summary>Short job: one warmup, three iterations, one launch.</summary>
    private sealed class ShortJobConfig : ManualConfig
    {
        public ShortJobConfig()
        {
            AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
            WithOption(ConfigOptions.DisableOptimizationsValidator, false);
        }
    }
}
