using System.CommandLine;
using System.Globalization;
using Hyperdual.Data;
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
        var output = new Option<string>("--out") { Description = $"The output folder (default {DefaultOutputFolder}).", DefaultValueFactory = _ => DefaultOutputFolder };
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
            string folder = parse.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(folder))
            {
                throw new CliUserException("--out needs a folder path, got an empty value");
            }

            if (File.Exists(folder))
            {
                throw new CliUserException($"--out: '{folder}' is a file, not a folder");
            }

            TrainingOptions options = shared.Read(parse, 300) with { Seed = seedList[0] };
            DataSplits data = TrainingOptionSet.LoadData(options, stderr);
            options = shared.ApplyEpochs(parse, options, data);
            try
            {
                foreach (OptimizerChoice choice in choices)
                {
                    choice.Apply(options).Validate();
                }
            }
            catch (ArgumentException e)
            {
                throw new CliUserException(e.Message);
            }

            bool quiet = parse.GetValue(json);
            TextWriter progress = quiet ? stderr : stdout;
            ComparisonResult result;
            try
            {
                result = Comparison.Run(options, choices, seedList, data,
                    (label, seed) => new ConsoleTrainingObserver(progress, $"{label} seed {seed}"));
            }
            catch (TrainingDivergedException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return ExitCodes.Diverged;
            }

            IReadOnlyList<string> files = ComparisonReport.Write(result, folder);
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
                throw new CliUserException($"--optimizers: {e.Message}");
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
            if (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) || !(rate > 0.0) || !double.IsFinite(rate))
            {
                throw new CliUserException($"--lr-of: the rate of {label} must be a positive number such as 0.5 or 1e-3, got '{rateText}'");
            }

            choices[index] = choices[index] with { LearningRate = rate };
        }

        return choices;
    }

    private static IReadOnlyList<ulong> ParseSeeds(string list)
    {
        var seeds = new List<ulong>();
        foreach (string item in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!ulong.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
            {
                throw new CliUserException($"--seeds: '{item}' is not a whole number ≥ 0");
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
