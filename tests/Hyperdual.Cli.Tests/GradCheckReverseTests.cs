using System.Text.Json;

namespace Hyperdual.Cli.Tests;

/// <summary><c>gradcheck</c> also checks the reverse-mode gradient's projections ∇L·vᵢ against the jet and finite differences.</summary>
public sealed class GradCheckReverseTests
{
    [Fact]
    public void ReverseGradientAgreesWithJetAndFiniteDifferencesInJson()
    {
        CliResult result = CliRunner.Run("gradcheck", "--model", "mlp", "--k", "2", "--batch", "3", "--seed", "5", "--json");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        JsonElement reverse = root.GetProperty("reverse");
        Assert.Equal(2, reverse.GetProperty("projection").GetArrayLength());
        Assert.InRange(reverse.GetProperty("jetError").GetDouble(), 0, 1e-9);
        Assert.InRange(reverse.GetProperty("finiteDifferenceError").GetDouble(), 0, 1e-4);
        Assert.Equal(root.GetProperty("g")[1].GetDouble(), reverse.GetProperty("projection")[1].GetDouble(), 9);
        Assert.InRange(root.GetProperty("worstRatio").GetDouble(), 0, 1);
    }

    [Fact]
    public void ImpossibleReverseToleranceFailsWithExitCodeTwo()
    {
        CliResult result = CliRunner.Run("gradcheck", "--model", "logreg", "--k", "2", "--batch", "2", "--reverse-tolerance", "1e-300");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("backprop ∇L·v vs jet g", result.Output);
        Assert.Contains("EXCEEDED", result.Output);
        Assert.Contains("result  FAILED", result.Output);
    }

    [Fact]
    public void NonPositiveReverseToleranceIsAOneLineError()
    {
        CliResult result = CliRunner.Run("gradcheck", "--model", "logreg", "--reverse-tolerance", "0");
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--reverse-tolerance", result.Error);
    }
}
