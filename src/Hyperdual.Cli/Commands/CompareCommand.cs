using System.CommandLine;
using Hyperdual.Cli.Output;
using Hyperdual.Data;
using Hyperdual.Reports;
using Hyperdual.Text;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual compare --optimizers fgd,fomoh,fomoh-kd:2,fomoh-kd:3,sgd,adam,soaa --steps 300 --seeds 0,1,2
/// [--lr-of name=η,…] [--out DIR]</c>: every optimizer from identical initial weights and identical batches per
/// seed; writes <c>compare.csv</c>, <c>compare.md</c> and two PNG plots (see <see cref="ComparisonReport"/>).
/// </summary>
public static class CompareCommand
{
    /// <summary>The default optimizers.</summary>
    public const string DefaultOptimizers = "fgd,fomoh,fomoh-kd:2,fomoh-kd:3,sgd,adam,soaa";

    /// <summary>The default output folder.</summary>
    public const string DefaultOutputFolder = "out/compare";

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>compare</c> command.</returns>
    public static Command Create()
    {
        var shared = new TrainingOptionSet("logreg");
        var optimizers = new Option<string>("--optimizers") { Description = "Comma-separated optimizers; fomoh-kd:K sets K, fomoh-kd:K+momentum the momentum directions.", DefaultValueFactory = _ => DefaultOptimizers };
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated seeds.", DefaultValueFactory = _ => "0,1,2" };
        var rates = new Option<string?>("--lr-of") { Description = "Learning rates by optimizer label, e.g. fgd=1e-3,fomoh-kd:3=0.5 (others use their defaults)." };
        var output = new Option<string>("--out", "-o") { Description = $"The output folder (default {DefaultOutputFolder}).", DefaultValueFactory = _ => DefaultOutputFolder };
        var json = new Option<bool>("--json") { Description = "Print the per-optimizer summaries and the files written as one line of JSON." };
        var command = new Command("compare", "Train several optimizers from identical weights on identical batches per seed; write a CSV, a markdown table and plots.")
        {
            optimizers, seeds, rates, output, json,
        };
        foreach (Option option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            IReadOnlyList<OptimizerChoice> choices = ParseChoices(parse.GetValue(optimizers)!, parse.GetValue(rates));
            IReadOnlyList<ulong> seedList = ParseSeeds(parse.GetValue(seeds)!);
            TrainingOptions options = shared.Read(parse, 300) with { Seed = seedList[0] };
            ResultFolder folder = CliOutput.PrepareFolder("--out", parse.GetValue(output)!, ComparisonReport.FileNames);
            TrainingOptions[] runs = [.. choices.Select(c => c.Apply(options))];
            DataSplits data = TrainingOptionSet.LoadData(options, stderr, runs);
            options = shared.ApplyEpochs(parse, options, data);
            bool quiet = parse.GetValue(json);
            TextWriter progress = quiet ? stderr : stdout;
            ComparisonResult result;
            try
            {
                result = Comparison.Run(options, choices, seedList, data,
                    (label, seed) => new ConsoleTrainingObserver(progress, $"{label} seed {seed}", data.Validation is null ? "test" : "validation"));
            }
            catch (TrainingDivergedException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return ExitCodes.Diverged;
            }

            IReadOnlyList<string> files = CliOutput.WriteFolder("--out", folder, ComparisonReport.Files(result));
            if (quiet)
            {
                JsonOutput.Write(stdout, new { summaries = result.Summaries, files });
            }
            else
            {
                stdout.WriteLine();
                stdout.Write(ComparisonReport.Markdown(result));
                foreach (string file in files)
                {
                    stdout.WriteLine($"wrote {file}");
                }

                if (folder.ReplacedFiles.Count > 0)
                {
                    stdout.WriteLine($"replaced the earlier {string.Join(", ", folder.ReplacedFiles)} in {folder.Path}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<OptimizerChoice> ParseChoices(string list, string? rates)
    {
        var choices = new List<OptimizerChoice>();
        foreach (string item in list.Split(',', StringSplitOptions.TrimEntries))
        {
            try
            {
                choices.Add(OptimizerChoice.Parse(item));
            }
            catch (ArgumentException e)
            {
                throw new CliUserException($"--optimizers: {TrainingOptionSet.FirstLine(e)}");
            }
        }

        if (choices.Select(c => c.Label).Distinct().Count() != choices.Count)
        {
            throw new CliUserException("--optimizers: an optimizer is listed twice");
        }

        if (string.IsNullOrWhiteSpace(rates))
        {
            return choices;
        }

        foreach (string pair in rates.Split(',', StringSplitOptions.TrimEntries))
        {
            int equals = pair.LastIndexOf('=');
            string label = equals < 0 ? pair : pair[..equals].ToLowerInvariant();
            int index = choices.FindIndex(c => c.Label == label);
            if (equals < 0 || index < 0)
            {
                throw new CliUserException($"--lr-of: '{pair}' is not label=rate for one of {string.Join(", ", choices.Select(c => c.Label))}");
            }

            string rateText = pair[(equals + 1)..];
            if (!NumberText.TryParseDouble(rateText, allowNonFinite: false, out double rate) || !(rate > 0.0))
            {
                throw new CliUserException(NumberText.Fault($"--lr-of {label}", NumberText.DescribeReal(positive: true, allowNonFinite: false), rateText));
            }

            choices[index] = choices[index] with { LearningRate = rate };
        }

        return choices;
    }

    internal static IReadOnlyList<ulong> ParseSeeds(string list)
    {
        var seeds = new List<ulong>();
        foreach (string item in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!NumberText.TryParseUInt64(item, ulong.MinValue, ulong.MaxValue, out ulong seed))
            {
                throw new CliUserException(NumberText.Fault("--seeds", NumberText.DescribeWhole(ulong.MinValue, ulong.MaxValue), item));
            }

            seeds.Add(seed);
        }

        if (seeds.Distinct().Count() != seeds.Count)
        {
            throw new CliUserException("--seeds: a seed is listed twice");
        }

        return seeds;
    }
}
