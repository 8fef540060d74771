using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Data;
using Hyperdual.Distributed;
using Hyperdual.Optimizers;
using Hyperdual.Tensors;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual bench-distributed</c>: for each optimizer and worker count, a short data-parallel run with worker
/// processes on 127.0.0.1, reporting the payload bytes each worker sends and receives per step (what the share codec
/// serialises; the call arguments and Orleans' message framing come on top) and the steps per second (the median step).
/// A lost worker (<c>--worker-timeout</c>) stops the benchmark with exit code 5; Ctrl-C stops it after the current step.
/// </summary>
public static class DistributedBenchCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>bench-distributed</c> command.</returns>
    public static Command Create()
    {
        var workers = new Option<string>("--workers") { Description = "The worker counts, comma-separated.", DefaultValueFactory = _ => "1,2,4" };
        var optimizers = new Option<string>("--optimizers") { Description = $"The optimizers, comma-separated (of {string.Join(", ", OptimizerCatalog.Names.Where(n => n != "fomoh-bp"))}).", DefaultValueFactory = _ => "fomoh-kd,sgd" };
        var model = CliOptions.Choice("--model", "The model.", ModelFactory.NamesFor(TrainingTask.Classify), "logreg");
        var k = CliOptions.Int("--k", "FoMoH-KD's number of directions K.", 1, JetLayout.MaxDirections, 3, alias: "-k");
        var steps = CliOptions.Int("--steps", "Steps per run.", 2, 1_000_000, 20);
        var batch = CliOptions.Int("--batch-size", "The mini-batch size (split among the workers).", 1, 1 << 24, 256);
        var subset = CliOptions.OptionalInt("--subset", "Use only the first N training examples.", 1, int.MaxValue);
        var dataSet = new Option<string>("--dataset") { Description = "mnist, fashion-mnist or csv:PATH.", DefaultValueFactory = _ => "mnist" };
        var dataDirectory = new Option<string?>("--data-dir") { Description = "Where the data sets are cached." };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON per run." };
        Option<double> workerTimeout = new DistributedOptionSet().WorkerTimeout;
        var command = new Command("bench-distributed", "Measure bytes per step and steps per second of data-parallel training with 1, 2, 4, … worker processes on this machine.")
        {
            workers, optimizers, model, k, steps, batch, subset, dataSet, dataDirectory, workerTimeout, json,
        };
        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            int[] counts = WorkerCounts(parse.GetValue(workers)!);
            string[] names = Optimizers(parse.GetValue(optimizers)!);
            if (parse.GetValue(dataDirectory) is string folder)
            {
                Output.CliOutput.CheckFolder("--data-dir", folder);
            }

            var template = new TrainingOptions
            {
                Model = parse.GetValue(model)!,
                Directions = parse.GetValue(k),
                Steps = parse.GetValue(steps),
                BatchSize = parse.GetValue(batch),
                EvaluateEvery = int.MaxValue,
                Data = new DataOptions { DataSet = parse.GetValue(dataSet)!, DataDirectory = parse.GetValue(dataDirectory), Subset = parse.GetValue(subset) },
            };
            if (template.BatchSize < counts.Max())
            {
                throw new CliUserException($"--batch-size {template.BatchSize}: smaller than {counts.Max()} workers");
            }

            DataSplits data = TrainingOptionSet.LoadData(template, stderr, [.. names.Select(n => template with { Optimizer = n })]);
            bool quiet = parse.GetValue(json);
            using var interrupt = new TrainingInterrupt();
            if (!quiet)
            {
                stdout.WriteLine($"{template.Model} on {data.Train.Name}, batch {template.BatchSize}, {template.Steps} steps per run, {Environment.ProcessorCount} cores");
                stdout.WriteLine("optimizer      parameters  workers  sent B/step/worker  received B/step/worker  steps/s");
            }

            int measured = 0;
            foreach (string name in names)
            {
                foreach (int count in counts)
                {
                    TrainingOptions options = template with { Optimizer = name };
                    string label = OptimizerCatalog.Label(options);
                    var settings = new DistributedSettings { Workers = count, WorkerTimeoutSeconds = parse.GetValue(workerTimeout), WorkerLaunch = DistributedOptionSet.ThisExecutable() };
                    DistributedResult result = DistributedTraining.Execute(settings, options, data, null, TextWriter.Null, interrupt.Token);
                    int code = DistributedTraining.ExitCode(result, $"the run of {label} on {count} workers was not measured", stderr);
                    if (code != ExitCodes.Success)
                    {
                        return code;
                    }

                    if (interrupt.IsRequested)
                    {
                        stderr.WriteLine($"interrupted: {measured} of {names.Length * counts.Length} runs measured");
                        return ExitCodes.Success;
                    }

                    measured++;
                    int n = result.Training.Parameters.Length;
                    if (quiet)
                    {
                        JsonOutput.Write(stdout, new
                        {
                            optimizer = label,
                            model = options.Model,
                            parameters = n,
                            workers = count,
                            sentBytesPerStep = result.ShareBytesPerStep,
                            receivedBytesPerStep = result.MeanBytesPerStep,
                            stepsPerSecond = result.StepsPerSecond,
                        });
                    }
                    else
                    {
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{label,-13}  {n,10}  {count,7}  {result.ShareBytesPerStep,18:F0}  {result.MeanBytesPerStep,22}  {result.StepsPerSecond,7:F2}"));
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int[] WorkerCounts(string text)
    {
        double[] values = NumberListParser.Parse(text, "--workers");
        foreach (double value in values)
        {
            if (value != Math.Floor(value) || value < 1 || value > DistributedOptionSet.MaxLocalWorkers)
            {
                throw new CliUserException($"--workers: '{value.ToString(CultureInfo.InvariantCulture)}' is not a worker count in [1, {DistributedOptionSet.MaxLocalWorkers}]");
            }
        }

        return [.. values.Select(v => (int)v).Distinct()];
    }

    private static string[] Optimizers(string text)
    {
        string[] names = text.Split(',', StringSplitOptions.TrimEntries);
        foreach (string name in names)
        {
            if (!OptimizerCatalog.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new CliUserException($"--optimizers: '{name}' is not one of {string.Join(", ", OptimizerCatalog.Names)}");
            }

            if (OptimizerCatalog.Kind(name) == OptimizerKind.FomohBp)
            {
                throw new CliUserException("--optimizers: fomoh-bp does not run on workers (its direction is the full gradient)");
            }
        }

        return [.. names.Select(n => n.ToLowerInvariant()).Distinct()];
    }
}
