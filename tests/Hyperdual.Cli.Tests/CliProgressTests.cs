using Hyperdual.Cli.Output;

namespace Hyperdual.Cli.Tests;

public sealed class CliProgressTests
{
    [Fact]
    public void SilentForTheFirstTwoSecondsThenAtMostOneLinePerTwoSeconds()
    {
        TimeSpan now = TimeSpan.Zero;
        var error = new StringWriter();
        var progress = new CliProgress(error, "work", () => now);

        progress.Report(0.1);
        now = TimeSpan.FromSeconds(1.9);
        progress.Report(0.2);
        Assert.Equal("", error.ToString());

        now = TimeSpan.FromSeconds(2.0);
        progress.Report(0.25);
        now = TimeSpan.FromSeconds(3.0);
        progress.Report(0.3);
        now = TimeSpan.FromSeconds(4.5);
        progress.Report(1.2);
        Assert.Equal(["work: 25%", "work: 100%"], error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
