using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>
/// fp32 GEMM, ours against OpenBLAS <c>cblas_sgemm</c> in the same run, single-threaded on both sides,
/// at the square sizes and the model shapes (<see cref="GemmShape.All"/>). The GFLOP/s column is
/// 2·m·n·k divided by the mean time. The OpenBLAS rows are skipped when <c>libopenblas.so.0</c> is absent.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*GemmBenchmarks*'</c>
/// (prefix with <c>env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE</c> for OpenBLAS's AVX-512 kernel).
/// </summary>
[Config(typeof(ShortJobConfig))]
public class GemmBenchmarks
{
    private GemmData? data;

    public static IEnumerable<GemmShape> Shapes => GemmShape.All;

    [ParamsSource(nameof(Shapes))]
    public GemmShape Shape { get; set; } = GemmShape.All[0];

    [GlobalSetup]
    public void Setup()
    {
        data = new GemmData(Shape);
        OpenBlas.SetThreads(1);
        Console.WriteLine($"// {Shape.Name}: {Shape.Dimensions}; ours at {KernelSettings.SimdLevel}; {OpenBlas.Description}");
    }

    [GlobalCleanup]
    public void Cleanup() => data?.Dispose();

    [Benchmark(Baseline = true, Description = "Hyperdual")]
    public void Ours() => data!.RunOurs(KernelSettings.SimdLevel, threads: 1);

    [Benchmark(Description = "OpenBLAS")]
    public void OpenBlasSgemm()
    {
        if (OpenBlas.IsAvailable)
        {
            data!.RunOpenBlas();
        }
    }

    /// <summary>Short job (warmup 1, 3 iterations) plus a GFLOP/s column.</summary>
    private sealed class ShortJobConfig : ManualConfig
    {
        public ShortJobConfig()
        {
            AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
            AddColumn(new GflopsColumn());
            AddColumnProvider(DefaultColumnProviders.Instance);
            WithOption(ConfigOptions.DisableOptimizationsValidator, false);
        }
    }

    /// <summary>GFLOP/s from the shape's flop count and the mean time.</summary>
    private sealed class GflopsColumn : IColumn
    {
        public string Id => nameof(GflopsColumn);

        public string ColumnName => "GFLOP/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "2·m·n·k / mean time, in 1e9 per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            if (report?.ResultStatistics is null || benchmarkCase.Parameters["Shape"] is not GemmShape shape)
            {
                return "-";
            }

            if (benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(OpenBlasSgemm) && !OpenBlas.IsAvailable)
            {
                return "n/a";
            }

            double seconds = report.ResultStatistics.Mean / 1e9;
            return (shape.Flops / seconds / 1e9).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
