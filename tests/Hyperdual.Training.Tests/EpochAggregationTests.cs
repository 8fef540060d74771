namespace Hyperdual.Training.Tests;

public sealed class EpochAggregationTests
{
    private static StepRecord Step(long step, double loss, double seconds) => new(step, loss, seconds, 0.0, 1e-3, double.NaN, double.NaN, false, 0.0);

    [Fact]
    public void EpochsAverageTheirStepLossesAndTakeTheEvaluationAtTheirLastStep()
    {
        // Three steps per epoch, seven steps: epochs 1 and 2 complete, step 7 a partial epoch that is left out.
        StepRecord[] steps =
        [
            Step(1, 4.0, 0.5), Step(2, 3.0, 0.5), Step(3, 2.0, 0.5),
            Step(4, 1.5, 0.25), Step(5, 1.0, 0.25), Step(6, 0.5, 0.25),
            Step(7, 0.25, 0.25),
        ];
        EvaluationRecord[] evaluations = [new(0, 5.0, 0.1, 0.0), new(3, 2.5, 0.6, 1.5), new(6, 0.75, 0.9, 2.25)];
        IReadOnlyList<EpochRecord> epochs = EpochAggregation.Aggregate(steps, evaluations, 3);
        Assert.Equal(3, epochs.Count);
        Assert.Equal(new EpochRecord(0, 0, double.NaN, 5.0, 0.1, 0.0), epochs[0]);
        Assert.Equal(new EpochRecord(1, 3, 3.0, 2.5, 0.6, 1.5), epochs[1]);
        Assert.Equal(new EpochRecord(2, 6, 1.0, 0.75, 0.9, 2.25), epochs[2]);
    }

    [Fact]
    public void AnEpochWithoutAnEvaluationHasNaNTestValuesAndSummedSeconds()
    {
        StepRecord[] steps = [Step(1, 2.0, 0.5), Step(2, 1.0, 0.75)];
        IReadOnlyList<EpochRecord> epochs = EpochAggregation.Aggregate(steps, [], 2);
        EpochRecord only = Assert.Single(epochs);
        Assert.Equal(1.5, only.TrainLoss);
        Assert.True(double.IsNaN(only.TestLoss));
        Assert.True(double.IsNaN(only.TestAccuracy));
        Assert.Equal(1.25, only.Seconds);
    }

    [Fact]
    public void StepsWithAGapAreRefused()
    {
        StepRecord[] steps = [Step(1, 2.0, 0.5), Step(3, 1.0, 0.5)];
        Assert.Throws<ArgumentException>(() => EpochAggregation.Aggregate(steps, [], 2));
    }

    [Fact]
    public void ARunAggregatesIntoOneRecordPerEpoch()
    {
        Data.DataSplits data = SyntheticData.Create(train: 200, test: 50, features: 8);
        var options = new TrainingOptions { Model = "logreg", Optimizer = "adam", BatchSize = 50, Steps = 12, EvaluateEvery = 4, Threads = 1 };
        TrainingResult result = Trainer.Run(options, data);
        IReadOnlyList<EpochRecord> epochs = EpochAggregation.Aggregate(result.Steps, result.Evaluations, 4);
        Assert.Equal([0, 1, 2, 3], epochs.Select(e => e.Epoch));
        Assert.Equal(result.Steps.Skip(4).Take(4).Average(s => s.TrainLoss), epochs[2].TrainLoss, 14);
        Assert.Equal(result.Evaluations.Single(e => e.Step == 8).Loss, epochs[2].TestLoss);
    }
}
