namespace Hyperdual.Training.Benchmarks;

/// <summary>One measured configuration of <see cref="StepBenchmark"/>.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Method">Jet or backprop.</param>
/// <param name="K">The number of directions (jet only; 0 for backprop).</param>
/// <param name="Batch">The batch size.</param>
/// <param name="MicroBatch">The micro-batch size the evaluation used.</param>
/// <param name="MedianMilliseconds">The median time of one whole training step (directions, evaluation, update).</param>
/// <param name="MedianEvaluationMilliseconds">The median time of the step's derivative evaluation alone.</param>
/// <param name="Flops">The GEMM and convolution FLOPs of one step's evaluation (see <see cref="ModelFlops"/>; the update's
/// O(K·n) work is not counted).</param>
/// <param name="WorkspacePeakBytes">The most bytes the evaluation's workspace held at once (counted).</param>
/// <param name="ProcessPeakBytes">The process's resident-memory high-water mark after the configuration (null where unknown).</param>
/// <param name="ProcessPeakIsOwn">Whether the high-water mark was restarted before the configuration (else it includes earlier ones).</param>
/// <param name="WarmUpSteps">The untimed steps run before the timed ones.</param>
/// <param name="TimedSteps">The steps the medians are taken over.</param>
public sealed record BenchmarkRow(
    string Model,
    BenchmarkMethod Method,
    int K,
    int Batch,
    int MicroBatch,
    double MedianMilliseconds,
    double MedianEvaluationMilliseconds,
    double Flops,
    long WorkspacePeakBytes,
    long? ProcessPeakBytes,
    bool ProcessPeakIsOwn,
    int WarmUpSteps,
    int TimedSteps)
{
    /// <summary>The achieved rate, the evaluation's FLOPs over the median time of the whole step.</summary>
    public double Gflops => Flops / (MedianMilliseconds * 1e6);
}
