using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;
using Hyperdual.Tensors.Verification;

namespace Hyperdual.Tensors.Tests.Tape;

/// <summary>The library gradient check also compares the reverse gradient with the jet and finite differences.</summary>
public sealed class GradientCheckReverseTests
{
    [Theory]
    [InlineData("mlp-relu")]
    [InlineData("cnn")]
    public void ReverseProjectionsAgreeAndPass(string name)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create(name);
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 4, 2);
        Directions directions = Directions.FromSeed(3, 2, model.Parameters.Count);
        GradientCheckReport report = GradientCheck.Run(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        Assert.True(report.Passed, $"{report}");
        Assert.InRange(report.ReverseJetError, 0, 1e-9);
        Assert.InRange(report.ReverseFiniteDifferenceError, 0, 1e-4);
        double[] v0 = directions.ToArray(0);
        (_, double[] gradient) = BackpropEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray);
        Assert.Equal(gradient.Select((g, e) => g * v0[e]).Sum(), report.ReverseProjection[0], 12);
        Assert.True(report.WorstRatio <= 1);
    }

    [Fact]
    public void ImpossibleReverseToleranceFails()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("logreg");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 4, 2);
        Directions directions = Directions.FromSeed(3, 2, model.Parameters.Count);
        GradientCheckReport report = GradientCheck.Run(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions,
            reverseTolerance: 1e-300);
        Assert.False(report.Passed);
        Assert.True(report.WorstRatio > 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.Run(model, CrossEntropyLoss.Instance, batch,
            model.Parameters.ValuesArray, directions, reverseTolerance: 0));
    }
}
