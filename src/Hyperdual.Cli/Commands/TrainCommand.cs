using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Data;
using Hyperdual.Distributed;
using Hyperdual.Reports;
using Hyperdual.Tensors;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual train</c>: trains a built-in model on real data with a forward-mode (FGD, FoMoH, FoMoH-BP,
/// FoMoH-KD) or backprop (SGD, Adam, AdamW, SOAA) optimizer, writes <c>metrics.csv</c>, <c>run.json</c> and a
/// checkpoint to the run folder, and prints the final test loss and accuracy. With no options: FoMoH-KD, K = 3,
/// on the MLP on MNIST (fetched on first use). Ctrl-C stops at the next step with a checkpoint; <c>--resume DIR</c> continues
/// it bit-identically.
/// </summary>
public static class TrainCommand
{
    /// <summary>The default model: the MLP (784–128–10, 101,770 parameters), a network that FoMoH-KD trains forward-only.</summary>
    public const string DefaultModel = "mlp";

    /// <summary>The default step budget: about two minutes of FoMoH-KD K = 3 on the MLP at batch 1024 on 2 cores.</summary>
    public const long DefaultSteps = 3000;

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>train</c> command.</returns>
    public static Command Create()
    {
        var shared = new TrainingOptionSet(DefaultModel);
        var optimizer = CliOptions.Choice("--optimizer", "The optimizer.", OptimizerCatalog.Names, "fomoh-kd");
        var k = CliOptions.Int("--k", "FoMoH-KD's number of directions K.", 1, JetLayout.MaxDirections, 3, alias: "-k");
        var rate = CliOptions.OptionalDouble("--lr", "The learning rate (default: the optimizer's, see the README).", positive: true);
        var seed = CliOptions.UInt64("--seed", "The seed of the initial weights, the batch order and the directions.", 0UL, alias: "-s");
        var checkpointEvery = CliOptions.Int("--checkpoint-every", "Write a checkpoint every this many steps (0: at the end only).", 0, int.MaxValue, 0);
        var output = new Option<string?>("--out", "-o") { Description = "The run folder (default out/train/<time>-<model>-<optimizer>)." };
        var resume = new Option<string?>("--resume") { Description = "Continue the run in this folder from its checkpoint, with its settings; only --steps (not under a cosine schedule or SOAA), --threads and --data-dir may be given too." };
        var force = new Option<bool>("--force") { Description = "Replace a run already in --out." };
        var json = new Option<bool>("--json") { Description = "Print the final metrics as one line of JSON." };
        var command = new Command("train", "Train a network on real data, forward-only (FGD, FoMoH, FoMoH-BP, FoMoH-KD) or by backprop (SGD, Adam, AdamW, SOAA).")
        {
            optimizer, k, rate, seed, checkpointEvery, output, resume, force, json,
        };
        foreach (Option option in shared.All)
        {
            command.Options.Add(option);
        }

        var distributed = new DistributedOptionSet();
        foreach (Option option in distributed.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            (TrainingOptions options, TrainingCheckpoint? checkpoint, string folder) = Prepare(parse, shared, optimizer, k, rate, seed, checkpointEvery, output, resume, force);
            DistributedSettings? distributedSettings = DistributedTraining.Check(parse, distributed, options, checkpoint is not null);
            DataSplits data = TrainingOptionSet.LoadData(options, stderr, [options]);
            if (checkpoint is null)
            {
                options = shared.ApplyEpochs(parse, options, data);
            }

            if (distributedSettings is not null)
            {
                return DistributedTraining.Run(parse, distributedSettings, options, data, folder, parse.GetValue(json));
            }

            string label = OptimizerCatalog.Label(options);
            bool quiet = parse.GetValue(json);
            if (!quiet)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"training {options.Model} with {label} (lr {options.EffectiveLearningRate:G4}, batch {options.BatchSize}, {options.Steps} steps, seed {options.Seed}) on {data.Train.Name}: {data.Train.Count} train, {(data.Validation ?? data.Test).Count} {(data.Validation is null ? "test" : "validation")}"));
            }

            using var interrupt = new TrainingInterrupt();
            TrainingResult result;
            try
            {
                Directory.CreateDirectory(folder);
                result = LiveTrainingDisplay.Run(quiet ? stderr : stdout, $"{options.Model} {label}", data.Validation is null ? "test" : "validation",
                    observer => Trainer.Run(options, data, folder, checkpoint, observer, interrupt.Token));
            }
            catch (TrainingDivergedException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return ExitCodes.Diverged;
            }

            EvaluationRecord final = result.Final!;
            if (quiet)
            {
                JsonOutput.Write(stdout, new
                {
                    model = options.Model,
                    optimizer = label,
                    learningRate = options.EffectiveLearningRate,
                    steps = result.StepsTaken,
                    interrupted = result.Interrupted,
                    testLoss = final.Loss,
                    testAccuracy = final.Accuracy,
                    secondsPerStep = result.MedianStepSeconds,
                    derivativeSecondsPerStep = result.MedianDerivativeSeconds,
                    output = folder,
                });
            }
            else
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(data.Validation is null ? "test" : "validation")} accuracy {final.Accuracy:F4}, {(data.Validation is null ? "test" : "validation")} loss {final.Loss:F4} after {result.StepsTaken} steps ({result.MedianStepSeconds * 1e3:F1} ms/step, of which {result.MedianDerivativeSeconds * 1e3:F1} ms derivatives)"));
                stdout.WriteLine(result.Interrupted
                    ? $"interrupted: continue with  hyperdual train --resume {folder}"
                    : $"results in {folder} ({RunFiles.MetricsFileName}, {RunFiles.RunFileName}, {CheckpointFile.FileName})");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static (TrainingOptions Options, TrainingCheckpoint? Checkpoint, string Folder) Prepare(
        ParseResult parse, TrainingOptionSet shared, Option<string> optimizer, Option<int> k, Option<double?> rate, Option<ulong> seed,
        Option<int> checkpointEvery, Option<string?> output, Option<string?> resume, Option<bool> force)
    {
        if (parse.GetValue(resume) is string resumeFolder)
        {
            ResultFolder run = CliOutput.PrepareFolder("--resume", resumeFolder, RunFiles.FileNames);
            if (!run.ReplacedFiles.Contains(CheckpointFile.FileName))
            {
                throw new CliUserException($"--resume: '{resumeFolder}' holds no {CheckpointFile.FileName}");
            }

            TrainingCheckpoint checkpoint;
            try
            {
                checkpoint = CheckpointFile.Read(run.PathOf(CheckpointFile.FileName));
            }
            catch (InvalidDataException e)
            {
                throw new CliUserException($"--resume: {e.Message}");
            }

            Option[] fixedByCheckpoint = [.. shared.All.Where(o => o != shared.Steps && o != shared.Threads && o != shared.DataDirectory), optimizer, k, rate, seed, checkpointEvery, output, force];
            if (fixedByCheckpoint.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is Option given)
            {
                throw new CliUserException($"{given.Name}: a resumed run keeps the settings in its checkpoint; only --steps, --threads and --data-dir may be given with --resume");
            }

            TrainingOptions resumed = checkpoint.Options with
            {
                Steps = parse.GetValue(shared.Steps) ?? checkpoint.Options.Steps,
                Threads = parse.GetValue(shared.Threads) ?? checkpoint.Options.Threads,
                Data = checkpoint.Options.Data with { DataDirectory = parse.GetValue(shared.DataDirectory) ?? checkpoint.Options.Data.DataDirectory },
            };
            if (resumed.Steps < checkpoint.Step)
            {
                throw new CliUserException($"--steps {resumed.Steps}: the run in '{resumeFolder}' is already at step {checkpoint.Step}");
            }

            try
            {
                Trainer.CheckResumable(checkpoint.Options, resumed);
            }
            catch (ArgumentException e)
            {
                throw new CliUserException($"--steps {resumed.Steps}: {TrainingOptionSet.FirstLine(e)}");
            }

            return (resumed, checkpoint, resumeFolder);
        }

        TrainingOptions options = shared.Read(parse, DefaultSteps) with
        {
            Optimizer = parse.GetValue(optimizer)!,
            Directions = parse.GetValue(k),
            LearningRate = parse.GetValue(rate),
            Seed = parse.GetValue(seed),
            CheckpointEvery = parse.GetValue(checkpointEvery),
        };
        string folder = parse.GetValue(output)
            ?? Path.Combine("out", "train", $"{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{options.Model}-{OptimizerCatalog.Label(options).Replace(':', '-')}");
        ResultFolder target = CliOutput.PrepareFolder("--out", folder, RunFiles.FileNames);
        if (target.ReplacedFiles.Count > 0 && !parse.GetValue(force))
        {
            throw new CliUserException($"--out: '{folder}' already holds a run; continue it with --resume {folder}, or pass --force to replace it");
        }

        return (options, null, folder);
    }
}
