namespace Hyperdual.Experiments.Mnist;

/// <summary>The settings of the MNIST study.</summary>
/// <param name="Quick">Whether this is the quick variant (a data subset, short budgets, one seed, small batches).</param>
/// <param name="Models">The models' budgets, in report order.</param>
/// <param name="Validation">The examples carved (seeded by 0) out of the training set to judge the sweeps on.</param>
/// <param name="Subset">Keep only the first N training and test examples, or null for all.</param>
/// <param name="DataDirectory">The data cache folder, or null for the default.</param>
public sealed record MnistStudyOptions(bool Quick, IReadOnlyList<MnistModelPlan> Models, int Validation, int? Subset, string? DataDirectory)
{
    /// <summary>The default seeds of the final runs of <c>logreg</c>.</summary>
    public static IReadOnlyList<ulong> DefaultLogregSeeds { get; } = [0, 1, 2];

    /// <summary>The default seeds of the final runs of <c>cnn</c>.</summary>
    public static IReadOnlyList<ulong> DefaultCnnSeeds { get; } = [0, 1];

    /// <summary>The study's settings: the default budgets, or the quick ones.</summary>
    /// <param name="quick">The quick variant: 256 training and test examples, short budgets, small batches, seed 0, two-point sweeps.</param>
    /// <param name="seeds">The seeds of every model's final runs, or null for the defaults.</param>
    /// <param name="dataDirectory">The data cache folder, or null for the default.</param>
    /// <returns>The settings.</returns>
    public static MnistStudyOptions Create(bool quick, IReadOnlyList<ulong>? seeds, string? dataDirectory)
    {
        if (seeds is { Count: 0 })
        {
            throw new ArgumentException("At least one seed is needed.", nameof(seeds));
        }

        if (quick)
        {
            IReadOnlyList<ulong> quickSeeds = seeds ?? [0];
            return new MnistStudyOptions(
                true,
                [
                    new MnistModelPlan("logreg", 64, 30, 10, quickSeeds, 10, 2),
                    new MnistModelPlan("cnn", 16, 2, 1, quickSeeds, 1, 2),
                ],
                128, 256, dataDirectory);
        }

        return new MnistStudyOptions(
            false,
            [
                new MnistModelPlan("logreg", 1024, 300, 25, seeds ?? DefaultLogregSeeds, 300, 7),
                new MnistModelPlan("cnn", 2048, 30, 5, seeds ?? DefaultCnnSeeds, 15, 4),
            ],
            5000, null, dataDirectory);
    }
}
