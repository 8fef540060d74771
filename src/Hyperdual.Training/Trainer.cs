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
    /// <param name="resumeFrom">A checkpoint of a run with the same options to continue (null: start fresh).</param>
    /// <param name="observer">Receives progress (may be null).</param>
    /// <param name="cancellation">Stops the run at the next step boundary; the checkpoint is then written.</param>
    /// <returns>The run.</returns>
    /// <exception cref="TrainingDivergedException">A non-finite value and the policy (or the halving limit) says stop.</exception>
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
        if (resumeFrom is not null && TrainingOptionsJson.Serialize(resumeFrom.Options with { Steps = 0 }) != TrainingOptionsJson.Serialize(options with { Steps = 0 }))
        {
            throw new ArgumentException("The checkpoint was written by a run with other settings; resume it with its own.", nameof(resumeFrom));
        }

        Action<TrainingCheckpoint>? checkpoint = outputDirectory is null ? null : c =>
        {
            CheckpointFile.Write(Path.Combine(outputDirectory, CheckpointFile.FileName), c);
            RunFiles.WriteMetrics(outputDirectory, c.Steps, c.Evaluations);
        };

        int threads = KernelSettings.MaxThreads;
        KernelSettings.MaxThreads = options.Threads ?? Environment.ProcessorCount;
        try
        {
            TrainingResult result = options.Precision == Precision.Double
                ? new TrainingRun<double>(options, data, observer).Run(resumeFrom, checkpoint, cancellation)
                : new TrainingRun<float>(options, data, observer).Run(resumeFrom, checkpoint, cancellation);
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
}
