using Hyperdual.Optimizers;
using Hyperdual.Optimizers.ForwardMode;

namespace Hyperdual.Training;

/// <summary>The optimizers a run can name, their default learning rates, and how each is built.</summary>
public static class OptimizerCatalog
{
    private static readonly (string Name, OptimizerKind Kind, double Rate)[] Entries =
    [
        ("fgd", OptimizerKind.Fgd, 1e-3),
        ("fomoh", OptimizerKind.Fomoh, 0.5),
        ("fomoh-bp", OptimizerKind.FomohBp, 0.5),
        ("fomoh-kd", OptimizerKind.FomohKd, 0.5),
        ("sgd", OptimizerKind.Sgd, 0.1),
        ("adam", OptimizerKind.Adam, 1e-3),
        ("adamw", OptimizerKind.AdamW, 1e-3),
        ("soaa", OptimizerKind.Soaa, 1e-3),
        (SoaaTadam, OptimizerKind.Soaa, 1e-3),
    ];

    /// <summary>SOAA with Tadam's choices (<see cref="SoaaOptions.Tadam"/>); <c>soaa</c> is SOAA with Vo 2024's defaults.</summary>
    public const string SoaaTadam = "soaa-tadam";

    /// <summary>The names accepted, forward-mode first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Entries.Select(e => e.Name)];

    /// <summary>The kind an optimizer name stands for.</summary>
    /// <param name="name">A name from <see cref="Names"/> (case-insensitive).</param>
    /// <returns>The kind.</returns>
    public static OptimizerKind Kind(string name) => Find(name).Kind;

    /// <summary>The default learning rate: the best of the FoMoH reference implementation's (fomoh f0da7ae) measured
    /// rates on MNIST for the forward-mode methods and FoMoH-BP, and the usual defaults for SGD, Adam, AdamW and SOAA
    /// (both variants).</summary>
    /// <param name="name">The optimizer name.</param>
    /// <returns>The rate.</returns>
    public static double DefaultLearningRate(string name) => Find(name).Rate;

    /// <summary>Whether the optimizer is forward-mode (uses jet evaluations rather than a backprop gradient step).</summary>
    /// <param name="name">The optimizer name.</param>
    /// <returns>True for FGD, FoMoH, FoMoH-BP and FoMoH-KD.</returns>
    public static bool IsForward(string name) => Kind(name) is OptimizerKind.Fgd or OptimizerKind.Fomoh or OptimizerKind.FomohBp or OptimizerKind.FomohKd;

    /// <summary>A display label: the name, with K for FoMoH-KD (<c>fomoh-kd:3</c>) and <c>+momentum</c> in momentum mode.</summary>
    /// <param name="options">The run's options.</param>
    /// <returns>The label.</returns>
    public static string Label(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Kind(options.Optimizer) != OptimizerKind.FomohKd)
        {
            return options.Optimizer.ToLowerInvariant();
        }

        return $"fomoh-kd:{options.Directions}{(options.DirectionMode == DirectionMode.Momentum ? "+momentum" : "")}";
    }

    /// <summary>Builds the run's optimizer for n parameters with the learning-rate schedule scaled by <paramref name="rateScale"/>.</summary>
    public static IOptimizer Create(TrainingOptions options, int parameterCount, double rateScale)
    {
        double rate = options.EffectiveLearningRate;
        ILearningRateSchedule schedule = options.Schedule == ScheduleKind.Cosine ? new CosineSchedule(options.Steps) : ConstantSchedule.Instance;
        if (rateScale != 1.0)
        {
            schedule = new ScaledSchedule(schedule, rateScale);
        }

        OptimizerKind kind = Kind(options.Optimizer);
        return kind switch
        {
            OptimizerKind.Sgd => new SgdOptimizer<double>(parameterCount, new SgdOptions { LearningRate = rate, Schedule = schedule }),
            OptimizerKind.Adam => new AdamOptimizer<double>(parameterCount, new AdamOptions { LearningRate = rate, Schedule = schedule }),
            OptimizerKind.AdamW => new AdamWOptimizer<double>(parameterCount, new AdamWOptions { LearningRate = rate, Schedule = schedule }),
            OptimizerKind.Soaa => new SoaaOptimizer<double>(parameterCount, SoaaOptionsOf(options.Optimizer, options.Steps) with { LearningRate = rate, Schedule = schedule }),
            _ => new ForwardModeOptimizer(parameterCount, kind, new ForwardOptimizerOptions
            {
                LearningRate = rate,
                Directions = options.Directions,
                DirectionMode = options.DirectionMode,
                Seed = options.Seed,
                Repair = options.Repair,
                MaxUpdateNorm = options.MaxUpdateNorm,
                Backtracking = options.Backtracking,
                Schedule = schedule,
            }),
        };
    }

    // soaa: Vo 2024's defaults; soaa-tadam: Tadam's rule, γ and Fisher factor. T is the run's step budget.
    private static SoaaOptions SoaaOptionsOf(string name, long plannedSteps) =>
        string.Equals(name, SoaaTadam, StringComparison.OrdinalIgnoreCase) ? SoaaOptions.Tadam(plannedSteps) : new SoaaOptions { PlannedSteps = plannedSteps };

    private static (string Name, OptimizerKind Kind, double Rate) Find(string name)
    {
        foreach ((string Name, OptimizerKind Kind, double Rate) entry in Entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        throw new ArgumentException($"Unknown optimizer '{name}'; expected one of {string.Join(", ", Entries.Select(e => e.Name))}.", nameof(name));
    }
}
