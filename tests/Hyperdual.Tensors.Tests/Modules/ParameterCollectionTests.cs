using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Tests.Modules;

public sealed class ParameterCollectionTests
{
    [Fact]
    public void AutoencoderHasTheTadamNetworksParameterCount()
    {
        // 784→128, 128→32, 32→128, 128→784, each weights plus biases.
        const int expected = (784 * 128) + 128 + (128 * 32) + 32 + (32 * 128) + 128 + (128 * 784) + 784;
        Assert.Equal(209_968, expected);
        SequentialModel model = ModelZoo.Autoencoder();
        Assert.Equal(expected, model.Parameters.Count);
        Assert.Equal("autoencoder", model.Name);
    }

    [Theory]
    [InlineData("logreg", 7_850)]
    [InlineData("cnn", 431_080)]
    [InlineData("mlp", (784 * 128) + 128 + (128 * 10) + 10)]
    public void BuiltInModelsHaveThePublishedParameterCounts(string name, int count)
    {
        Assert.Equal(count, ModelZoo.Create(name).Parameters.Count);
    }

    [Fact]
    public void CnnLayersHaveThePaperShapes()
    {
        ParameterCollection p = ModelZoo.Cnn().Parameters;
        Assert.Equal(
            ["conv1.weight [20, 1, 5, 5]", "conv1.bias [20]", "conv2.weight [50, 20, 5, 5]", "conv2.bias [50]",
             "fc1.weight [500, 800]", "fc1.bias [500]", "fc2.weight [10, 500]", "fc2.bias [10]"],
            p.Items.Select(x => x.ToString()));
    }

    [Fact]
    public void InitialisationIsUniformWithinOneOverSqrtFanIn()
    {
        ParameterCollection p = ModelZoo.Cnn(seed: 42).Parameters;
        foreach (Parameter block in p.Items)
        {
            double bound = 1 / Math.Sqrt(block.FanIn);
            double[] values = p.ValuesArray.AsSpan(block.Offset, block.Length).ToArray();
            Assert.All(values, x => Assert.InRange(x, -bound, bound));
            if (values.Length >= 500)
            {
                double variance = values.Select(x => x * x).Average();
                Assert.InRange(variance / (bound * bound / 3), 0.85, 1.15); // uniform(−b, b) has variance b²/3
                Assert.InRange(values.Average() / bound, -0.1, 0.1);
            }
        }
    }

    [Fact]
    public void InitialisationIsReproducibleBySeed()
    {
        Assert.Equal(ModelZoo.Mlp(seed: 3).Parameters.ValuesArray, ModelZoo.Mlp(seed: 3).Parameters.ValuesArray);
        Assert.NotEqual(ModelZoo.Mlp(seed: 3).Parameters.ValuesArray, ModelZoo.Mlp(seed: 4).Parameters.ValuesArray);
    }

    [Fact]
    public void FlattensToAndFromOneVector()
    {
        ParameterCollection p = ModelZoo.LogisticRegression(inputs: 3, classes: 2).Parameters;
        double[] v = [1, 2, 3, 4, 5, 6, 7, 8];
        p.CopyFrom(v);
        Assert.Equal(7.0, p.ValuesArray[p["fc.bias"].Offset]);
        var back = new double[8];
        p.CopyTo(back);
        Assert.Equal(v, back);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => p.CopyFrom(new double[3])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => p.Add("fc.bias", [1], 1)).ParamName);
    }

    [Fact]
    public void UnknownNamesAreRejected()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ModelZoo.Create("resnet")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Activation.Parse("swish2")).ParamName);
        Assert.Equal(ActivationKind.LeakyRelu, Activation.Parse("leaky-relu"));
    }
}
