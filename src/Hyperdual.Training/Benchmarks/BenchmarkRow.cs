namespace Hyperdual.Training.Benchmarks;

/// <summary>One measured configuration of <see cref="EvaluationBenchmark"/>.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Method">Jet or backprop.</param>
/// <param name="K">The number of directions (jet only; 0 for backprop).</param>
/// <param name="Batch">The batch size.</param>
/// <param name="MicroBatch">The micro-batch size the evaluation used.</param>
/// <param name="MedianMilliseconds">The median time of one evaluation.</param>
/// <param name="Flops">The GEMM and convolution FLOPs of one evaluation (see <see cref="ModelFlops"/>).</param>
/// <param name="WorkspacePeakBytes">The most bytes the evaluation's workspace held at once (counted).</param>
/// <param name="ProcessPeakBytes">The process's resident-memory high-water mark after the configuration (null where unknown).</param>
/// <param name="ProcessPeakIsOwn">Whether the high-water mark was restarted before the configuration (else it includes earlier ones).</param>
public sealed record BenchmarkRow(
    string Model,
    BenchmarkMethod Method,
    int K,
    int Batch,
    int MicroBatch,
    double MedianMilliseconds,
    double Flops,
    long WorkspacePeakBytes,
    long? ProcessPeakBytes,
    bool ProcessPeakIsOwn)
{
    /// <summary>The achieved rate, FLOPs over the median time.</summary>
    public double Gflops => Flops / (MedianMilliseconds * 1e6);
}
