using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Experiments.Soaa;
using Hyperdual.Reports;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual reproduce soaa [--quick] [--out DIR] [--seeds 0,1,2,3,4] [--epochs N] [--data-dir DIR] [--threads N] [--json]</c>:
/// SOAA (both variants) against Adam and AdamW with Tadam's protocol (<see cref="SoaaStudy"/>): the 784-128-32-128-784
/// autoencoder on MNIST and Fashion-MNIST and the 784-256-10 classifier on MNIST, batch 128, learning rates 3e-4, 1e-3,
/// 3e-3. Writes <c>report.md</c>, the CSV and JSON behind it and the plots (<see cref="SoaaStudyFiles"/>) as one set;
/// every target is checked before the study runs.
/// </summary>
public static class ReproduceSoaaCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOutputFolder = "out/reproduce-soaa";

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>soaa</c> sub-command of <c>reproduce</c>.</returns>
    public static Command Create()
    {
        var quick = new Option<bool>("--quick")
        {
            Description = "A quick end-to-end check instead of the study: seed 0, learning rate 1e-3, two epochs of 8 steps on the first 1,024 training and test examples.",
        };
        var outputFolder = new Option<string>("--out", "-o") { Description = $"The output folder (default {DefaultOutputFolder}).", DefaultValueFactory = _ => DefaultOutputFolder };
        var seeds = new Option<string?>("--seeds") { Description = "Comma-separated seeds (default 0,1,2,3,4; with --quick 0)." };
        Option<int?> epochs = CliOptions.OptionalInt(
            "--epochs", $"Epochs per run (default {SoaaStudyOptions.DefaultEpochs}: 468 steps each on the full 60,000 training examples; with --quick 2).", 1, 1000);
        var dataDirectory = new Option<string?>("--data-dir") { Description = "The data cache folder (default $HYPERDUAL_DATA, else ~/.cache/hyperdual); MNIST is fetched there when absent." };
        Option<int?> threads = CliOptions.OptionalInt("--threads", "The most threads the kernels use (default: every core).", 1, 1024);
        var json = new Option<bool>("--json") { Description = "Print the summaries and the files written as one line of JSON." };
        var command = new Command(
            "soaa",
            "SOAA's claim (Vo 2024) tested with its ancestor Tadam's protocol: SOAA (both variants), Adam and AdamW on an MNIST and a Fashion-MNIST autoencoder " +
            $"and an MNIST classifier, learning rates 3e-4, 1e-3, 3e-3, five seeds, {SoaaStudyOptions.DefaultEpochs} epochs of 468 steps at batch 128 on all 60,000 training examples (180 runs, about half an hour on two quiet cores); report, CSV, JSON and plots.")
        {
            quick, outputFolder, seeds, epochs, dataDirectory, threads, json,
        };
        command.SetAction(parse =>
        {
            SoaaStudyOptions options = parse.GetValue(quick) ? SoaaStudyOptions.Quick : new SoaaStudyOptions();
            if (parse.GetValue(seeds) is string seedList)
            {
                options = options with { Seeds = CompareCommand.ParseSeeds(seedList) };
            }

            if (parse.GetValue(epochs) is int epochCount)
            {
                options = options with { Epochs = epochCount };
            }

            if (parse.GetValue(dataDirectory) is string folder)
            {
                CliOutput.CheckFolder("--data-dir", folder);
                options = options with { DataDirectory = folder };
            }

            options = options with { Threads = parse.GetValue(threads) };
            ResultFolder output = CliOutput.PrepareFolder("--out", parse.GetValue(outputFolder)!, SoaaStudyFiles.FileNames(options));
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            SoaaStudyResult result = SoaaStudy.Run(options, line => stderr.WriteLine(line));
            IReadOnlyList<string> files = CliOutput.WriteFolder("--out", output, SoaaStudyFiles.Files(result));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, new
                {
                    files,
                    replaced = output.ReplacedFiles.Select(output.PathOf).ToArray(),
                    wallSeconds = result.WallSeconds,
                    diverged = result.Runs.Count(r => r.Status != SoaaRunStatus.Completed),
                    summaries = result.Summaries.Select(s => new
                    {
                        s.Task, s.Optimizer, s.LearningRate, s.Runs, s.Diverged, s.Epoch,
                        trainLoss = s.Final.TrainLoss, testLoss = s.Final.TestLoss, testAccuracy = s.Final.TestAccuracy, seconds = s.Final.Seconds,
                    }),
                });
            }
            else
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SOAA study: {result.Runs.Count} runs in {result.WallSeconds:F0} s, {result.Runs.Count(r => r.Status != SoaaRunStatus.Completed)} diverged."));
                foreach (string file in files)
                {
                    bool replaced = output.ReplacedFiles.Contains(Path.GetFileName(file));
                    stdout.WriteLine(replaced ? $"wrote {file} (replaced the previous one)" : $"wrote {file}");
                }
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
