using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Models;

/// <summary>
/// The built-in CNN applies each relu after its max-pool; the FoMoH paper's network applies it before. Both are the
/// same function with the same first and second derivatives, bit for bit, ties included: checked against the
/// paper's order built from the same parameters, on images that are random, all zero (every pooling window a tie of
/// the bias) and negative (every pooled maximum below zero).
/// </summary>
public sealed class CnnLayerOrderTests
{
    [Fact]
    public void PoolingBeforeTheReluGivesThePapersOrdersLossGradientAndJetBitForBit()
    {
        CnnOptions o = TestModels.TinyCnn;
        IModel model = ModelZoo.Cnn(o, seed: 6);
        IModel paper = PaperOrder(o, seed: 6);
        Assert.Equal(paper.Parameters.ValuesArray, model.Parameters.ValuesArray);

        Batch<float> batch = Images(o);
        double[] theta = model.Parameters.ValuesArray;
        (double loss, float[] gradient) = BackpropEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, theta);
        (double paperLoss, float[] paperGradient) = BackpropEvaluator.Evaluate(paper, CrossEntropyLoss.Instance, batch, theta);
        Assert.Equal(paperLoss, loss);
        Assert.Equal(paperGradient, gradient);

        Directions directions = Directions.FromSeed(3, 3, theta.Length);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, theta, directions);
        JetEvaluation paperJet = JetEvaluator.Evaluate(paper, CrossEntropyLoss.Instance, batch, theta, directions);
        Assert.Equal(paperJet.Loss, jet.Loss);
        Assert.Equal(paperJet.G, jet.G);
        Assert.Equal(paperJet.H.Cast<double>(), jet.H.Cast<double>());
    }

    private static SequentialModel PaperOrder(CnnOptions o, ulong seed)
    {
        int h2 = (((o.Height - o.KernelSize + 1) / 2) - o.KernelSize + 1) / 2;
        int w2 = (((o.Width - o.KernelSize + 1) / 2) - o.KernelSize + 1) / 2;
        var parameters = new ParameterCollection();
        var network = new Sequential(
            new Reshape(-1, o.InChannels, o.Height, o.Width),
            new Conv2d(parameters, "conv1", o.InChannels, o.Conv1Channels, o.KernelSize),
            new Activation(ActivationKind.Relu),
            new MaxPool2d(2),
            new Conv2d(parameters, "conv2", o.Conv1Channels, o.Conv2Channels, o.KernelSize),
            new Activation(ActivationKind.Relu),
            new MaxPool2d(2),
            new Flatten(),
            new Linear(parameters, "fc1", o.Conv2Channels * h2 * w2, o.Hidden),
            new Activation(ActivationKind.Relu),
            new Linear(parameters, "fc2", o.Hidden, o.Classes));
        parameters.Initialize(seed);
        return new SequentialModel("cnn", parameters, network);
    }

    // Six random images, one all zero, one all negative, and a random one shifted negative.
    private static Batch<float> Images(CnnOptions o)
    {
        int pixels = o.InChannels * o.Height * o.Width, count = 9;
        var rng = new Random(4);
        var values = new double[count * pixels];
        for (int image = 0; image < count; image++)
        {
            for (int e = 0; e < pixels; e++)
            {
                double u = rng.NextDouble();
                values[(image * pixels) + e] = image switch
                {
                    6 => 0.0,
                    7 => -1.0 - u,
                    8 => u - 0.8,
                    _ => u,
                };
            }
        }

        int[] labels = Enumerable.Range(0, count).Select(i => i % o.Classes).ToArray();
        return new Batch<float>(Tensor<float>.FromDoubles(values, [count, o.InChannels, o.Height, o.Width]), labels);
    }
}
