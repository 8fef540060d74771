using System.CommandLine;
using Hyperdual.Cli.Output;
using Hyperdual.Experiments.Mnist;
using Hyperdual.Reports;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual reproduce mnist [--quick] [--out DIR] [--seeds 0,1,2] [--data-dir DIR] [--json]</c>: reruns the FoMoH
/// paper's MNIST study (<see cref="MnistStudy"/>) and writes <c>report.md</c>, <c>sweep.csv</c>, <c>runs.csv</c>,
/// <c>summary.csv</c>, <c>study.json</c> and two PNG plots per model (see <see cref="MnistReport"/>). The output folder is
/// checked before the study runs and the files are written as one set; one progress line per run goes to stderr.
/// </summary>
public static class ReproduceMnistCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOutputFolder = "out/reproduce-mnist";

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>mnist</c> sub-command of <c>reproduce</c>.</returns>
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "The quick variant: 256 training and test examples, short budgets, small batches, seed 0, two-point sweeps (a few minutes at most)." };
        var outputFolder = new Option<string>("--out", "-o") { Description = $"The output folder (default {DefaultOutputFolder}).", DefaultValueFactory = _ => DefaultOutputFolder };
        var seeds = new Option<string?>("--seeds") { Description = "Comma-separated seeds of every model's final runs (default: logreg 0,1,2 and cnn 0,1; quick: 0); the sweeps use the first." };
        var dataDirectory = new Option<string?>("--data-dir") { Description = "Where the data sets are cached (default $HYPERDUAL_DATA, else ~/.cache/hyperdual)." };
        var json = new Option<bool>("--json") { Description = "Print the rates chosen, the summaries and the files written as one line of JSON." };
        var mnist = new Command("mnist", "The FoMoH paper's MNIST study: logreg and cnn, FoMoH family against backprop SGD, Adam and SOAA; rates swept on a validation split; tables, CSV, JSON and plots.")
        {
            quick, outputFolder, seeds, dataDirectory, json,
        };
        mnist.SetAction(parse =>
        {
            string? seedText = parse.GetValue(seeds);
            IReadOnlyList<ulong>? seedList = seedText is null ? null : CompareCommand.ParseSeeds(seedText);
            string? dataFolder = parse.GetValue(dataDirectory);
            if (dataFolder is not null)
            {
                CliOutput.CheckFolder("--data-dir", dataFolder);
            }

            MnistStudyOptions options = MnistStudyOptions.Create(parse.GetValue(quick), seedList, dataFolder);
            ResultFolder folder = CliOutput.PrepareFolder("--out", parse.GetValue(outputFolder)!, MnistReport.NamesFor(options.Models.Select(m => m.Model)));
            TextWriter stderr = parse.InvocationConfiguration.Error;
            MnistStudyResult result = MnistStudy.Run(options, stderr);
            IReadOnlyList<string> files = CliOutput.WriteFolder("--out", folder, MnistReport.Files(result));
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new
                {
                    files,
                    replaced = folder.ReplacedFiles.Select(folder.PathOf).ToArray(),
                    wallSeconds = result.WallSeconds,
                    models = result.Models.Select(m => new { model = m.Plan.Model, rates = m.Choices, summaries = m.Summaries }),
                });
            }
            else
            {
                foreach (string file in files)
                {
                    bool replaced = folder.ReplacedFiles.Contains(Path.GetFileName(file));
                    output.WriteLine(replaced ? $"wrote {file} (replaced the previous one)" : $"wrote {file}");
                }
            }

            return ExitCodes.Success;
        });

        return mnist;
    }
}
