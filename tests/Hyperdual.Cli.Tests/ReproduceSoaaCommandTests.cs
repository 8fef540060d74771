using System.Globalization;
using System.Text.Json;

namespace Hyperdual.Cli.Tests;

/// <summary><c>reproduce soaa --quick</c> end to end on MNIST and Fashion-MNIST: every file, and every number in the
/// report's tables equal to the CSV behind it.</summary>
public sealed class ReproduceSoaaCommandTests
{
    private static readonly string[] Tasks = ["autoencoder-mnist", "autoencoder-fashion-mnist", "mlp-mnist"];
    private static readonly string[] Optimizers = ["adam", "adamw", "soaa", "soaa-tadam"];

    [Fact]
    public void QuickStudyWritesEveryFileAndItsTablesEqualTheCsv()
    {
        string folder = Path.Combine(Path.GetTempPath(), "hyperdual-soaa-" + Guid.NewGuid().ToString("N"));
        try
        {
            CliResult result = CliRunner.Run("reproduce", "soaa", "--quick", "--data-dir", RepositoryData.Folder, "--out", folder, "--json");
            Assert.True(result.ExitCode == 0, result.Error);
            using JsonDocument json = JsonDocument.Parse(result.Output);
            string[] files = [.. json.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()!)];
            string[] expected =
            [
                "report.md", "epochs.csv", "epoch-summary.csv", "summary.csv", "trust-region.csv", "study.json",
                .. Tasks.SelectMany(t => (string[])[$"{t}-lr1e-3-test.png", $"{t}-lr1e-3-train.png", $"{t}-lr1e-3-seconds.png"]),
                .. Tasks.Select(t => $"{t}-trust-region.png"),
            ];
            Assert.Equal(expected, files.Select(Path.GetFileName).ToArray());
            Assert.Equal(expected.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            Assert.All(files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)), png =>
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4).ToArray()));

            // One progress line per run on standard error: 3 tasks × 4 optimizers × 1 rate × 1 seed.
            Assert.Equal(12, result.ErrorLines.Count(l => l.StartsWith('[')));
            Assert.Equal(0, json.RootElement.GetProperty("diverged").GetInt32());

            Csv epochs = Csv.Read(Path.Combine(folder, "epochs.csv"));
            Csv summary = Csv.Read(Path.Combine(folder, "summary.csv"));
            Csv epochSummary = Csv.Read(Path.Combine(folder, "epoch-summary.csv"));
            Csv trustRegion = Csv.Read(Path.Combine(folder, "trust-region.csv"));

            // epochs.csv: every run's epochs 0, 1, 2; the summary's final means are those of epoch 2 (one seed).
            Assert.Equal(12 * 3, epochs.Rows.Count);
            Assert.Equal(12, summary.Rows.Count);
            foreach (Dictionary<string, string> row in summary.Rows)
            {
                Dictionary<string, string> last = epochs.Rows.Single(e => e["task"] == row["task"] && e["optimizer"] == row["optimizer"] && e["epoch"] == "2");
                Assert.Equal(last["test_loss"], row["test_loss_mean"]);
                Assert.Equal(last["train_loss"], row["train_loss_mean"]);
                Assert.Equal("0", row["diverged"]);
            }

            // trust-region.csv: SOAA's d at each of the 16 steps of the 2 SOAA runs of each task; d = 1 at step 1.
            Assert.Equal(3 * 2 * 16, trustRegion.Rows.Count);
            Assert.All(trustRegion.Rows.Where(r => r["step"] == "1"), r => Assert.Equal(1.0, Number(r["d"])));
            Assert.All(trustRegion.Rows, r => Assert.StartsWith("soaa", r["optimizer"], StringComparison.Ordinal));

            string markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
            Assert.Contains("the protocol is Tadam's, not SOAA's paper's", markdown, StringComparison.Ordinal);
            Assert.Contains("logical processors", markdown, StringComparison.Ordinal);
            Assert.Contains("None: all 12 runs completed their budget.", markdown, StringComparison.Ordinal);
            int cells = 0;
            foreach (string task in Tasks)
            {
                string section = Section(markdown, $"## {task}:", "\n## ");
                string loss = task.StartsWith("autoencoder", StringComparison.Ordinal) ? "MSE" : "cross-entropy";
                IReadOnlyList<Dictionary<string, string>> end = MarkdownTable(Section(section, "### End of training", "\n### "));
                Assert.Equal(Optimizers, end.Select(r => r["optimizer"]));
                foreach (Dictionary<string, string> row in end)
                {
                    Dictionary<string, string> csv = summary.Rows.Single(r => r["task"] == task && r["optimizer"] == row["optimizer"] && Number(r["learning_rate"]) == Number(row["learning rate"]));
                    Assert.Equal(csv["runs"], row["runs"]);
                    Assert.Equal(csv["diverged"], row["diverged"]);
                    Assert.Equal(csv["epoch"], row["epoch"]);
                    cells += AssertMeanStd(row[$"train {loss}"], csv, "train_loss") + AssertMeanStd(row[$"test {loss}"], csv, "test_loss") + AssertMeanStd(row["seconds"], csv, "seconds");
                    if (loss == "cross-entropy")
                    {
                        cells += AssertMeanStd(row["test accuracy"], csv, "test_accuracy");
                    }
                }

                foreach ((string split, string column, int first) in new[] { ("Test", "test_loss", 0), ("Train", "train_loss", 1) })
                {
                    IReadOnlyList<Dictionary<string, string>> table = MarkdownTable(Section(section, $"### {split} {loss} per epoch", "\n!["));
                    Assert.Equal(Optimizers, table.Select(r => r["optimizer"]));
                    foreach (Dictionary<string, string> row in table)
                    {
                        for (int epoch = first; epoch <= 2; epoch++)
                        {
                            Dictionary<string, string> csv = epochSummary.Rows.Single(r =>
                                r["task"] == task && r["optimizer"] == row["optimizer"] && Number(r["learning_rate"]) == Number(row["learning rate"]) && r["epoch"] == epoch.ToString(CultureInfo.InvariantCulture));
                            cells += AssertMeanStd(row[$"epoch {epoch}"], csv, column);
                        }
                    }
                }
            }

            // 3 tasks × 4 rows × (3 or 4 end-of-training cells + 3 test + 2 train epoch cells).
            Assert.Equal((2 * 4 * (3 + 5)) + (4 * (4 + 5)), cells);

            using JsonDocument study = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "study.json")));
            JsonElement[] runs = [.. study.RootElement.GetProperty("runs").EnumerateArray()];
            Assert.Equal(12, runs.Length);
            Assert.All(runs, r => Assert.Equal("completed", r.GetProperty("status").GetString()));
            Assert.True(study.RootElement.GetProperty("quick").GetBoolean());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // "mean ± std" at four significant digits against the CSV's exact mean and std; returns 1 (one cell checked).
    private static int AssertMeanStd(string cell, Dictionary<string, string> csv, string column)
    {
        string[] parts = cell.Split(" ± ");
        Assert.Equal(2, parts.Length);
        AssertRounded(Number(csv[column + "_mean"]), Number(parts[0]), cell);
        AssertRounded(Number(csv[column + "_std"]), Number(parts[1]), cell);
        return 1;
    }

    private static void AssertRounded(double exact, double shown, string cell) =>
        Assert.True(Math.Abs(exact - shown) <= 5e-4 * Math.Abs(exact), $"'{cell}' does not show {exact:R} to four significant digits");

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Section(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no '{start}'");
        int to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    // The first markdown table in the text (its contiguous '|' lines): header, alignment row, rows; each row as column → cell.
    private static IReadOnlyList<Dictionary<string, string>> MarkdownTable(string text)
    {
        string[] lines = [.. text.Split('\n').SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))];
        Assert.True(lines.Length >= 2, "no markdown table");
        static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
        string[] header = Cells(lines[0]);
        Assert.All(Cells(lines[1]), c => Assert.Matches("^:?-+:?$", c));
        return [.. lines.Skip(2).Select(l =>
        {
            string[] cells = Cells(l);
            Assert.Equal(header.Length, cells.Length);
            return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    private sealed record Csv(IReadOnlyList<Dictionary<string, string>> Rows)
    {
        public static Csv Read(string path)
        {
            string[] lines = File.ReadAllLines(path);
            string[] header = lines[0].Split(',');
            return new Csv([.. lines.Skip(1).Select(l =>
            {
                string[] cells = l.Split(',');
                Assert.Equal(header.Length, cells.Length);
                return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
            })]);
        }
    }
}
