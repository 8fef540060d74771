using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;
using Hyperdual.Tensors.Verification;

namespace Hyperdual.Tensors.Tests.Evaluation;

public sealed class JetEvaluatorTests
{
    [Fact]
    public void RepeatedEvaluationsReuseBuffersAndReproduce()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("cnn");
        Batch<float> batch = TestModels.RandomBatch<float>(shape, classes, 4, 1);
        var evaluator = new JetEvaluator<float>(model, CrossEntropyLoss.Instance);
        Directions directions = Directions.FromSeed(3, 3, model.Parameters.Count);
        JetEvaluation first = evaluator.Evaluate(batch, model.Parameters.ValuesArray, directions);
        long retained = evaluator.Workspace.RetainedElements;
        Assert.True(retained > 0);
        JetEvaluation second = evaluator.Evaluate(batch, model.Parameters.ValuesArray, directions);
        Assert.Equal(retained, evaluator.Workspace.RetainedElements);
        Assert.Equal(0, evaluator.Workspace.RentedCount);
        Assert.Equal(first.Loss, second.Loss);
        Assert.Equal(first.G, second.G);
        Assert.Equal(ModelJetTests.Flat(first.H), ModelJetTests.Flat(second.H));
    }

    [Fact]
    public void SeedOverloadUsesSeededDirections()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("mlp");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 3, 2);
        JetEvaluation a = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, seed: 8, k: 2);
        JetEvaluation b = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, Directions.FromSeed(8, 2, model.Parameters.Count));
        Assert.Equal(a.G, b.G);
        Assert.Equal(2, a.K);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void KFromOneToEightWorks(int k)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("mlp-relu");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 3, 2);
        Directions directions = Directions.FromSeed(9, k, model.Parameters.Count);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        HyperDual<double> pass = HyperDualReference.Pass(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions, 0, k - 1);
        Assert.Equal(pass.Epsilon12, jet.H[0, k - 1], 11);
        Assert.Equal(pass.Epsilon2, jet.G[k - 1], 12);
    }

    [Fact]
    public void MseAndBceLossesWorkThroughTheEvaluator()
    {
        (IModel model, int[] shape, _) = TestModels.Create("mlp");
        var rng = new Random(4);
        double[] targets = Enumerable.Range(0, 3 * 4).Select(_ => rng.NextDouble()).ToArray();
        Batch<double> data = TestModels.RandomBatch<double>(shape, 4, 3, 3);
        var batch = new Batch<double>(data.Inputs, null, Tensor<double>.FromDoubles(targets, 3, 4));
        Directions directions = Directions.FromSeed(10, 2, model.Parameters.Count);
        foreach (ILoss loss in new ILoss[] { MeanSquaredErrorLoss.Instance, BinaryCrossEntropyWithLogitsLoss.Instance })
        {
            JetEvaluation jet = JetEvaluator.Evaluate(model, loss, batch, model.Parameters.ValuesArray, directions);
            JetEvaluation passes = HyperDualReference.PairPasses(model, loss, batch, model.Parameters.ValuesArray, directions);
            JetCurves.AssertClose(passes.G, jet.G, 1e-11, $"{loss} g");
            JetCurves.AssertClose(ModelJetTests.Flat(passes.H), ModelJetTests.Flat(jet.H), 1e-10, $"{loss} H");
        }
    }

    [Fact]
    public void BadInputsAreRejectedWithTheirNames()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("mlp");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 3, 2);
        var evaluator = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => evaluator.Evaluate(batch, new double[3], Directions.FromSeed(1, 1, 3))).ParamName);
        Assert.Equal("directions", Assert.Throws<ArgumentException>(
            () => evaluator.Evaluate(batch, model.Parameters.ValuesArray, Directions.FromSeed(1, 1, 5))).ParamName);
        var unlabeled = new Batch<double>(batch.Inputs);
        Assert.Equal("targets", Assert.Throws<ArgumentException>(
            () => evaluator.Evaluate(unlabeled, model.Parameters.ValuesArray, Directions.FromSeed(1, 1, model.Parameters.Count))).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new Batch<double>(batch.Inputs, [1])).ParamName);
        Assert.Equal(0, evaluator.Workspace.RentedCount);
    }
}

public sealed class JetPairsEvaluationTests
{
    [Fact]
    public void ASubsetOfPairsGivesTheSameEntriesAsAllPairs()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("cnn");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 3, 2);
        Directions directions = Directions.FromSeed(4, 3, model.Parameters.Count);
        var evaluator = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        JetEvaluation all = evaluator.Evaluate(batch, model.Parameters.ValuesArray, directions);
        JetEvaluation some = evaluator.Evaluate(batch, model.Parameters.ValuesArray, directions, JetPairs.Of(3, (2, 0), (1, 1)));
        Assert.Equal(all.G, some.G);
        Assert.Equal(all.H[0, 2], some.H[0, 2], 13);
        Assert.Equal(all.H[2, 0], some.H[2, 0], 13);
        Assert.Equal(all.H[1, 1], some.H[1, 1], 13);
        Assert.Equal(0, some.H[0, 0]);
        Assert.Equal(0, some.H[1, 2]);
    }

    [Fact]
    public void MixedPairOnlyJetIsOneHyperDualPass()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("mlp");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 3, 2);
        Directions directions = Directions.FromSeed(5, 2, model.Parameters.Count);
        JetEvaluation jet = new JetEvaluator<double>(model, CrossEntropyLoss.Instance)
            .Evaluate(batch, model.Parameters.ValuesArray, directions, JetPairs.Of(2, (0, 1)));
        HyperDual<double> pass = HyperDualReference.Pass(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions, 0, 1);
        Assert.Equal(pass.Epsilon1, jet.G[0], 13);
        Assert.Equal(pass.Epsilon2, jet.G[1], 13);
        Assert.Equal(pass.Epsilon12, jet.H[0, 1], 12);
    }

    [Fact]
    public void PairSetsAreValidated()
    {
        Assert.Equal("pairs", Assert.Throws<ArgumentException>(() => JetPairs.Of(2, (0, 1), (1, 0))).ParamName);
        Assert.Equal("pairs", Assert.Throws<ArgumentOutOfRangeException>(() => JetPairs.Of(2, (0, 2))).ParamName);
        Assert.True(JetPairs.Of(2, (0, 0), (0, 1), (1, 1)).IsAll);
        Assert.Equal(JetPairs.All(2), JetPairs.Of(2, (0, 0), (0, 1), (1, 1)));
        Jet<double> a = Jet<double>.Allocate([2], JetPairs.Of(2, (0, 1)), true, true);
        Jet<double> b = Jet<double>.Allocate([2], 2, true, true);
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => Jet<double>.Multiply(a, b)).ParamName);
        Assert.Equal("i", Assert.Throws<ArgumentException>(() => a.Second(0, 0)).ParamName);
        Assert.Equal(4, a.StoredPartCount);
    }
}
