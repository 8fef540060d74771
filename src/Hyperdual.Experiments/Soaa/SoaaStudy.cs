using System.Diagnostics;
using System.Globalization;
using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>
/// The SOAA study: SOAA's claim (Vo 2024, arXiv:2410.02293: faster and more stable convergence than Adam under the
/// same budget) tested with the protocol of its closest published ancestor, Tadam (Yang, Cho &amp; Lee 2023), because
/// SOAA's own experimental settings are not published. Every task × optimizer × learning rate × seed is one run of
/// <see cref="Trainer"/> at batch 128; each run evaluates on the test set after every epoch. Runs that diverge are
/// kept with their epochs so far and counted, never dropped.
/// </summary>
public static class SoaaStudy
{
    /// <summary>Runs the study.</summary>
    /// <param name="options">The settings (checked first).</param>
    /// <param name="progress">Receives one line per run as it finishes (may be null).</param>
    /// <returns>The runs and their sizes.</returns>
    /// <exception cref="ArgumentException">A bad setting.</exception>
    /// <exception cref="DataException">A data set cannot be loaded.</exception>
    public static SoaaStudyResult Run(SoaaStudyOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        DateTime started = DateTime.UtcNow;
        long start = Stopwatch.GetTimestamp();
        var runs = new List<SoaaRun>();
        var tasks = new List<SoaaTaskData>();
        int total = options.Tasks.Count * SoaaStudyOptions.Optimizers.Count * options.LearningRates.Count * options.Seeds.Count;
        var cache = new Dictionary<string, DataSplits>();
        foreach (SoaaStudyTask task in options.Tasks)
        {
            var dataOptions = new DataOptions { DataSet = task.DataSet, DataDirectory = options.DataDirectory, Subset = options.Subset };
            if (!cache.TryGetValue(task.DataSet, out DataSplits? data))
            {
                data = DataCatalog.Load(dataOptions);
                cache[task.DataSet] = data;
            }

            int stepsPerEpoch = data.Train.Count / SoaaStudyOptions.BatchSize;
            int parameters = ModelFactory.Create(task.Model, data.Train, 0).Parameters.Count;
            tasks.Add(new SoaaTaskData(task.Name, data.Train.Count, data.Test.Count, stepsPerEpoch, parameters));
            foreach (string optimizer in SoaaStudyOptions.Optimizers)
            {
                foreach (double rate in options.LearningRates)
                {
                    foreach (ulong seed in options.Seeds)
                    {
                        var training = new TrainingOptions
                        {
                            Model = task.Model,
                            Task = task.Task,
                            Optimizer = optimizer,
                            LearningRate = rate,
                            BatchSize = SoaaStudyOptions.BatchSize,
                            Steps = (long)options.Epochs * stepsPerEpoch,
                            EvaluateEvery = stepsPerEpoch,
                            Seed = seed,
                            Threads = options.Threads,
                            Data = dataOptions,
                        };
                        SoaaRun run = RunOne(task, training, data, stepsPerEpoch);
                        runs.Add(run);
                        progress?.Invoke(Describe(runs.Count, total, run));
                    }
                }
            }
        }

        return new SoaaStudyResult(options, tasks, runs, StudyMachine.Current(), started, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static SoaaRun RunOne(SoaaStudyTask task, TrainingOptions training, DataSplits data, int stepsPerEpoch)
    {
        var recorder = new RunRecorder();
        long start = Stopwatch.GetTimestamp();
        SoaaRunStatus status = SoaaRunStatus.Completed;
        string message = string.Empty;
        try
        {
            Trainer.Run(training, data, observer: recorder);
        }
        catch (TrainingDivergedException e)
        {
            status = SoaaRunStatus.Diverged;
            message = e.Message;
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double[] trustRegion = training.Optimizer.StartsWith("soaa", StringComparison.Ordinal) ? [.. recorder.Steps.Select(s => s.TrustRegion)] : [];
        return new SoaaRun(
            task.Name, training.Optimizer, training.EffectiveLearningRate, training.Seed, status, message, recorder.Steps.Count,
            EpochAggregation.Aggregate(recorder.Steps, recorder.Evaluations, stepsPerEpoch), trustRegion, wall);
    }

    private static string Describe(int index, int total, SoaaRun run)
    {
        EpochRecord? last = run.Epochs.Count == 0 ? null : run.Epochs[^1];
        string outcome = run.Status == SoaaRunStatus.Completed
            ? string.Create(CultureInfo.InvariantCulture, $"test loss {last?.TestLoss:G5} after epoch {last?.Epoch}")
            : $"DIVERGED: {run.Message}";
        return string.Create(CultureInfo.InvariantCulture, $"[{index}/{total}] {run.Task} {run.Optimizer} lr {run.LearningRate:G3} seed {run.Seed}: {outcome} ({run.WallSeconds:F1} s)");
    }
}
