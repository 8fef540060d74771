using Hyperdual.Data;

namespace Hyperdual.Training.Tests;

/// <summary>A run whose steps are evaluated a micro-batch at a time follows the whole-batch run to rounding.</summary>
public sealed class MicroBatchTrainingTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("fomoh-kd:3")]
    [InlineData("fomoh-kd:2+momentum")]
    [InlineData("adam")]
    public void Micro_batched_run_follows_the_whole_batch_run(string spec)
    {
        DataSplits data = SyntheticData.Create();
        TrainingOptions options = OptimizerChoice.Parse(spec).Apply(new TrainingOptions
        {
            Model = "logreg", BatchSize = 50, Steps = 12, EvaluateEvery = 6, Seed = 3, Threads = 1, Precision = Precision.Double,
        });
        TrainingResult whole = Trainer.Run(options with { MicroBatch = 50 }, data);
        TrainingResult split = Trainer.Run(options with { MicroBatch = 7 }, data);

        Assert.Equal(whole.Steps.Count, split.Steps.Count);
        for (int s = 0; s < whole.Steps.Count; s++)
        {
            Close(whole.Steps[s].TrainLoss, split.Steps[s].TrainLoss, $"step {s + 1} loss");
            Close(whole.Steps[s].UpdateNorm, split.Steps[s].UpdateNorm, $"step {s + 1} update norm");
        }

        for (int e = 0; e < whole.Parameters.Length; e++)
        {
            Close(whole.Parameters[e], split.Parameters[e], $"θ[{e}]");
        }
    }

    [Fact]
    public void A_micro_batch_below_one_is_refused()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { MicroBatch = 0 }.Validate());
        Assert.Equal(nameof(TrainingOptions.MicroBatch), e.ParamName);
    }

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1e-3, Math.Abs(expected)), $"{what}: whole batch {expected}, micro-batched {actual}");
}
