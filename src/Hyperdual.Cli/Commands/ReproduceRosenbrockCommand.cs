using System.CommandLine;
using Hyperdual.Cli.Output;
using Hyperdual.Experiments.Rosenbrock;
using Hyperdual.Reports;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual reproduce rosenbrock [--out DIR] [--json]</c>: reruns the FoMoH paper's Rosenbrock study
/// (<see cref="RosenbrockStudy"/>, with and without the FoMoH-KD safeguards) and writes the files of
/// <see cref="RosenbrockStudyWriter"/>: <c>rosenbrock.csv</c> (every loss of every run), <c>rosenbrock-runs.csv</c>
/// (how each run ended and what it cost), <c>rosenbrock.md</c> (settings, machine, wall time, the tables with the
/// reference implementation's measured outcomes, every diverged run) and the plots (median and min–max band over
/// the seeds). Every target is checked before the study runs and the files are written as one set
/// (<see cref="ResultFolder"/>); a rerun says which files it replaced.
/// </summary>
public static class ReproduceRosenbrockCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOutputFolder = "out/reproduce-rosenbrock";

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>rosenbrock</c> sub-command of <c>reproduce</c>.</returns>
    public static Command Create()
    {
        var outputFolder = new Option<string>("--out", "-o") { Description = $"The output folder (default {DefaultOutputFolder}).", DefaultValueFactory = _ => DefaultOutputFolder };
        var json = new Option<bool>("--json") { Description = "Print the summaries and the files written as one line of JSON." };
        var rosenbrock = new Command("rosenbrock", "The FoMoH paper's Rosenbrock study: 2-D, 5-D and 10-D, ten seeds per method, FoMoH-KD with and without safeguards beside the reference's measured outcomes; CSV, markdown report and PNG plots.")
        {
            outputFolder, json,
        };
        rosenbrock.SetAction(parse =>
        {
            ResultFolder folder = CliOutput.PrepareFolder("--out", parse.GetValue(outputFolder)!, RosenbrockStudyWriter.FileNames);
            RosenbrockStudyResult result = RosenbrockStudy.Run(TestFunctionCatalog.Get("rosenbrock"));
            IReadOnlyList<string> files = CliOutput.WriteFolder("--out", folder, RosenbrockStudyWriter.Files(result));
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new { files, replaced = folder.ReplacedFiles.Select(folder.PathOf).ToArray(), summaries = result.Summaries });
            }
            else
            {
                output.Write(RosenbrockStudyWriter.Markdown(result));
                output.WriteLine();
                foreach (string file in files)
                {
                    bool replaced = folder.ReplacedFiles.Contains(Path.GetFileName(file));
                    output.WriteLine(replaced ? $"wrote {file} (replaced the previous one)" : $"wrote {file}");
                }
            }

            return ExitCodes.Success;
        });

        return rosenbrock;
    }
}
