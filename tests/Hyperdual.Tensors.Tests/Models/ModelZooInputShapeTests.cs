using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Tests.Models;

public sealed class ModelZooInputShapeTests
{
    [Theory]
    [InlineData("logreg", new[] { 784 })]
    [InlineData("mlp", new[] { 784 })]
    [InlineData("cnn", new[] { 1, 28, 28 })]
    [InlineData("CNN", new[] { 1, 28, 28 })]
    public void InputShapeIsTheSampleShapeOfTheDefaultModel(string name, int[] expected)
    {
        Assert.Equal(expected, ModelZoo.InputShape(name));

        // A batch of that shape goes through the model to a finite loss with one gradient entry per parameter.
        SequentialModel model = ModelZoo.Create(name, 3);
        int[] shape = [2, .. ModelZoo.InputShape(name)];
        double[] values = Enumerable.Range(0, TensorShape.Product(shape)).Select(i => (i % 17) / 17.0).ToArray();
        var batch = new Batch<double>(Tensor<double>.FromDoubles(values, shape), [3, 7]);
        (double loss, double[] gradient) = BackpropEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray);
        Assert.True(double.IsFinite(loss));
        Assert.Equal(model.Parameters.Count, gradient.Length);
    }

    [Fact]
    public void EveryModelNameHasAnInputShapeAndUnknownNamesAreRefused()
    {
        Assert.All(ModelZoo.Names, name => Assert.NotEmpty(ModelZoo.InputShape(name)));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ModelZoo.InputShape("resnet")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ModelZoo.InputShape(null!)).ParamName);
    }
}
