using System.Text.Json;

namespace Hyperdual.Cli.Tests;

public sealed class ReproduceCommandTests
{
    [Fact]
    public void RosenbrockStudyWritesCsvMarkdownAndPlotsAndNoSafeguardedRunEndsNonFinite()
    {
        string folder = Path.Combine(Path.GetTempPath(), "hyperdual-reproduce-" + Guid.NewGuid().ToString("N"));
        try
        {
            CliResult result = CliRunner.Run("reproduce", "rosenbrock", "--out", folder, "--json");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("", result.Error);
            using JsonDocument json = JsonDocument.Parse(result.Output);

            string[] files = json.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToArray();
            string[] expected = ["rosenbrock.csv", "rosenbrock.md", "rosenbrock-2d.png", "rosenbrock-5d.png", "rosenbrock-10d.png", "rosenbrock-runs.csv", "rosenbrock-5d-unsafeguarded.png", "rosenbrock-10d-unsafeguarded.png"];
            Assert.Equal(expected, files.Select(Path.GetFileName).ToArray());
            Assert.Equal(expected.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            foreach (string png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
            {
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4).ToArray());
            }

            // CSV: header, then one row per recorded loss of every run (10 seeds × 34 methods: 19 with safeguards, 15 unsafeguarded).
            string[] csv = File.ReadAllLines(Path.Combine(folder, "rosenbrock.csv"));
            Assert.Equal("study,method,seed,iteration,loss", csv[0]);
            Assert.Equal(340, csv.Skip(1).Select(l => string.Join(',', l.Split(',')[..3])).Distinct().Count());
            Assert.Equal(341, File.ReadAllLines(Path.Combine(folder, "rosenbrock-runs.csv")).Length);

            JsonElement[] summaries = json.RootElement.GetProperty("summaries").EnumerateArray().ToArray();
            Assert.Equal(34, summaries.Length);
            JsonElement[] safeguarded = summaries.Where(s => !s.GetProperty("method").GetString()!.EndsWith(" unsafeguarded", StringComparison.Ordinal)).ToArray();
            Assert.Equal(19, safeguarded.Length);
            Assert.All(safeguarded, s => Assert.Equal(0, s.GetProperty("nonFinite").GetInt32()));
            Assert.All(safeguarded.Where(s => s.GetProperty("study").GetString() == "10d"), s => Assert.True(s.GetProperty("max").GetDouble() < 1e3));

            string markdown = File.ReadAllText(Path.Combine(folder, "rosenbrock.md"));
            Assert.Contains("| method | median | min | max | < 1e-6 | non-finite | at budget | directional passes per evaluation | directional passes per run (median) | value evaluations per run (median) | seconds (all seeds) | reference implementation (fomoh f0da7ae), measured |", markdown);
            Assert.Contains("| median 0; 6/10 < 1e-6; 1/10 NaN |", markdown);
            Assert.Contains("## 10-D, 100 iterations", markdown);
            Assert.Contains("Machine: ", markdown);
            Assert.Empty(json.RootElement.GetProperty("replaced").EnumerateArray());

            // A second run into the same folder says, file by file, that it replaces the previous results.
            CliResult again = CliRunner.Run("reproduce", "rosenbrock", "--out", folder);
            Assert.Equal(0, again.ExitCode);
            Assert.All(files, f => Assert.Contains($"wrote {f} (replaced the previous one)", again.Output));
            Assert.Equal(expected.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
