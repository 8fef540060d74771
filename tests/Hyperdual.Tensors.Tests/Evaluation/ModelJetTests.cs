using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;
using Hyperdual.Tensors.Verification;
using Xunit.Abstractions;

namespace Hyperdual.Tensors.Tests.Evaluation;

/// <summary>
/// Whole models in float64 with K = 3: the jet's g and H against six separate hyper-dual passes over
/// the pairs, and against central finite differences of the loss along the directions.
/// </summary>
public sealed class ModelJetTests(ITestOutputHelper output)
{
    public static TheoryData<string> Models() => ["logreg", "mlp", "mlp-relu", "cnn"];

    [Theory]
    [MemberData(nameof(Models))]
    public void JetMatchesSixSeparateHyperDualPasses(string name)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create(name);
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 5, 11);
        Directions directions = Directions.FromSeed(21, 3, model.Parameters.Count);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        JetEvaluation passes = HyperDualReference.PairPasses(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        output.WriteLine($"{name}: L = {jet.Loss}, g = [{string.Join(", ", jet.G)}], H00 = {jet.H[0, 0]}, H01 = {jet.H[0, 1]}");
        Assert.Equal(passes.Loss, jet.Loss, 12);
        JetCurves.AssertClose(passes.G, jet.G, 1e-11, $"{name} g");
        JetCurves.AssertClose(Flat(passes.H), Flat(jet.H), 1e-10, $"{name} H");
        Assert.True(jet.G.Any(x => Math.Abs(x) > 1e-3), "g should not vanish");
        Assert.True(Flat(jet.H).Any(x => Math.Abs(x) > 1e-3), "H should not vanish");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void JetMatchesFiniteDifferencesAlongDirections(string name)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create(name);
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 5, 12);
        Directions directions = Directions.FromSeed(22, 3, model.Parameters.Count);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        JetEvaluation fd = HyperDualReference.FiniteDifferences(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        double gErr = GradientCheck.RelativeError(jet.G, fd.G), hErr = GradientCheck.RelativeError(Flat(jet.H), Flat(fd.H));
        output.WriteLine($"{name}: g error {gErr:E2}, H error {hErr:E2}");
        Assert.InRange(gErr, 0, 1e-6);
        Assert.InRange(hErr, 0, 1e-6);
    }

    [Fact]
    public void SymmetricHessianAndDiagonalMatchesSingleDirectionJets()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("mlp");
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 4, 13);
        Directions three = Directions.FromSeed(23, 3, model.Parameters.Count);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, three);
        for (int i = 0; i < 3; i++)
        {
            Directions one = Directions.FromVectors([three.ToArray(i)]);
            JetEvaluation single = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, one);
            Assert.Equal(single.G[0], jet.G[i], 12);
            Assert.Equal(single.H[0, 0], jet.H[i, i], 11);
            for (int j = 0; j < 3; j++)
            {
                Assert.Equal(jet.H[i, j], jet.H[j, i]);
            }
        }
    }

    [Fact]
    public void Float32JetAgreesWithFloat64Jet()
    {
        (IModel model, int[] shape, int classes) = TestModels.Create("cnn");
        Directions directions = Directions.FromSeed(24, 4, model.Parameters.Count);
        JetEvaluation d = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, TestModels.RandomBatch<double>(shape, classes, 6, 14), model.Parameters.ValuesArray, directions);
        JetEvaluation f = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, TestModels.RandomBatch<float>(shape, classes, 6, 14), model.Parameters.ValuesArray, directions);
        double gErr = GradientCheck.RelativeError(f.G, d.G), hErr = GradientCheck.RelativeError(Flat(f.H), Flat(d.H));
        output.WriteLine($"float vs double: g {gErr:E2}, H {hErr:E2}");
        Assert.Equal(d.Loss, f.Loss, 5);
        Assert.InRange(gErr, 0, 1e-4);
        Assert.InRange(hErr, 0, 1e-3);
    }

    internal static double[] Flat(double[,] m) => m.Cast<double>().ToArray();
}
