using Hyperdual.Data;
using Hyperdual.Experiments.Mnist;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Tests.Mnist;

public sealed class RateSweepTests
{
    private static readonly TrainingOptions Shared = new() { Model = "logreg", BatchSize = 16, Steps = 20, EvaluateEvery = 20, Threads = 1 };

    private static readonly OptimizerChoice Sgd = OptimizerChoice.Parse("sgd");

    [Fact]
    public void The_sweep_picks_the_rate_best_on_validation_even_when_the_test_set_prefers_another()
    {
        // Validation is labelled like the training set; the test set has every label flipped. Learning (rate 1)
        // lowers the validation loss and raises the test loss; barely moving (rate 1e-3) does the opposite.
        LabelledDataSet train = TwoBlobs("train", 64, seed: 1, flip: false);
        LabelledDataSet validation = TwoBlobs("validation", 64, seed: 2, flip: false);
        LabelledDataSet test = TwoBlobs("test", 64, seed: 3, flip: true);
        double[] rates = [1e-3, 1.0];

        IReadOnlyList<StudyRun> sweep = RateSweep.Run("sgd", Sgd, rates, Shared, 0, new DataSplits(train, test, validation));
        StudyRun best = RateSweep.Best(sweep)!;
        Assert.Equal(1.0, best.LearningRate);
        Assert.All(sweep, r => Assert.Equal(StudyRun.SweepPhase, r.Phase));

        // Judged on the test set the other rate would have won: the two splits really disagree.
        double[] testLosses = [.. rates.Select(rate => StudyRunner.Run(StudyRun.TestPhase, "sgd", Sgd, rate, Shared, 0, new DataSplits(train, test, null)).Final!.Loss)];
        Assert.True(testLosses[0] < testLosses[1], $"test losses {testLosses[0]} and {testLosses[1]}");
        double[] validationLosses = [.. sweep.Select(r => r.Final!.Loss)];
        Assert.True(validationLosses[1] < validationLosses[0], $"validation losses {validationLosses[0]} and {validationLosses[1]}");
    }

    [Fact]
    public void A_sweep_without_a_validation_split_is_refused()
    {
        LabelledDataSet train = TwoBlobs("train", 64, seed: 1, flip: false);
        Assert.Throws<ArgumentException>(() => RateSweep.Run("sgd", Sgd, [0.1], Shared, 0, new DataSplits(train, train, null)));
    }

    [Fact]
    public void A_diverging_candidate_is_recorded_with_its_step_and_never_chosen()
    {
        LabelledDataSet train = TwoBlobs("train", 64, seed: 1, flip: false);
        LabelledDataSet validation = TwoBlobs("validation", 64, seed: 2, flip: false);
        IReadOnlyList<StudyRun> sweep = RateSweep.Run("sgd", Sgd, [0.1, 1e300], Shared, 0, new DataSplits(train, validation, validation));
        StudyRun diverged = sweep[1];
        Assert.True(diverged.Diverged);
        Assert.InRange(diverged.DivergedAtStep!.Value, 1, Shared.Steps);
        Assert.Equal(0L, diverged.Evaluations[0].Step); // what it reached is kept
        Assert.Contains("sgd, seed 0", diverged.DivergenceMessage, StringComparison.Ordinal);
        Assert.Equal(0.1, RateSweep.Best(sweep)!.LearningRate);
        Assert.Null(RateSweep.Best([diverged]));
    }

    [Fact]
    public void Best_takes_the_lowest_final_loss_among_finished_candidates_and_the_smaller_rate_on_a_tie()
    {
        StudyRun Candidate(double rate, double loss, long lastStep = 10, long? diverged = null) =>
            new("logreg", StudyRun.SweepPhase, "x", rate, 0, 10, [new EvaluationRecord(0, 2.3, 0.1, 0), new EvaluationRecord(lastStep, loss, 0.5, 1)], 0.01, diverged, null, 1);
        Assert.Equal(0.1, RateSweep.Best([Candidate(0.01, 0.9), Candidate(0.1, 0.5), Candidate(1.0, 0.7)])!.LearningRate);
        Assert.Equal(0.01, RateSweep.Best([Candidate(0.1, 0.5), Candidate(0.01, 0.5)])!.LearningRate);
        Assert.Equal(0.01, RateSweep.Best([Candidate(0.01, 0.9), Candidate(0.1, double.NaN), Candidate(1.0, 0.1, lastStep: 5, diverged: 6)])!.LearningRate);
    }

    // Two Gaussian blobs in the plane, class 0 around (−1, 0) and class 1 around (1, 0); flip swaps the labels.
    private static LabelledDataSet TwoBlobs(string name, int count, int seed, bool flip)
    {
        var random = new Random(seed);
        var features = new float[count * 2];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            int label = i % 2;
            features[2 * i] = (label == 0 ? -1f : 1f) + (0.3f * (float)(random.NextDouble() - 0.5));
            features[(2 * i) + 1] = 0.3f * (float)(random.NextDouble() - 0.5);
            labels[i] = flip ? 1 - label : label;
        }

        return new LabelledDataSet(name, features, labels, [2], 2);
    }
}
