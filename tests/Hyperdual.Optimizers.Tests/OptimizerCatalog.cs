using System.Numerics;

namespace Hyperdual.Optimizers.Tests;

/// <summary>Named optimizer configurations used by the table-driven tests, for either precision.</summary>
public static class OptimizerCatalog
{
    /// <summary>Every configuration, one per optimizer variant worth covering.</summary>
    public static readonly string[] AllNames =
    [
        "sgd", "sgd-momentum", "sgd-nesterov", "sgd-decay", "adam", "adam-amsgrad", "adam-l2", "adamw", "soaa", "soaa-tadam",
    ];

    /// <summary>
    /// Builds a configuration. <paramref name="learningRate"/> and <paramref name="cosine"/> override the
    /// defaults where a table row needs it; <paramref name="plannedSteps"/> is SOAA's T (and the cosine length).
    /// </summary>
    public static IGradientOptimizer<T> Create<T>(string name, int parameterCount, long plannedSteps, double? learningRate = null, bool cosine = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ILearningRateSchedule schedule = cosine ? new CosineSchedule(plannedSteps) : ConstantSchedule.Instance;
        return name switch
        {
            "sgd" => new SgdOptimizer<T>(parameterCount, new SgdOptions { LearningRate = learningRate ?? 1e-3, Schedule = schedule }),
            "sgd-momentum" => new SgdOptimizer<T>(parameterCount, new SgdOptions { LearningRate = learningRate ?? 1e-3, Momentum = 0.9, Dampening = 0.1, Schedule = schedule }),
            "sgd-nesterov" => new SgdOptimizer<T>(parameterCount, new SgdOptions { LearningRate = learningRate ?? 1e-3, Momentum = 0.9, Nesterov = true, Schedule = schedule }),
            "sgd-decay" => new SgdOptimizer<T>(parameterCount, new SgdOptions { LearningRate = learningRate ?? 1e-3, Momentum = 0.5, WeightDecay = 1e-2, Schedule = schedule }),
            "adam" => new AdamOptimizer<T>(parameterCount, new AdamOptions { LearningRate = learningRate ?? 1e-3, Schedule = schedule }),
            "adam-amsgrad" => new AdamOptimizer<T>(parameterCount, new AdamOptions { LearningRate = learningRate ?? 1e-3, AmsGrad = true, Schedule = schedule }),
            "adam-l2" => new AdamOptimizer<T>(parameterCount, new AdamOptions { LearningRate = learningRate ?? 1e-3, WeightDecay = 1e-2, Schedule = schedule }),
            "adamw" => new AdamWOptimizer<T>(parameterCount, new AdamWOptions { LearningRate = learningRate ?? 1e-3, Schedule = schedule }),
            "adamw-amsgrad" => new AdamWOptimizer<T>(parameterCount, new AdamWOptions { LearningRate = learningRate ?? 1e-3, AmsGrad = true, Schedule = schedule }),
            "soaa" => new SoaaOptimizer<T>(parameterCount, new SoaaOptions { LearningRate = learningRate ?? 1e-3, PlannedSteps = plannedSteps, Schedule = schedule }),
            "soaa-tadam" => new SoaaOptimizer<T>(parameterCount, SoaaOptions.Tadam(plannedSteps) with { LearningRate = learningRate ?? 1e-3, Schedule = schedule }),
            "soaa-decay" => new SoaaOptimizer<T>(parameterCount, new SoaaOptions { LearningRate = learningRate ?? 1e-3, PlannedSteps = plannedSteps, WeightDecay = 1e-2, Schedule = schedule }),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown optimizer configuration."),
        };
    }
}
