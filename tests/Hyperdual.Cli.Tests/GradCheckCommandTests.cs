using System.Text.Json;

namespace Hyperdual.Cli.Tests;

public sealed class GradCheckCommandTests
{
    [Fact]
    public void LogregPassesAndReportsErrorsAsJson()
    {
        CliResult result = CliRunner.Run("gradcheck", "--model", "logreg", "--k", "2", "--batch", "3", "--seed", "4", "--json");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(7850, root.GetProperty("parameters").GetInt32());
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(2, root.GetProperty("g").GetArrayLength());
        Assert.InRange(root.GetProperty("hyperDual").GetProperty("hError").GetDouble(), 0, 1e-9);
        Assert.InRange(root.GetProperty("finiteDifference").GetProperty("gError").GetDouble(), 0, 1e-4);
        double h01 = root.GetProperty("h")[0][1].GetDouble();
        Assert.Equal(h01, root.GetProperty("hyperDual").GetProperty("h")[0][1].GetDouble(), 10);
    }

    [Fact]
    public void ImpossibleToleranceFailsWithExitCodeTwo()
    {
        CliResult result = CliRunner.Run("gradcheck", "--model", "logreg", "--k", "1", "--batch", "2", "--fd-tolerance", "1e-300");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("EXCEEDED", result.Output);
        Assert.Contains("result  FAILED", result.Output);
    }
}
