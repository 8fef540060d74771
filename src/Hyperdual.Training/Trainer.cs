using Hyperdual.Data;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Training;

/// <summary>Runs training: <see cref="Run"/> trains from the seed's initial weights or continues a checkpoint.</summary>
public static class Trainer
{
    /// <summary>Trains the model of <paramref name="options"/> on <paramref name="data"/>.</summary>
    /// <param name="options">The settings (checked first).</param>
    /// <param name="data">The splits (held-out evaluations use the validation split when there is one, else the test split).</param>
    /// <param name="outputDirectory">Where <c>metrics.csv</c>, <c>run.json</c> and the checkpoint go (null: nowhere).</param>
    /// <param name="resumeFrom">A checkpoint to continue (null: start fresh); see <see cref="CheckResumable"/> for what may differ.</param>
    /// <param name="observer">Receives progress (may be null).</param>
    /// <param name="cancellation">Stops the run at the next step boundary; the checkpoint is then written.</param>
    /// <returns>The run.</returns>
    /// <exception cref="TrainingDivergedException">A non-finite value and the policy (or the halving limit) says stop; the
    /// metrics so far are written to the output folder first.</exception>
    public static TrainingResult Run(
        TrainingOptions options,
        DataSplits data,
        string? outputDirectory = null,
        TrainingCheckpoint? resumeFrom = null,
        ITrainingObserver? observer = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        options.Validate();
        if (resumeFrom is not null)
        {
            CheckResumable(resumeFrom.Options, options);
        }

        Action<TrainingCheckpoint>? checkpoint = outputDirectory is null ? null : c =>
        {
            CheckpointFile.Write(Path.Combine(outputDirectory, CheckpointFile.FileName), c);
            RunFiles.WriteMetrics(outputDirectory, c.Steps, c.Evaluations);
        };
        Action<IReadOnlyList<StepRecord>, IReadOnlyList<EvaluationRecord>>? diverged = outputDirectory is null ? null :
            (steps, evaluations) => RunFiles.WriteMetrics(outputDirectory, steps, evaluations);

        int threads = KernelSettings.MaxThreads;
        KernelSettings.MaxThreads = options.Threads ?? Environment.ProcessorCount;
        try
        {
            TrainingResult result = options.Precision == Precision.Double
                ? new TrainingRun<double>(options, data, observer).Run(resumeFrom, checkpoint, diverged, cancellation)
                : new TrainingRun<float>(options, data, observer).Run(resumeFrom, checkpoint, diverged, cancellation);
            if (outputDirectory is not null)
            {
                RunFiles.WriteRunDescription(outputDirectory, result, data);
            }

            return result;
        }
        finally
        {
            KernelSettings.MaxThreads = threads;
        }
    }

    /// <summary>
    /// Checks that a run with <paramref name="resumed"/> continues the checkpointed run of <paramref name="saved"/>:
    /// the settings must agree except the thread count, the data folder and the step budget, and the budget
    /// may change only when nothing depends on it (not under a cosine schedule or SOAA, whose plans span the budget).
    /// </summary>
    /// <param name="saved">The checkpoint's settings.</param>
    /// <param name="resumed">The settings of the continuation.</param>
    /// <exception cref="ArgumentException">The settings differ in another way, or the budget cannot change.</exception>
    public static void CheckResumable(TrainingOptions saved, TrainingOptions resumed)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(resumed);
        static string Fixed(TrainingOptions o) => TrainingOptionsJson.Serialize(o with { Steps = 0, Threads = null, Data = o.Data with { DataDirectory = null } });
        if (Fixed(saved) != Fixed(resumed))
        {
            throw new ArgumentException("The checkpoint was written by a run with other settings; resume it with its own.", nameof(resumed));
        }

        if (saved.Steps != resumed.Steps && (saved.Schedule == ScheduleKind.Cosine || OptimizerCatalog.Kind(saved.Optimizer) == Optimizers.OptimizerKind.Soaa))
        {
            throw new ArgumentException($"The run's {(saved.Schedule == ScheduleKind.Cosine ? "cosine schedule" : "SOAA plan")} spans its {saved.Steps} steps; it cannot be resumed with another step budget.", nameof(resumed));
        }
    }
}
