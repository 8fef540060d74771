using Hyperdual.Data;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training.Tests;

public sealed class ReconstructionTaskTests
{
    [Fact]
    public void ScoreIsTheMeanSquaredErrorAgainstTheInputComputedByHand()
    {
        // A 2-1-2 autoencoder with every weight and bias 0.5: h = relu(0.5·x₁ + 0.5·x₂ + 0.5), outputs 0.5·h + 0.5.
        // x = (1, −3): h = relu(−0.5) = 0, output (0.5, 0.5), squared errors 0.25 and 12.25.
        // x = (2, 2):  h = 2.5, output (1.75, 1.75), squared errors 0.0625 and 0.0625.
        // MSE over the four values = 12.625 / 4.
        SequentialModel model = ModelZoo.Autoencoder(inputs: 2, hidden: [1]);
        double[] theta = Enumerable.Repeat(0.5, model.Parameters.Count).ToArray();
        var batch = new Batch<double>(new Tensor<double>([1.0, -3.0, 2.0, 2.0], 2, 2), [0, 1]);
        TaskObjective<double> reconstruct = TaskObjective<double>.For(TrainingTask.Reconstruct);
        (double loss, int correct) = reconstruct.Score(new PlainEvaluator<double>(model), batch, theta);
        Assert.Equal(12.625 / 4, loss, 14);
        Assert.Equal(0, correct);
        Assert.False(reconstruct.HasAccuracy);
        Assert.Same(MeanSquaredErrorLoss.Instance, reconstruct.Loss);
        Tensor<double> targets = reconstruct.WithTargets(batch).Targets!;
        Assert.Equal([2, 2], targets.Shape.ToArray());
        Assert.Equal([1.0, -3.0, 2.0, 2.0], targets.ToArray());
    }

    [Fact]
    public void TargetsAreTheFlattenedImageInputs()
    {
        var inputs = new Tensor<float>(Enumerable.Range(0, 2 * 4).Select(i => (float)i).ToArray(), 2, 1, 2, 2);
        Batch<float> batch = TaskObjective<float>.For(TrainingTask.Reconstruct).WithTargets(new Batch<float>(inputs));
        Assert.Equal([2, 4], batch.Targets!.Shape.ToArray());
        Assert.Equal(inputs.ToArray(), batch.Targets.ToArray());
    }

    [Fact]
    public void ClassificationKeepsTheBatchAndUsesCrossEntropy()
    {
        TaskObjective<double> classify = TaskObjective<double>.For(TrainingTask.Classify);
        var batch = new Batch<double>(new Tensor<double>([1.0, 2.0], 1, 2), [1]);
        Assert.Same(batch, classify.WithTargets(batch));
        Assert.Same(CrossEntropyLoss.Instance, classify.Loss);
        Assert.True(classify.HasAccuracy);
    }

    [Fact]
    public void JetAndBackpropAgreeOnTheFullSizeAutoencodersGradient()
    {
        SequentialModel model = ModelZoo.Autoencoder(seed: 4);
        double[] theta = model.Parameters.ValuesArray;
        double[] pixels = [.. Enumerable.Range(0, 3 * 784).Select(i => CounterRandom.Normal(8, 1, (ulong)i))];
        Batch<double> batch = TaskObjective<double>.For(TrainingTask.Reconstruct).WithTargets(new Batch<double>(new Tensor<double>(pixels, 3, 1, 28, 28)));
        (double loss, double[] gradient) = BackpropEvaluator.Evaluate(model, MeanSquaredErrorLoss.Instance, batch, theta);
        Directions directions = Directions.FromSeed(5, 2, theta.Length);
        JetEvaluation jet = new JetEvaluator<double>(model, MeanSquaredErrorLoss.Instance).Evaluate(batch, theta, directions);
        Assert.Equal(jet.Loss, loss, 12);
        for (int i = 0; i < 2; i++)
        {
            double[] v = directions.ToArray(i);
            double reverse = gradient.Select((g, e) => g * v[e]).Sum();
            Assert.True(Math.Abs(reverse - jet.G[i]) <= 1e-9 * Math.Max(1.0, Math.Abs(jet.G[i])), $"direction {i}: reverse {reverse:R}, jet {jet.G[i]:R}");
        }
    }

    [Fact]
    public void AReconstructionRunReportsMseWithoutAccuracyAndLowersIt()
    {
        DataSplits data = SyntheticData.Create(train: 256, test: 64, features: 12);
        var options = new TrainingOptions
        {
            Model = "autoencoder:8,3,8", Task = TrainingTask.Reconstruct, Optimizer = "adam", LearningRate = 1e-2,
            BatchSize = 32, Steps = 40, EvaluateEvery = 8, Threads = 1, Precision = Precision.Double,
        };
        TrainingResult result = Trainer.Run(options, data);
        Assert.All(result.Evaluations, e => Assert.True(double.IsNaN(e.Accuracy)));
        Assert.True(result.Evaluations[^1].Loss < 0.8 * result.Evaluations[0].Loss, $"MSE {result.Evaluations[0].Loss} → {result.Evaluations[^1].Loss}");
        Assert.All(result.Steps, s => Assert.True(double.IsNaN(s.TrustRegion)));
    }

    [Theory]
    [InlineData("soaa")]
    [InlineData("soaa-tadam")]
    public void SoaaRunsRecordTheTrustRegionFactorOfEveryStep(string optimizer)
    {
        DataSplits data = SyntheticData.Create(train: 256, test: 64, features: 12);
        var options = new TrainingOptions
        {
            Model = "mlp:16", Optimizer = optimizer, LearningRate = 1e-2, BatchSize = 32, Steps = 20, EvaluateEvery = 10, Threads = 1,
        };
        TrainingResult result = Trainer.Run(options, data);
        Assert.Equal(1.0, result.Steps[0].TrustRegion);
        Assert.All(result.Steps, s => Assert.True(s.TrustRegion > 0.0 && double.IsFinite(s.TrustRegion)));
        Assert.Contains(result.Steps, s => s.TrustRegion != 1.0);
    }

    [Fact]
    public void TheTwoSoaaVariantsTakeDifferentSteps()
    {
        DataSplits data = SyntheticData.Create(train: 256, test: 64, features: 12);
        var options = new TrainingOptions { Model = "mlp:16", LearningRate = 1e-2, BatchSize = 32, Steps = 10, EvaluateEvery = 10, Threads = 1 };
        TrainingResult vo = Trainer.Run(options with { Optimizer = "soaa" }, data);
        TrainingResult tadam = Trainer.Run(options with { Optimizer = "soaa-tadam" }, data);
        Assert.NotEqual(vo.Parameters, tadam.Parameters);
        Assert.Equal(Optimizers.OptimizerKind.Soaa, OptimizerCatalog.Kind("soaa-tadam"));
    }
}
