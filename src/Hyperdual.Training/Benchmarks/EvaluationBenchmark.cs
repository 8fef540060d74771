using System.Diagnostics;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training.Benchmarks;

/// <summary>
/// Times one step's derivative evaluation of a built-in model in float32 on a synthetic MNIST-shaped batch
/// (784 inputs, 10 classes): a K-direction jet (FoMoH-KD's L, g, H̃) or a backprop pass (Adam's L, ∇L).
/// One warm-up evaluation, then the median of the repeats.
/// </summary>
public static class EvaluationBenchmark
{
    /// <summary>The shape of one synthetic example.</summary>
    public static readonly int[] ExampleShape = [784];

    /// <summary>Measures one configuration.</summary>
    /// <param name="model">A built-in model's name.</param>
    /// <param name="method">Jet or backprop.</param>
    /// <param name="k">The number of directions (jet only).</param>
    /// <param name="batch">The batch size.</param>
    /// <param name="microBatch">The most examples evaluated at once (null: the whole batch).</param>
    /// <param name="repeat">The timed evaluations.</param>
    /// <returns>The row.</returns>
    public static BenchmarkRow Run(string model, BenchmarkMethod method, int k, int batch, int? microBatch, int repeat)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        SequentialModel m = ModelZoo.Create(model, 0);
        ModelFlops flops = ModelFlops.Count(m, ExampleShape);
        Batch<float> data = SyntheticBatch(batch, 0);
        double[] theta = m.Parameters.ValuesArray;
        int micro = Math.Min(batch, microBatch ?? batch);
        bool own = ProcessMemory.ResetPeak();
        var times = new double[repeat];
        long workspacePeak;
        if (method == BenchmarkMethod.Jet)
        {
            var evaluator = new JetEvaluator<float>(m, CrossEntropyLoss.Instance);
            Directions directions = Directions.FromSeed(1, k, theta.Length);
            _ = evaluator.Evaluate(data, theta, directions, null, micro);
            for (int r = 0; r < repeat; r++)
            {
                long start = Stopwatch.GetTimestamp();
                _ = evaluator.Evaluate(data, theta, directions, null, micro);
                times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            workspacePeak = evaluator.Workspace.PeakRentedBytes;
        }
        else
        {
            var evaluator = new BackpropEvaluator<float>(m, CrossEntropyLoss.Instance);
            var gradient = new float[theta.Length];
            _ = evaluator.Evaluate(data, theta, gradient, micro);
            for (int r = 0; r < repeat; r++)
            {
                long start = Stopwatch.GetTimestamp();
                _ = evaluator.Evaluate(data, theta, gradient, micro);
                times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            workspacePeak = evaluator.Workspace.PeakRentedBytes;
        }

        double count = method == BenchmarkMethod.Jet ? flops.Jet(batch, k) : flops.Backprop(batch);
        return new BenchmarkRow(m.Name, method, method == BenchmarkMethod.Jet ? k : 0, batch, micro, Statistics.Median(times), count,
            workspacePeak, ProcessMemory.PeakResidentBytes(), own);
    }

    /// <summary>A synthetic batch: inputs uniform in [0, 1), labels uniform over 10 classes, from a seed.</summary>
    /// <param name="size">The number of examples.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The batch.</returns>
    public static Batch<float> SyntheticBatch(int size, int seed)
    {
        var random = new Random(seed);
        var values = new float[size * ExampleShape[0]];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = random.NextSingle();
        }

        var labels = new int[size];
        for (int r = 0; r < size; r++)
        {
            labels[r] = random.Next(10);
        }

        return new Batch<float>(new Tensor<float>(values, size, ExampleShape[0]), labels);
    }
}
