using System.Globalization;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Tensors;

namespace Hyperdual.Training;

/// <summary>One optimizer of a comparison: a name with FoMoH-KD's K (<c>fomoh-kd:3</c>) and optional
/// <c>+momentum</c>, and its learning rate (null: the optimizer's default).</summary>
/// <param name="Optimizer">The optimizer name.</param>
/// <param name="Directions">K (FoMoH-KD).</param>
/// <param name="DirectionMode">FoMoH-KD's direction source.</param>
/// <param name="LearningRate">The learning rate, or null for the default.</param>
public sealed record OptimizerChoice(string Optimizer, int Directions, DirectionMode DirectionMode, double? LearningRate)
{
    /// <summary>The label: the name, <c>fomoh-kd:K</c>, and <c>+momentum</c> when set.</summary>
    public string Label => OptimizerCatalog.Label(Apply(new TrainingOptions()));

    /// <summary>Parses <c>name</c>, <c>fomoh-kd:K</c> or <c>fomoh-kd:K+momentum</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The choice (default learning rate).</returns>
    /// <exception cref="ArgumentException">An unknown name or a malformed K.</exception>
    public static OptimizerChoice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string spec = text.Trim().ToLowerInvariant();
        DirectionMode mode = DirectionMode.Random;
        if (spec.EndsWith("+momentum", StringComparison.Ordinal))
        {
            mode = DirectionMode.Momentum;
            spec = spec[..^"+momentum".Length];
        }

        int k = 3;
        int colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            string kText = spec[(colon + 1)..];
            if (!int.TryParse(kText, NumberStyles.None, CultureInfo.InvariantCulture, out k) || k < 1 || k > JetLayout.MaxDirections)
            {
                throw new ArgumentException($"'{text}': K must be a whole number in [1, {JetLayout.MaxDirections}], got '{kText}'.", nameof(text));
            }

            spec = spec[..colon];
        }

        OptimizerCatalog.Kind(spec);
        if ((colon >= 0 || mode == DirectionMode.Momentum) && spec != "fomoh-kd")
        {
            throw new ArgumentException($"'{text}': only fomoh-kd takes K and +momentum.", nameof(text));
        }

        return new OptimizerChoice(spec, k, mode, null);
    }

    /// <summary>The options of a run of this optimizer on top of <paramref name="options"/>.</summary>
    /// <param name="options">The shared settings.</param>
    /// <returns>The run's settings.</returns>
    public TrainingOptions Apply(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Optimizer = Optimizer, Directions = Directions, DirectionMode = DirectionMode, LearningRate = LearningRate };
    }
}
