using System.CommandLine;
using System.Globalization;
using Hyperdual.Data;
using Hyperdual.Distributed;
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

        return settings;
    }

    /// <summary>Runs the training on workers.</summary>
    /// <returns>The exit code.</returns>
    public static int Run(ParseResult parse, DistributedSettings settings, TrainingOptions options, DataSplits data, string folder, bool quiet)
    {
        TextWriter stdout = parse.InvocationConfiguration.Output;
        TextWriter stderr = parse.InvocationConfiguration.Error;
        TextWriter log = quiet ? stderr : stdout;
        string label = OptimizerCatalog.Label(options);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"training {options.Model} with {label} on {settings.Workers} workers{(settings.Cluster is null ? " on 127.0.0.1" : $" in {settings.Cluster}")} (lr {options.EffectiveLearningRate:G4}, batch {options.BatchSize}, {options.Steps} steps, seed {options.Seed})"));
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        DistributedResult result;
        try
        {
            Directory.CreateDirectory(folder);
            result = DistributedTrainer.RunAsync(options, data, settings, folder, log, cancellation.Token).GetAwaiter().GetResult();
        }
        catch (TimeoutException e)
        {
            throw new CliUserException($"--workers {settings.Workers}: {e.Message}");
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

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

        if (result.StopReason is not null)
        {
            stderr.WriteLine($"error: {result.StopReason}; checkpoint at step {result.Training.StepsTaken} in {folder}");
            return result.Diverged ? ExitCodes.Diverged : ExitCodes.DistributedStopped;
        }

        return ExitCodes.Success;
    }
}
