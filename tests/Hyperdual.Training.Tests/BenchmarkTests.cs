using Hyperdual.Tensors.Models;
using Hyperdual.Training.Benchmarks;

namespace Hyperdual.Training.Tests;

public sealed class BenchmarkTests
{
    [Fact]
    public void Layer_flops_are_counted_from_the_shapes()
    {
        // conv1 20×1×5×5 over 24×24 outputs, conv2 50×20×5×5 over 8×8, fc1 800→500, fc2 500→10; 2 FLOPs per multiply-add.
        ModelFlops cnn = ModelFlops.Count(ModelZoo.Cnn(), [784]);
        Assert.Equal([2.0 * 500 * 576, 2.0 * 25_000 * 64, 2.0 * 400_000, 2.0 * 5_000], cnn.LayerFlopsPerExample);
        ModelFlops logreg = ModelFlops.Count(ModelZoo.LogisticRegression(), [784]);
        Assert.Equal(3 * (2.0 * 7840) * 3, logreg.Backprop(3)); // three forward passes' worth, batch 3

        // K = 3: the first layer 1 + K = 4 products, the others 1 + 7.5 + 13.5 = 22.
        ModelFlops mlp = ModelFlops.Count(ModelZoo.Mlp(), [784]);
        Assert.Equal(2 * ((4.0 * 2 * 784 * 128) + (22.0 * 2 * 128 * 10)), mlp.Jet(2, 3)); // batch 2, 2 FLOPs per multiply-add
    }

    [Fact]
    public void Depth_sweep_jet_peak_is_flat_and_backprop_grows()
    {
        // From depth 4 on every layer but the first carries second-order parts (depth 2's only such layer is the small last one).
        IReadOnlyList<DepthSweepRow> rows = DepthSweep.Run([4, 12], width: 64, batch: 16, k: 2);
        Assert.Equal([4, 12], rows.Select(r => r.Depth));
        Assert.True(rows[1].JetPeakBytes <= rows[0].JetPeakBytes * 1.10, $"jet {rows[0].JetPeakBytes} → {rows[1].JetPeakBytes}");
        Assert.True(rows[1].BackpropPeakBytes >= rows[0].BackpropPeakBytes * 2, $"backprop {rows[0].BackpropPeakBytes} → {rows[1].BackpropPeakBytes}");
        byte[] png = DepthSweep.Plot(rows, 64, 16, 2);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
    }

    [Fact]
    public void Step_benchmark_times_whole_steps_and_reports_the_counted_flops_and_the_workspace_peak()
    {
        BenchmarkRow jet = StepBenchmark.Run("logreg", BenchmarkMethod.Jet, 2, 8, null, null, 2, TimeSpan.Zero);
        Assert.Equal(2.0 * 7840 * 3 * 8, jet.Flops); // one layer, the first: 1 + K products
        Assert.True(jet.MedianEvaluationMilliseconds > 0);
        Assert.True(jet.MedianMilliseconds >= jet.MedianEvaluationMilliseconds, $"step {jet.MedianMilliseconds} ms, evaluation {jet.MedianEvaluationMilliseconds} ms");
        Assert.True(jet.WorkspacePeakBytes > 0);
        Assert.Equal(8, jet.MicroBatch);
        Assert.Equal((1, 2), (jet.WarmUpSteps, jet.TimedSteps));
        BenchmarkRow split = StepBenchmark.Run("logreg", BenchmarkMethod.Backprop, 0, 8, 3, null, 1, TimeSpan.Zero);
        Assert.Equal(3, split.MicroBatch);
        Assert.Equal(0, split.K);
    }

    [Fact]
    public void Step_benchmark_warms_up_for_the_given_time_before_it_times_the_repeats()
    {
        // A logreg step on 8 examples takes well under a millisecond, so a 1 s warm-up is many steps, capped.
        BenchmarkRow row = StepBenchmark.Run("logreg", BenchmarkMethod.Backprop, 0, 8, null, null, 3, TimeSpan.FromSeconds(1));
        Assert.InRange(row.WarmUpSteps, 2, StepBenchmark.MaxWarmUpSteps);
        Assert.Equal(3, row.TimedSteps);
    }

    [Fact]
    public void Fma_peak_is_positive() =>
        Assert.True(FmaPeak.MeasureGflops(1, TimeSpan.FromMilliseconds(50)) > 0);
}
