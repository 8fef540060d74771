using System.Text.Json;

namespace Hyperdual.Cli.Tests;

public sealed class DataCommandTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("hyperdual-cli-data-").FullName;

    /// <summary>The checkout's data cache (ignored by git), shared with the data tests so MNIST is fetched once.</summary>
    private static string RepositoryData
    {
        get
        {
            for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Hyperdual.slnx")))
                {
                    return Path.Combine(d.FullName, "data");
                }
            }

            throw new InvalidOperationException("No Hyperdual.slnx above the test assembly.");
        }
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    [Fact]
    public void FetchMnistVerifiesAndReportsTheSet()
    {
        CliResult result = CliRunner.Run("data", "fetch", "mnist", "--data-dir", RepositoryData);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"mnist: 60000 training + 10000 test examples, verified, in {Path.Combine(RepositoryData, "mnist")} (", result.Output.Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public void InfoJsonListsBothSetsWithClassBalance()
    {
        Assert.Equal(0, CliRunner.Run("data", "fetch", "mnist", "--data-dir", RepositoryData).ExitCode);
        CliResult result = CliRunner.Run("data", "info", "--json", "--data-dir", RepositoryData);
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement mnist = json.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "mnist");
        Assert.True(mnist.GetProperty("verified").GetBoolean());
        Assert.Equal(60_000, mnist.GetProperty("trainCount").GetInt32());
        Assert.Equal([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009],
            mnist.GetProperty("testClassCounts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("name").GetString() == "fashion-mnist");
    }

    [Fact]
    public void InfoReportsAnUnverifiedFileWithoutTouchingIt()
    {
        string mnist = Path.Combine(_empty, "mnist");
        Directory.CreateDirectory(mnist);
        foreach (string name in new[] { "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte" })
        {
            File.WriteAllBytes(Path.Combine(mnist, name), [0, 0, 8, 1]);
        }

        CliResult result = CliRunner.Run("data", "info", "--data-dir", _empty);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"mnist: NOT VERIFIED, {mnist}, 4 files", result.Output);
        Assert.Contains("is not that of the official train-images-idx3-ubyte", result.Output);
        Assert.Equal(4, Directory.GetFiles(mnist).Length);

        CliResult fetch = CliRunner.Run("data", "fetch", "mnist", "--data-dir", _empty);
        Assert.Equal(1, fetch.ExitCode);
        Assert.Equal("error: " + Path.Combine(mnist, "train-images-idx3-ubyte") + ": SHA-256", fetch.ErrorLines.Single()[..(7 + Path.Combine(mnist, "train-images-idx3-ubyte").Length + 9)]);
        Assert.Equal(4, Directory.GetFiles(mnist).Length);
    }

    [Fact]
    public void AnUnknownSetIsOneErrorLine()
    {
        CliResult result = CliRunner.Run("data", "fetch", "cifar", "--data-dir", _empty);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["error: unknown data set 'cifar'; known: mnist, fashion-mnist, csv:PATH."], result.ErrorLines);
        Assert.Empty(Directory.GetFileSystemEntries(_empty));
    }
}
