using Hyperdual.Data;

namespace Hyperdual.Training.Tests;

public sealed class ModelFactoryTests
{
    private static readonly LabelledDataSet Mnistlike = new("mnistlike", new float[2 * 784], new int[2], [1, 28, 28], 10);

    [Theory]
    [InlineData("mlp", (784 * 128) + 128 + (128 * 10) + 10)]
    [InlineData("mlp:256", (784 * 256) + 256 + (256 * 10) + 10)]
    [InlineData("MLP:256,64", (784 * 256) + 256 + (256 * 64) + 64 + (64 * 10) + 10)]
    [InlineData("autoencoder", 209_968)]
    [InlineData("autoencoder:128,32,128", 209_968)]
    [InlineData("autoencoder:64", (784 * 64) + 64 + (64 * 784) + 784)]
    public void WidthsAfterAColonSizeTheHiddenLayers(string name, int parameters) =>
        Assert.Equal(parameters, ModelFactory.Create(name, Mnistlike, 0).Parameters.Count);

    [Theory]
    [InlineData("mlp:")]
    [InlineData("mlp:0")]
    [InlineData("mlp:12,x")]
    [InlineData("mlp:-3")]
    [InlineData("logreg:10")]
    [InlineData("cnn:5")]
    [InlineData("resnet")]
    public void MalformedNamesAreRefused(string name) =>
        Assert.Throws<ArgumentException>(() => ModelFactory.Create(name, Mnistlike, 0));

    [Fact]
    public void TheAutoencoderServesReconstructionOnlyAndTheOthersClassification()
    {
        Assert.Equal(["logreg", "mlp", "cnn"], ModelFactory.NamesFor(TrainingTask.Classify));
        Assert.Equal(["autoencoder"], ModelFactory.NamesFor(TrainingTask.Reconstruct));
        new TrainingOptions { Model = "autoencoder", Task = TrainingTask.Reconstruct }.Validate();
        new TrainingOptions { Model = "mlp:256" }.Validate();
        ArgumentException e = Assert.Throws<ArgumentException>(() => new TrainingOptions { Model = "autoencoder" }.Validate());
        Assert.Contains("reconstruct", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new TrainingOptions { Model = "mlp", Task = TrainingTask.Reconstruct }.Validate());
    }
}
