namespace Hyperdual.Experiments.Soaa;

/// <summary>The settings of a SOAA study run: which seeds, rates and budget, and where the data is.</summary>
public sealed record SoaaStudyOptions
{
    /// <summary>The default epochs per run (468 steps each on the full training set): sized so that the full study
    /// (3 tasks × 4 optimizers × 3 rates × 5 seeds = 180 runs) takes roughly half an hour on two cores. Measured on a
    /// shared two-core host: the fastest one-epoch run took 5.1 s wall (3.4 s of training steps, the rest the two test
    /// evaluations), so 180 runs × (2 × 4.2 s + 1.5 s) ≈ 30 min; a loaded host takes longer.</summary>
    public const int DefaultEpochs = 2;

    /// <summary>The mini-batch size of every run (Tadam's protocol).</summary>
    public const int BatchSize = 128;

    /// <summary>The optimizers compared: Adam, AdamW, SOAA with Vo 2024's defaults, SOAA with Tadam's choices.</summary>
    public static IReadOnlyList<string> Optimizers { get; } = ["adam", "adamw", "soaa", "soaa-tadam"];

    /// <summary>The seeds (initial weights and batch order); every optimizer and rate sees the same ones. Default 0–4.</summary>
    public IReadOnlyList<ulong> Seeds { get; init; } = [0, 1, 2, 3, 4];

    /// <summary>The learning rates, each run by every optimizer. Default 3e-4, 1e-3, 3e-3.</summary>
    public IReadOnlyList<double> LearningRates { get; init; } = [3e-4, 1e-3, 3e-3];

    /// <summary>The epochs (full passes over the training examples used) per run.</summary>
    public int Epochs { get; init; } = DefaultEpochs;

    /// <summary>Use only the first N training examples and the first N test examples; null: all of them.</summary>
    public int? Subset { get; init; }

    /// <summary>The tasks run. Default all three.</summary>
    public IReadOnlyList<SoaaStudyTask> Tasks { get; init; } = SoaaStudyTask.All;

    /// <summary>The data cache folder (null: the default, see <see cref="Data.DataOptions.DataDirectory"/>).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The kernel threads (null: every core).</summary>
    public int? Threads { get; init; }

    /// <summary>Whether these are the quick settings (the report says so).</summary>
    public bool IsQuick { get; init; }

    /// <summary>The quick settings: seed 0, rate 1e-3, two epochs on the first 1,024 training and test examples
    /// (8 steps per epoch), every task and optimizer: a check that the study runs end to end, not a result.</summary>
    public static SoaaStudyOptions Quick { get; } = new()
    {
        Seeds = [0],
        LearningRates = [1e-3],
        Epochs = 2,
        Subset = 1024,
        IsQuick = true,
    };

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">The first bad setting, named.</exception>
    public void Validate()
    {
        if (Seeds is null || Seeds.Count == 0 || Seeds.Distinct().Count() != Seeds.Count)
        {
            throw new ArgumentException("The seeds must be a non-empty list without repeats.", nameof(Seeds));
        }

        if (LearningRates is null || LearningRates.Count == 0 || LearningRates.Any(r => !(r > 0.0 && double.IsFinite(r))) || LearningRates.Distinct().Count() != LearningRates.Count)
        {
            throw new ArgumentException("The learning rates must be a non-empty list of distinct finite positive numbers.", nameof(LearningRates));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        if (Subset is < BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(Subset), Subset, $"The subset must hold at least one batch ({BatchSize} examples).");
        }

        if (Tasks is null || Tasks.Count == 0)
        {
            throw new ArgumentException("The study needs at least one task.", nameof(Tasks));
        }
    }
}
