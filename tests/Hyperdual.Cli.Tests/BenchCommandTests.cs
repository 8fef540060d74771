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
}
