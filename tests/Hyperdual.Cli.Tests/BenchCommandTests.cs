using System.Text.Json;

namespace Hyperdual.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hyperdual-bench-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_has_one_backprop_row_and_one_jet_row_per_k()
    {
        CliResult result = CliRunner.Run("bench", "--models", "logreg", "--k", "1,2", "--batch", "8", "--repeat", "1", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("fmaPeakGflops").GetDouble() > 0);
        JsonElement[] rows = [.. json.RootElement.GetProperty("rows").EnumerateArray()];
        Assert.Equal(["backprop", "jet", "jet"], rows.Select(r => r.GetProperty("method").GetString()));
        Assert.Equal([0, 1, 2], rows.Select(r => r.GetProperty("k").GetInt32()));
        Assert.All(rows, r => Assert.Equal(8, r.GetProperty("batch").GetInt32()));
        Assert.True(rows[1].GetProperty("jetOverBackprop").GetDouble() > 0);
    }

    [Fact]
    public void A_memory_budget_below_one_example_is_one_line_naming_the_option()
    {
        CliResult result = CliRunner.Run("bench", "--models", "logreg", "--k", "2", "--batch", "8", "--repeat", "1", "--memory-budget", "1K");
        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error: --memory-budget: a gradient evaluation of one example needs about ", result.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error.Trim());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Json_rows_under_a_memory_budget_report_the_micro_batch_it_chose()
    {
        CliResult result = CliRunner.Run("bench", "--models", "mlp", "--k", "2", "--batch", "256", "--repeat", "1", "--memory-budget", "1500K", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        foreach (JsonElement row in json.RootElement.GetProperty("rows").EnumerateArray())
        {
            // The jet of 256 examples whole needs about 1.9 MiB; backprop's 0.7 MiB fits whole.
            int most = row.GetProperty("method").GetString() == "jet" ? 255 : 256;
            Assert.InRange(row.GetProperty("microBatch").GetInt32(), 1, most);
            Assert.InRange(row.GetProperty("workspacePeakBytes").GetInt64(), 1, 1500L << 10);
            Assert.True(row.GetProperty("medianMilliseconds").GetDouble() >= row.GetProperty("medianEvaluationMilliseconds").GetDouble());
        }
    }
}
