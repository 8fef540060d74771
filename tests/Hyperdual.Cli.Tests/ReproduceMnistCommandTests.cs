using System.Globalization;
using System.Text.Json;

namespace Hyperdual.Cli.Tests;

public sealed class ReproduceMnistCommandTests
{
    private static readonly string[] ExpectedFiles =
    [
        "report.md", "sweep.csv", "runs.csv", "summary.csv", "study.json",
        "logreg-test-loss-steps.png", "logreg-test-loss-seconds.png", "cnn-test-loss-steps.png", "cnn-test-loss-seconds.png",
    ];

    [Fact]
    public void QuickStudyOnRealMnistWritesEveryFileAndTheReportsTablesEqualItsCsv()
    {
        string folder = Path.Combine(Path.GetTempPath(), "hyperdual-reproduce-mnist-" + Guid.NewGuid().ToString("N"));
        try
        {
            CliResult result = CliRunner.Run("reproduce", "mnist", "--quick", "--data-dir", RepositoryData.Folder, "--out", folder, "--json");
            Assert.True(result.ExitCode == 0, result.Error);
            using JsonDocument json = JsonDocument.Parse(result.Output);
            string[] files = [.. json.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()!)];
            Assert.Equal(ExpectedFiles, files.Select(Path.GetFileName).ToArray());
            Assert.Equal(ExpectedFiles.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            Assert.All(files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)),
                png => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4).ToArray()));

            // One progress line per run on stderr: 9 swept methods × 2 rates and 10 rows × 1 seed, per model.
            Assert.Equal(2 * ((9 * 2) + 10), result.ErrorLines.Count(l => l.StartsWith("logreg sweep ", StringComparison.Ordinal) || l.StartsWith("logreg test ", StringComparison.Ordinal)
                || l.StartsWith("cnn sweep ", StringComparison.Ordinal) || l.StartsWith("cnn test ", StringComparison.Ordinal)));

            List<Dictionary<string, string>> runs = ReadCsv(Path.Combine(folder, "runs.csv"));
            List<Dictionary<string, string>> summary = ReadCsv(Path.Combine(folder, "summary.csv"));
            List<Dictionary<string, string>> sweep = ReadCsv(Path.Combine(folder, "sweep.csv"));
            // Ten rows at the quick budgets' checkpoints: logreg 10, 20, 30 and cnn 1, 2.
            Assert.Equal(10 * 3, summary.Count(r => r["model"] == "logreg"));
            Assert.Equal(10 * 2, summary.Count(r => r["model"] == "cnn"));
            Assert.Equal(2 * 9 * 2, sweep.Count);

            // summary.csv against the raw evaluations of runs.csv, recomputed here.
            foreach (Dictionary<string, string> row in summary)
            {
                double[] losses = [.. runs.Where(r => r["model"] == row["model"] && r["phase"] == "test" && r["method"] == row["method"] && r["step"] == row["step"]).Select(r => Number(r["loss"]))];
                Assert.Equal(int.Parse(row["reached"], CultureInfo.InvariantCulture), losses.Length);
                Assert.Equal(losses.Average(), Number(row["test_loss_mean"]), 1e-12);
            }

            string report = File.ReadAllText(Path.Combine(folder, "report.md"));
            foreach (string model in new[] { "logreg", "cnn" })
            {
                string section = Section(report, model);
                List<string[]> tables = Tables(section);

                // The results table: every mean ± std cell equals summary.csv at four decimals.
                string[] header = tables.First(t => t[0].StartsWith("| method | η | test loss @", StringComparison.Ordinal))[0].Split('|', StringSplitOptions.TrimEntries)[1..^1];
                string[][] rows = Rows(tables.First(t => t[0].StartsWith("| method | η | test loss @", StringComparison.Ordinal)));
                Assert.Equal(10, rows.Length);
                int cellsChecked = 0;
                foreach (string[] cells in rows)
                {
                    for (int column = 2; column < header.Length; column++)
                    {
                        bool loss = header[column].StartsWith("test loss @", StringComparison.Ordinal);
                        string step = header[column][(header[column].IndexOf('@', StringComparison.Ordinal) + 1)..];
                        Dictionary<string, string> csv = summary.Single(r => r["model"] == model && r["method"] == cells[0] && r["step"] == step);
                        Assert.Equal(Number(csv["learning_rate"]), Number(cells[1]), Number(csv["learning_rate"]) * 1e-3);
                        string[] parts = cells[column].Split(" ± ");
                        Assert.Equal(Number(csv[loss ? "test_loss_mean" : "test_accuracy_mean"]), Number(parts[0]), 5.0001e-5);
                        Assert.Equal(Number(csv[loss ? "test_loss_std" : "test_accuracy_std"]), Number(parts[1]), 5.0001e-5);
                        cellsChecked++;
                    }
                }

                Assert.True(cellsChecked >= 10 * 2 * 2, $"{cellsChecked} cells checked");

                // Seconds per step and the ratio to SGD equal summary.csv at two decimals.
                foreach (string[] cells in Rows(tables.First(t => t[0].StartsWith("| method | ms / step | × sgd step |", StringComparison.Ordinal))))
                {
                    Dictionary<string, string> csv = summary.First(r => r["model"] == model && r["method"] == cells[0]);
                    Assert.Equal(Number(csv["seconds_per_step"]) * 1e3, Number(cells[1]), 5.0001e-3);
                    Assert.Equal(Number(csv["ratio_to_sgd"]), Number(cells[2]), 5.0001e-3);
                }

                // Every sweep candidate is in the report with sweep.csv's validation loss and accuracy; diverged ones say so.
                string[][] candidates = Rows(tables.First(t => t[0].StartsWith("| method | η | validation loss | validation accuracy | status |", StringComparison.Ordinal)));
                List<Dictionary<string, string>> modelSweep = [.. sweep.Where(r => r["model"] == model)];
                Assert.Equal(modelSweep.Count, candidates.Length);
                for (int i = 0; i < candidates.Length; i++)
                {
                    Assert.Equal(modelSweep[i]["method"], candidates[i][0]);
                    Assert.Equal(modelSweep[i]["status"] == "finished", candidates[i][4].StartsWith("finished", StringComparison.Ordinal));
                    Assert.Equal(modelSweep[i]["chosen"] == "true", candidates[i][4].EndsWith(", chosen", StringComparison.Ordinal));
                    if (modelSweep[i]["status"] == "finished")
                    {
                        Assert.Equal(Number(modelSweep[i]["validation_loss"]), Number(candidates[i][2]), 5.0001e-5);
                        Assert.Equal(Number(modelSweep[i]["validation_accuracy"]), Number(candidates[i][3]), 5.0001e-5);
                    }
                }

                // The chosen rate of every swept method is its sweep candidate with the lowest validation loss.
                foreach (IGrouping<string, Dictionary<string, string>> method in modelSweep.GroupBy(r => r["method"]))
                {
                    Dictionary<string, string> lowest = method.Where(r => r["status"] == "finished").MinBy(r => Number(r["validation_loss"]))!;
                    Assert.Equal("true", lowest["chosen"]);
                    Assert.Equal(Number(lowest["learning_rate"]), Number(summary.First(r => r["model"] == model && r["method"] == method.Key)["learning_rate"]));
                }

                Assert.Contains("reference implementation (fomoh f0da7ae), measured", section, StringComparison.Ordinal);
                Assert.Contains($"![{model}: test loss against steps]({model}-test-loss-steps.png)", section, StringComparison.Ordinal);
            }

            Assert.Contains("Machine: ", report, StringComparison.Ordinal);
            using JsonDocument study = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "study.json")));
            Assert.True(study.RootElement.GetProperty("quick").GetBoolean());
            Assert.True(study.RootElement.GetProperty("wallSeconds").GetDouble() > 0);
            Assert.Equal(2, study.RootElement.GetProperty("models").GetArrayLength());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Section(string report, string model)
    {
        int start = report.IndexOf($"## `{model}`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {model}");
        int end = report.IndexOf("\n## `", start + 1, StringComparison.Ordinal);
        return end < 0 ? report[start..] : report[start..end];
    }

    // The markdown tables of a text: runs of lines starting with '|'.
    private static List<string[]> Tables(string text)
    {
        var tables = new List<string[]>();
        var current = new List<string>();
        foreach (string line in text.Split('\n').Append(""))
        {
            if (line.StartsWith('|'))
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                tables.Add([.. current]);
                current.Clear();
            }
        }

        return tables;
    }

    // A table's data rows (header and alignment row skipped) as trimmed cells.
    private static string[][] Rows(string[] table) =>
        [.. table.Skip(2).Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1..^1])];

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line =>
        {
            string[] fields = line.Split(',');
            Assert.Equal(header.Length, fields.Length);
            return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        })];
    }
}
