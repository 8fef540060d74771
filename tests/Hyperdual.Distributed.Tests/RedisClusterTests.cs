using System.Text.Json;
using Hyperdual.Training;

namespace Hyperdual.Distributed.Tests;

/// <summary><c>hyperdual worker --cluster redis://…</c> and <c>hyperdual train --cluster redis://… --workers 2</c>:
/// three processes that find one another only through Orleans' Redis membership table.</summary>
[Collection(MultiProcessCollection.Name)]
public class RedisClusterTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public void TwoWorkersAndACoordinatorMeetThroughRedisAndTrain()
    {
        using var redis = new RedisServer();
        using var folder = new TempFolder();
        using var first = new ToolProcess("worker", "--cluster", redis.Address, "--join-timeout", "180");
        using var second = new ToolProcess("worker", "--cluster", redis.Address, "--join-timeout", "180");
        (int code, string output, string error) = ToolProcess.Run(Limit,
            "train", "--cluster", redis.Address, "--workers", "2", "--model", "logreg", "--subset", "600", "--batch-size", "96", "--steps", "3",
            "--eval-every", "100000", "--check-every", "1", "--data-dir", RepositoryPaths.Data, "--out", folder.Path, "--json");
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}\nworker 1:\n{first.Error}\nworker 2:\n{second.Error}");
        JsonElement result = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last()).RootElement;
        Assert.Equal(2, result.GetProperty("workersAtEnd").GetInt32());
        Assert.Equal(80.0, result.GetProperty("shareBytesPerStep").GetDouble());
        Assert.Equal(3, CheckpointFile.Read(folder.Combine(CheckpointFile.FileName)).Step);
        foreach (ToolProcess worker in new[] { first, second })
        {
            Assert.Equal(0, worker.WaitForExit(TimeSpan.FromSeconds(60)));
            Assert.Contains("the run is complete", worker.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AWorkerWhoseCoordinatorDiesStopsWithExitFive()
    {
        using var redis = new RedisServer();
        using var folder = new TempFolder();
        using var worker = new ToolProcess("worker", "--cluster", redis.Address, "--join-timeout", "180");
        using var coordinator = new ToolProcess(
            "train", "--cluster", redis.Address, "--workers", "1", "--model", "logreg", "--subset", "600", "--batch-size", "96", "--steps", "100000",
            "--eval-every", "100000", "--data-dir", RepositoryPaths.Data, "--out", folder.Path);
        coordinator.WaitForLine("workers joined", Limit);
        using (var process = System.Diagnostics.Process.GetProcessById(coordinator.Id))
        {
            process.Kill();
        }

        int code = worker.WaitForExit(Limit);
        Assert.True(code == 5, $"exit {code}\n{worker.Error}");
        string line = Assert.Single(worker.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith($"error: --cluster {redis.Address}: worker 0 lost the coordinator at step ", line, StringComparison.Ordinal);
    }
}
