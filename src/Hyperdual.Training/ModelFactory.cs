using System.Globalization;
using Hyperdual.Data;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training;

/// <summary>
/// Builds a built-in model sized for a data set. A model is named <c>logreg</c>, <c>mlp</c>, <c>cnn</c> or
/// <c>autoencoder</c>; <c>mlp</c> and <c>autoencoder</c> take their hidden widths after a colon
/// (<c>mlp:256</c>, <c>autoencoder:128,32,128</c>; without widths: 128, and 128, 32, 128).
/// </summary>
public static class ModelFactory
{
    private const string Autoencoder = "autoencoder";

    /// <summary>The model names accepted (without widths).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ModelZoo.Names, Autoencoder];

    /// <summary>The model names that serve <paramref name="task"/>: the autoencoder reconstructs, the others classify.</summary>
    /// <param name="task">The task.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> NamesFor(TrainingTask task) => [.. Names.Where(n => TaskOf(n) == task)];

    /// <summary>Checks that <paramref name="model"/> is a valid name (with valid widths) for <paramref name="task"/>.</summary>
    /// <param name="model">The model name, e.g. <c>mlp:256</c>.</param>
    /// <param name="task">The run's task.</param>
    /// <exception cref="ArgumentException">An unknown name, malformed widths, or a model that does not serve the task.</exception>
    public static void Check(string model, TrainingTask task)
    {
        (string name, _) = Parse(model);
        if (TaskOf(name) != task)
        {
            throw new ArgumentException(
                $"The model '{model}' serves the {Word(TaskOf(name))} task, not {Word(task)}; for {Word(task)} use one of {string.Join(", ", NamesFor(task))}.", nameof(model));
        }
    }

    /// <summary>The model <paramref name="name"/> with the data set's inputs and classes, initialised from <paramref name="seed"/>.</summary>
    /// <param name="name">A model name, with widths where it takes them (see <see cref="ModelFactory"/>).</param>
    /// <param name="data">The data set (its sample shape and class count size the model).</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">An unknown name or malformed widths, or a model that does not fit the data (a CNN needs images).</exception>
    public static SequentialModel Create(string name, LabelledDataSet data, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        (string model, int[]? widths) = Parse(name);
        return model switch
        {
            "logreg" => ModelZoo.LogisticRegression(data.FeatureLength, data.ClassCount, seed),
            "mlp" => ModelZoo.Mlp(data.FeatureLength, widths, data.ClassCount, seed: seed),
            Autoencoder => ModelZoo.Autoencoder(data.FeatureLength, widths, seed: seed),
            "cnn" when data.SampleShape.Count == 3 => ModelZoo.Cnn(
                new CnnOptions { InChannels = data.SampleShape[0], Height = data.SampleShape[1], Width = data.SampleShape[2], Classes = data.ClassCount }, seed),
            _ => throw new ArgumentException($"The cnn model needs images (channels × height × width); {data.Name} has samples of shape [{string.Join(", ", data.SampleShape)}].", nameof(data)),
        };
    }

    private static string Word(TrainingTask task) => task.ToString().ToLowerInvariant();

    private static TrainingTask TaskOf(string name) => name == Autoencoder ? TrainingTask.Reconstruct : TrainingTask.Classify;

    // "mlp:256,128" → ("mlp", [256, 128]); widths only for mlp and autoencoder.
    private static (string Name, int[]? Widths) Parse(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string text = model.Trim().ToLowerInvariant();
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        string name = colon < 0 ? text : text[..colon];
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"Unknown model '{model}'; expected one of {string.Join(", ", Names)}.", nameof(model));
        }

        if (colon < 0)
        {
            return (name, null);
        }

        if (name is not ("mlp" or Autoencoder))
        {
            throw new ArgumentException($"'{model}': only mlp and autoencoder take hidden widths.", nameof(model));
        }

        string[] parts = text[(colon + 1)..].Split(',');
        var widths = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out widths[i]) || widths[i] < 1)
            {
                throw new ArgumentException($"'{model}': each hidden width must be a whole number of at least 1, got '{parts[i]}'.", nameof(model));
            }
        }

        return (name, widths);
    }
}
