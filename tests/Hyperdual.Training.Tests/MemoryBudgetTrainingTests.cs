using Hyperdual.Data;
using Hyperdual.Tensors;

namespace Hyperdual.Training.Tests;

/// <summary>A run under a memory budget evaluates in the largest micro-batches whose workspace fits, and the
/// workspace peak its evaluators count stays under the budget.</summary>
public sealed class MemoryBudgetTrainingTests
{
    [Theory]
    [InlineData("fomoh-kd:3", "mlp", 512, 2)]
    [InlineData("fomoh-kd:3", "mlp", 1024, 3)]
    [InlineData("fomoh-kd:3", "cnn", 96, 2)]
    [InlineData("adam", "mlp", 512, 2)]
    [InlineData("fomoh-bp", "mlp", 512, 2)]
    public void A_budget_below_the_whole_batch_peak_splits_the_batch_and_the_peak_stays_under_it(string spec, string model, int batch, int fraction)
    {
        DataSplits data = model == "cnn" ? Images() : SyntheticData.Create(train: 1200, features: 784);
        TrainingOptions options = OptimizerChoice.Parse(spec).Apply(new TrainingOptions
        {
            Model = model, BatchSize = batch, Steps = 2, EvaluateEvery = 1000, Seed = 1, Threads = 1,
        });

        // The whole batch's peak, measured, sets a budget it cannot meet.
        TrainingRun<float> whole = Run(options with { MicroBatch = batch }, data);
        long wholePeak = Math.Max(whole.JetWorkspacePeakBytes, whole.GradientWorkspacePeakBytes);
        long budget = wholePeak / fraction;

        TrainingRun<float> budgeted = Run(options with { MemoryBudget = budget }, data);
        bool jets = OptimizerCatalog.IsForward(options.Optimizer);
        int chosen = jets ? budgeted.Plan.Jet : budgeted.Plan.Gradient;
        Assert.InRange(chosen, 1, batch - 1);
        Assert.True(budgeted.JetWorkspacePeakBytes <= budget, $"{spec} {model}: jet workspace peak {budgeted.JetWorkspacePeakBytes} B over the budget {budget} B (micro-batch {budgeted.Plan.Jet})");
        Assert.True(budgeted.GradientWorkspacePeakBytes <= budget, $"{spec} {model}: gradient workspace peak {budgeted.GradientWorkspacePeakBytes} B over the budget {budget} B (micro-batch {budgeted.Plan.Gradient})");
    }

    [Fact]
    public void A_budget_that_holds_the_whole_batch_keeps_it_whole()
    {
        DataSplits data = SyntheticData.Create(features: 784);
        var options = new TrainingOptions { Model = "mlp", BatchSize = 40, Steps = 1, Seed = 1, Threads = 1, MemoryBudget = 1L << 40 };
        Assert.Equal(40, MicroBatchPlan.For(options, data).Jet);
    }

    [Fact]
    public void A_budget_below_one_example_is_refused_naming_the_budget()
    {
        DataSplits data = SyntheticData.Create(features: 784);
        var options = new TrainingOptions { Model = "mlp", BatchSize = 40, Steps = 1, Seed = 1, Threads = 1, MemoryBudget = 1024 };
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => MicroBatchPlan.For(options, data));
        Assert.Equal(nameof(TrainingOptions.MemoryBudget), e.ParamName);
        Assert.Contains("a jet evaluation of one example needs about", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_and_a_micro_batch_together_are_refused()
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new TrainingOptions { MicroBatch = 8, MemoryBudget = 1 << 20 }.Validate());
        Assert.Equal(nameof(TrainingOptions.MemoryBudget), e.ParamName);
    }

    [Theory]
    [InlineData(10, 1, 10)]
    [InlineData(10, 2, 5)]
    [InlineData(10, 3, 4)]
    [InlineData(10, 4, 3)]
    [InlineData(2048, 8, 256)]
    public void Part_sizes_divide_the_batch_into_at_most_that_many_parts(int batch, int parts, int expected) =>
        Assert.Equal(expected, MicroBatches.PartSize(batch, parts));

    private static TrainingRun<float> Run(TrainingOptions options, DataSplits data)
    {
        var run = new TrainingRun<float>(options, data, null);
        _ = run.Run(null, null, null, CancellationToken.None);
        return run;
    }

    // 1 × 28 × 28 images: the synthetic classes' features laid out as pictures.
    private static DataSplits Images()
    {
        DataSplits flat = SyntheticData.Create(train: 300, test: 20, features: 784);
        LabelledDataSet AsImages(LabelledDataSet set) => new(set.Name, set.Features, set.Labels, [1, 28, 28], set.ClassCount);
        return new DataSplits(AsImages(flat.Train), AsImages(flat.Test), null);
    }
}
