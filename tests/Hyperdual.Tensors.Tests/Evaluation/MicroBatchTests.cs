using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Evaluation;

/// <summary>(L, g, H̃) and (L, ∇L) are means over examples: evaluated a micro-batch at a time and weighted by
/// size, they equal one evaluation of the whole batch to rounding.</summary>
public sealed class MicroBatchTests
{
    private const double Tolerance = 1e-12;

    [Theory]
    [InlineData("logreg", 3)]
    [InlineData("mlp", 4)]
    [InlineData("cnn", 3)]
    [InlineData("cnn", 1)]
    public void JetEvaluationOfMicroBatchesEqualsTheWholeBatch(string name, int microBatch)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create(name);
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 10, 6);
        double[] theta = model.Parameters.ValuesArray;
        Directions directions = Directions.FromSeed(4, 3, theta.Length);
        var evaluator = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        JetEvaluation whole = evaluator.Evaluate(batch, theta, directions);
        JetEvaluation split = evaluator.Evaluate(batch, theta, directions, null, microBatch);
        Close(whole.Loss, split.Loss);
        for (int i = 0; i < 3; i++)
        {
            Close(whole.G[i], split.G[i]);
            for (int j = 0; j < 3; j++)
            {
                Close(whole.H[i, j], split.H[i, j]);
            }
        }

        // A second call reuses the views on the same batch and gives the same numbers.
        JetEvaluation again = evaluator.Evaluate(batch, theta, directions, null, microBatch);
        Assert.Equal(split.Loss, again.Loss);
        Assert.Equal(split.G, again.G);
    }

    [Fact]
    public void EveryPartSeesTheDirectionsOfTheFirst()
    {
        // A batch of one example repeated: every part's (L, g, H̃) is that example's, so the weighted sum equals
        // one evaluation of the single example only if every part used the same K directions.
        (IModel model, int[] shape, int classes) = TestModels.Create("mlp");
        Batch<double> one = TestModels.RandomBatch<double>(shape, classes, 1, 3);
        var repeated = new Batch<double>(
            Tensor<double>.FromDoubles([.. Enumerable.Repeat(one.Inputs.ToArray(), 6).SelectMany(v => v)], [6, .. shape]),
            [.. Enumerable.Repeat(one.Labels![0], 6)]);
        double[] theta = model.Parameters.ValuesArray;
        var evaluator = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        JetEvaluation single = evaluator.Evaluate(one, theta, Directions.FromSeed(8, 3, theta.Length));
        JetEvaluation parts = evaluator.Evaluate(repeated, theta, Directions.FromSeed(8, 3, theta.Length), null, 2);
        Close(single.Loss, parts.Loss);
        for (int i = 0; i < 3; i++)
        {
            Close(single.G[i], parts.G[i]);
            for (int j = 0; j < 3; j++)
            {
                Close(single.H[i, j], parts.H[i, j]);
            }
        }

        // The next evaluation draws its own directions: a reused evaluator equals a fresh one.
        Directions other = Directions.FromSeed(9, 3, theta.Length);
        JetEvaluation reused = evaluator.Evaluate(repeated, theta, other, null, 2);
        JetEvaluation fresh = new JetEvaluator<double>(model, CrossEntropyLoss.Instance).Evaluate(repeated, theta, other, null, 2);
        Assert.Equal(fresh.G, reused.G);
        Assert.NotEqual(parts.G, reused.G);
    }

    [Fact]
    public void MicroBatchesHoldLessThanTheWholeBatch()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("cnn");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 32, 2);
        double[] theta = model.Parameters.ValuesArray;
        Directions directions = Directions.FromSeed(4, 3, theta.Length);
        var whole = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        _ = whole.Evaluate(batch, theta, directions);
        var split = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        _ = split.Evaluate(batch, theta, directions, null, 8);
        Assert.True(split.Workspace.PeakRentedElements * 2 < whole.Workspace.PeakRentedElements,
            $"micro-batches of 8: {split.Workspace.PeakRentedElements}, whole batch of 32: {whole.Workspace.PeakRentedElements}");
    }

    [Theory]
    [InlineData("logreg")]
    [InlineData("mlp")]
    [InlineData("cnn")]
    public void AccumulatedGradientAndPlainLossEqualTheWholeBatch(string name)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create(name);
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 11, 8);
        double[] theta = model.Parameters.ValuesArray;
        var evaluator = new BackpropEvaluator<double>(model, CrossEntropyLoss.Instance);
        (double loss, double[] gradient) = evaluator.Evaluate(batch, theta);
        var accumulated = new double[theta.Length];
        Close(loss, evaluator.Evaluate(batch, theta, accumulated, 4));
        for (int e = 0; e < theta.Length; e++)
        {
            Assert.True(Math.Abs(gradient[e] - accumulated[e]) <= Tolerance * Math.Max(1e-3, Math.Abs(gradient[e])), $"∂L/∂θ[{e}]: {gradient[e]} whole, {accumulated[e]} accumulated");
        }

        var plain = new PlainEvaluator<double>(model);
        Close(plain.Loss(CrossEntropyLoss.Instance, batch, theta), plain.Loss(CrossEntropyLoss.Instance, batch, theta, 5));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(256, 256)]
    [InlineData(257, 129)]
    [InlineData(1000, 250)]
    [InlineData(2048, 256)]
    public void AutomaticSplitsIntoTheFewestEqualPartsOfAtMost256(int batchSize, int expected) =>
        Assert.Equal(expected, MicroBatches.Automatic(batchSize));

    [Fact]
    public void SplitViewsFollowTheBatchContents()
    {
        var inputs = new Tensor<double>([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5, 2);
        int[] labels = [0, 1, 2, 3, 4];
        var batch = new Batch<double>(inputs, labels);
        var splitter = new MicroBatches<double>();
        Batch<double>[] parts = splitter.Split(batch, 2).ToArray();
        Assert.Equal([2, 2, 1], parts.Select(p => p.Size));
        Assert.Equal([4.0, 5, 6, 7], parts[1].Inputs.ToArray());
        Assert.Equal([4], parts[2].Labels!);
        inputs[9] = 90;
        labels[4] = 7;
        Batch<double>[] again = splitter.Split(batch, 2).ToArray();
        Assert.Same(parts[2], again[2]);
        Assert.Equal([8.0, 90], again[2].Inputs.ToArray());
        Assert.Equal([7], again[2].Labels!);
        Assert.Same(batch, splitter.Split(batch, 5)[0]);
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1e-3, Math.Abs(expected)), $"whole {expected}, micro-batched {actual}");
}
