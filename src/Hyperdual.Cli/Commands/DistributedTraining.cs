using System.CommandLine;
using System.Globalization;
using Hyperdual.Data;
using Hyperdual.Distributed;
using Hyperdual.Distributed.Hosting;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary><c>hyperdual train --workers N</c> (and <c>--cluster</c>): runs the prepared training on workers and reports
/// it like a single-machine run, plus the bytes each worker exchanged per step.</summary>
internal static class DistributedTraining
{
    /// <summary>The distributed settings of a prepared run, checked before any data is read: null when the run is not distributed.</summary>
    /// <returns>The settings, or null.</returns>
    public static DistributedSettings? Check(ParseResult parse, DistributedOptionSet distributed, TrainingOptions options, bool resumed)
    {
        if (!distributed.IsGiven(parse))
        {
            distributed.RejectWithoutWorkers(parse);
            return null;
        }

        if (resumed)
        {
            throw new CliUserException("--workers: a run is resumed on one machine (hyperdual train --resume DIR); a distributed run starts from the seed");
        }

        if (options.MemoryBudget is not null)
        {
            throw new CliUserException("--workers: --memory-budget does not run on workers; give --micro-batch");
        }

        DistributedSettings settings = distributed.Read(parse);
        try
        {
            DistributedSupport.Check(options);
        }
        catch (ArgumentException e)
        {
            throw new CliUserException($"--workers: {TrainingOptionSet.FirstLine(e)}");
        }

        if (options.BatchSize < settings.Workers)
        {
            throw new CliUserException($"--workers {settings.Workers}: more workers than the {options.BatchSize} examples of a mini-batch");
        }

        if (settings.Cluster is ClusterAddress cluster)
        {
            ProbeCluster(cluster);
        }

        return settings;
    }

    /// <summary>Checks that the Redis server of <paramref name="cluster"/> answers, within <see cref="RedisProbe.Timeout"/>,
    /// before any data is read or any process starts.</summary>
    /// <exception cref="CliUserException">It does not, in one line naming the address.</exception>
    public static void ProbeCluster(ClusterAddress cluster)
    {
        try
        {
            RedisProbe.Check(cluster);
        }
        catch (ClusterStartException e)
        {
            throw new CliUserException($"--cluster: {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="options"/> on workers. A run that cannot start (a silo that fails to start, workers
    /// that do not join) is a one-line user error naming <c>--workers</c> or <c>--cluster</c>, and leaves no empty run folder behind.</summary>
    /// <returns>The run.</returns>
    public static DistributedResult Execute(DistributedSettings settings, TrainingOptions options, DataSplits data, string? folder, TextWriter log, CancellationToken cancellation)
    {
        bool created = folder is not null && !Directory.Exists(folder);
        try
        {
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            return DistributedTrainer.RunAsync(options, data, settings, folder, log, cancellation).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ClusterStartException or TimeoutException)
        {
            if (created && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }

            throw new CliUserException($"{(settings.Cluster is null ? $"--workers {settings.Workers}" : $"--cluster {settings.Cluster}")}: {e.Message}");
        }
    }

    /// <summary>The exit code of a finished run: success, or — when it stopped early — <see cref="ExitCodes.DistributedStopped"/>
    /// (<see cref="ExitCodes.Diverged"/> for a diverged run) after one <c>error:</c> line with the reason.</summary>
    /// <param name="result">The run.</param>
    /// <param name="where">What follows the reason: where the checkpoint is, or which run of several stopped.</param>
    /// <param name="stderr">Where the line goes.</param>
    /// <returns>The exit code.</returns>
    public static int ExitCode(DistributedResult result, string where, TextWriter stderr)
    {
        if (result.StopReason is null)
        {
            return ExitCodes.Success;
        }

        stderr.WriteLine($"error: {result.StopReason}; {where}");
        return result.Diverged ? ExitCodes.Diverged : ExitCodes.DistributedStopped;
    }

    /// <summary>Runs the training on workers.</summary>
    /// <returns>The exit code.</returns>
    public static int Run(ParseResult parse, DistributedSettings settings, TrainingOptions options, DataSplits data, string folder, bool quiet)
    {
        TextWriter stdout = parse.InvocationConfiguration.Output;
        TextWriter stderr = parse.InvocationConfiguration.Error;
        TextWriter log = quiet ? stderr : stdout;
        string label = OptimizerCatalog.Label(options);
        using var interrupt = new TrainingInterrupt();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"training {options.Model} with {label} on {settings.Workers} workers{(settings.Cluster is null ? " on 127.0.0.1" : $" in {settings.Cluster}")} (lr {options.EffectiveLearningRate:G4}, batch {options.BatchSize}, {options.Steps} steps, seed {options.Seed})"));
        DistributedResult result = Execute(settings, options, data, folder, log, interrupt.Token);

        EvaluationRecord final = result.Training.Final!;
        string split = data.Validation is null ? "test" : "validation";
        if (quiet)
        {
            JsonOutput.Write(stdout, new
            {
                model = options.Model,
                optimizer = label,
                workers = settings.Workers,
                workersAtEnd = result.WorkersAtEnd,
                steps = result.Training.StepsTaken,
                stopped = result.StopReason,
                testLoss = final.Loss,
                testAccuracy = final.Accuracy,
                shareBytesPerStep = result.ShareBytesPerStep,
                meanBytesPerStep = result.MeanBytesPerStep,
                stepsPerSecond = result.StepsPerSecond,
                output = folder,
            });
        }
        else
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split} accuracy {final.Accuracy:F4}, {split} loss {final.Loss:F4} after {result.Training.StepsTaken} steps on {result.WorkersAtEnd} workers ({result.StepsPerSecond:F2} steps/s; each worker sent {result.ShareBytesPerStep:F0} and received {result.MeanBytesPerStep} payload bytes per step)"));
            stdout.WriteLine($"results in {folder} ({RunFiles.MetricsFileName}, {RunFiles.RunFileName}, {CheckpointFile.FileName})");
        }

        if (result.StopReason is null && result.Training.Interrupted)
        {
            stdout.WriteLine($"interrupted: continue on one machine with  hyperdual train --resume {folder}");
        }

        return ExitCode(result, $"checkpoint at step {result.Training.StepsTaken} in {folder}", stderr);
    }
}
