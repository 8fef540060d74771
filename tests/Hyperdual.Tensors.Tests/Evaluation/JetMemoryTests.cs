using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Evaluation;

/// <summary>A jet evaluation gives back each module's dead jets: its memory does not grow with depth,
/// and giving them back changes no number.</summary>
public sealed class JetMemoryTests
{
    // The bench command's depth sweep measures 512 wide at batch 256; a smaller net keeps the test quick
    // and shows the same shape.
    private const int Width = 256;
    private const int BatchSize = 64;
    private const int K = 3;

    [Fact]
    public void JetPeakStaysFlatFromDepthFourToSixteenWhileBackpropGrows()
    {
        (long jet4, long backprop4) = PeakBytes(depth: 4);
        (long jet16, long backprop16) = PeakBytes(depth: 16);

        // Every layer's jet stores 1 + K + K(K+1)/2 = 10 parts of 64 × 256 floats and every weight's jet
        // 1 + K parts of 256 × 256; holding them all would add 12 of each from depth 4 to 16.
        Assert.True(jet16 <= jet4 * 1.10, $"jet peak {jet4} B at depth 4, {jet16} B at depth 16");

        // Backprop keeps every activation for the reverse pass: 12 more layers, about 4× the depth-4 activations.
        Assert.True(backprop16 >= backprop4 * 2.5, $"backprop peak {backprop4} B at depth 4, {backprop16} B at depth 16");
    }

    [Theory]
    [InlineData("logreg")]
    [InlineData("mlp")]
    [InlineData("cnn")]
    public void GivingBackDeadJetsChangesNoNumberAndLowersThePeak(string name)
    {
        (IModel model, int[] shape, int classes) = TestModels.Create(name);
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 6, 4);
        double[] theta = model.Parameters.ValuesArray;
        Directions directions = Directions.FromSeed(5, K, theta.Length);
        var evaluator = new JetEvaluator<double>(model, CrossEntropyLoss.Instance);
        JetEvaluation released = evaluator.Evaluate(batch, theta, directions);
        long releasedPeak = evaluator.Workspace.PeakRentedElements;

        var workspace = new Workspace<double>();
        Jet<double> loss;
        using (workspace.Activate())
        {
            var holding = new HoldingBinder(new JetBinder<double>(theta, directions, null, maxThreads: 1));
            Jet<double> output = model.Forward(Jet<double>.Constant(batch.Inputs, K), holding);
            loss = CrossEntropyLoss.Instance.Compute(output, new LossTargets<Jet<double>>(batch.Labels, null));
        }

        Assert.Equal(loss.Value[0], released.Loss);
        for (int i = 0; i < K; i++)
        {
            Assert.Equal(loss.Tangent(i)[0], released.G[i]);
            for (int j = i; j < K; j++)
            {
                Assert.Equal(loss.Second(i, j)[0], released.H[i, j]);
            }
        }

        if (name != "logreg")
        {
            Assert.True(releasedPeak < workspace.PeakRentedElements, $"released {releasedPeak}, held {workspace.PeakRentedElements}");
        }
    }

    [Fact]
    public void NestedChainsKeepTheOuterChainsInputAlive()
    {
        var parameters = new ParameterCollection();
        var inner = new Sequential(new Linear(parameters, "a", 6, 5), new Activation(ActivationKind.Tanh), new Linear(parameters, "b", 5, 5));
        var outer = new Sequential(new Flatten(), inner, new Activation(ActivationKind.Tanh), new Sequential(new Linear(parameters, "c", 5, 3)));
        parameters.Initialize(2);
        var model = new SequentialModel("nested", parameters, outer);
        var flatParameters = new ParameterCollection();
        var flat = new SequentialModel("flat", flatParameters, new Sequential(
            new Flatten(), new Linear(flatParameters, "a", 6, 5), new Activation(ActivationKind.Tanh), new Linear(flatParameters, "b", 5, 5),
            new Activation(ActivationKind.Tanh), new Linear(flatParameters, "c", 5, 3)));
        flatParameters.Initialize(2);
        Assert.Equal(parameters.ValuesArray, flatParameters.ValuesArray);
        Batch<double> batch = TestModels.RandomBatch<double>([6], 3, 4, 9);
        Directions directions = Directions.FromSeed(1, 2, parameters.Count);
        JetEvaluation nested = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, parameters.ValuesArray, directions);
        JetEvaluation expected = JetEvaluator.Evaluate(flat, CrossEntropyLoss.Instance, batch, parameters.ValuesArray, directions);
        Assert.Equal(expected.Loss, nested.Loss);
        Assert.Equal(expected.G, nested.G);
        Assert.Equal(ModelJetTests.Flat(expected.H), ModelJetTests.Flat(nested.H));
    }

    [Fact]
    public void PlainForwardGivesBackDeadTensorsAndReproduces()
    {
        IModel model = Deep(8);
        Batch<float> batch = TestModels.RandomBatch<float>([Width], 10, 16, 3);
        var evaluator = new PlainEvaluator<float>(model);
        double loss = evaluator.Loss(CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray);
        Assert.Equal(loss, evaluator.Loss(CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray));

        // Two activations, one weight matrix and the loss's small buffers: far below the 8 weight matrices a held pass would keep.
        Assert.True(evaluator.Workspace.PeakRentedElements < 3L * Width * Width, $"peak {evaluator.Workspace.PeakRentedElements}");
    }

    [Fact]
    public void ChainsEndInTheReverseOrderTheyBegan()
    {
        var binder = new JetBinder<double>(new double[3], Directions.FromSeed(1, 1, 3), null, maxThreads: 1);
        int outer = binder.BeginChain();
        int inner = binder.BeginChain();
        Assert.Throws<InvalidOperationException>(() => binder.EndChain(outer));
        binder.EndChain(inner);
        binder.EndChain(outer);
        Assert.Throws<ArgumentOutOfRangeException>(() => binder.EndChain(outer));
    }

    private static (long Jet, long Backprop) PeakBytes(int depth)
    {
        IModel model = Deep(depth);
        Batch<float> batch = TestModels.RandomBatch<float>([Width], 10, BatchSize, 1);
        double[] theta = model.Parameters.ValuesArray;
        var jet = new JetEvaluator<float>(model, CrossEntropyLoss.Instance);
        _ = jet.Evaluate(batch, theta, Directions.FromSeed(7, K, theta.Length));
        var backprop = new BackpropEvaluator<float>(model, CrossEntropyLoss.Instance);
        _ = backprop.Evaluate(batch, theta);
        return (jet.Workspace.PeakRentedBytes, backprop.Workspace.PeakRentedBytes);
    }

    /// <summary>An MLP with <paramref name="depth"/> linear layers, <see cref="Width"/> wide, relu between them.</summary>
    private static SequentialModel Deep(int depth) =>
        ModelZoo.Mlp(inputs: Width, hidden: Enumerable.Repeat(Width, depth - 1).ToArray(), classes: 10, seed: 11);

    /// <summary>Binds like the jet binder but keeps every jet to the end (it is no chain-releasing binder).</summary>
    private sealed class HoldingBinder(JetBinder<double> inner) : IParameterBinder<Jet<double>>
    {
        public Jet<double> Bind(Parameter parameter) => inner.Bind(parameter);
    }
}
