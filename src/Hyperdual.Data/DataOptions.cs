namespace Hyperdual.Data;

/// <summary>What <see cref="DataCatalog.Load"/> loads and how it splits it.</summary>
public sealed record DataOptions
{
    /// <summary>
    /// The data set: <c>mnist</c>, <c>fashion-mnist</c>, <c>csv:TRAIN</c>, or <c>csv:TRAIN</c> and a test
    /// file joined by the platform's path-list separator (<c>csv:train.csv:test.csv</c> on Linux and macOS,
    /// <c>csv:train.csv;test.csv</c> on Windows). A CSV data set without a test file has an empty test split.
    /// </summary>
    public string DataSet { get; init; } = "mnist";

    /// <summary>The cache folder: null means <c>$HYPERDUAL_DATA</c>, else <c>~/.cache/hyperdual</c>.
    /// MNIST lives in its <c>mnist/</c> sub-folder and Fashion-MNIST in <c>fashion-mnist/</c>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The number of examples carved (seeded by <see cref="Seed"/>) out of the training set for
    /// validation; 0 = no validation split.</summary>
    public int Validation { get; init; }

    /// <summary>Keep only the first N training examples (after carving validation) and the first min(N, test
    /// count) test examples; null keeps everything.</summary>
    public int? Subset { get; init; }

    /// <summary>The seed of the validation split.</summary>
    public ulong Seed { get; init; }

    /// <summary>CSV only: the zero-based column holding the integer label; null = the last column.</summary>
    public int? LabelColumn { get; init; }

    /// <summary>CSV only: the number of classes; null = the largest label + 1.</summary>
    public int? ClassCount { get; init; }
}
