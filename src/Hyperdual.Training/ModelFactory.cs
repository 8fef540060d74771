using Hyperdual.Data;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training;

/// <summary>Builds a built-in model sized for a data set.</summary>
public static class ModelFactory
{
    /// <summary>The model names accepted.</summary>
    public static IReadOnlyList<string> Names => ModelZoo.Names;

    /// <summary>The model <paramref name="name"/> with the data set's inputs and classes, initialised from <paramref name="seed"/>.</summary>
    /// <param name="name"><c>logreg</c>, <c>mlp</c> or <c>cnn</c>.</param>
    /// <param name="data">The data set (its sample shape and class count size the model).</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">The model does not fit the data (a CNN needs images).</exception>
    public static SequentialModel Create(string name, LabelledDataSet data, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        return name.ToLowerInvariant() switch
        {
            "logreg" => ModelZoo.LogisticRegression(data.FeatureLength, data.ClassCount, seed),
            "mlp" => ModelZoo.Mlp(data.FeatureLength, classes: data.ClassCount, seed: seed),
            "cnn" when data.SampleShape.Count == 3 => ModelZoo.Cnn(
                new CnnOptions { InChannels = data.SampleShape[0], Height = data.SampleShape[1], Width = data.SampleShape[2], Classes = data.ClassCount }, seed),
            "cnn" => throw new ArgumentException($"The cnn model needs images (channels × height × width); {data.Name} has samples of shape [{string.Join(", ", data.SampleShape)}].", nameof(data)),
            _ => ModelZoo.Create(name, seed),
        };
    }
}
