using System.Diagnostics;
using System.Globalization;
using Hyperdual.Distributed.Hosting;
using Hyperdual.Training;

namespace Hyperdual.Distributed.Tests;

/// <summary>The tool's distributed commands as processes, when the cluster is unreachable and when they are
/// interrupted: one line and a user-error exit for the first, a clean stop (Ctrl-C is SIGINT) for the second.</summary>
[Collection(MultiProcessCollection.Name)]
public class CommandLineFaultTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static TheoryData<string> Commands => ["train", "worker"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void AnUnreachableRedisEndsInOneLineAndExitOne(string command)
    {
        string address = $"redis://127.0.0.1:{SiloHosting.FreePort()}";
        using var folder = new TempFolder();
        string[] args = command == "worker"
            ? ["worker", "--cluster", address]
            : ["train", "--cluster", address, "--workers", "2", "--model", "logreg", "--data-dir", RepositoryPaths.Data, "--out", folder.Combine("run")];
        (int code, string output, string error) = ToolProcess.Run(Limit, args);
        Assert.True(code == 1, $"exit {code}\n{output}\n{error}");
        Assert.Equal("", output);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: --cluster: {address}: no Redis server is reachable (the connection was refused)", line);
        Assert.False(Directory.Exists(folder.Combine("run")));
    }

    [Fact]
    public void CtrlCStopsADistributedRunWithACheckpoint()
    {
        using var folder = new TempFolder();
        using var coordinator = ToolProcess.Interruptible(
            "train", "--model", "logreg", "--subset", "600", "--batch-size", "96", "--eval-every", "100000", "--steps", "100000",
            "--workers", "2", "--data-dir", RepositoryPaths.Data, "--out", folder.Path);
        coordinator.WaitForLine("workers joined", Limit);
        Interrupt(coordinator.Id);
        int code = coordinator.WaitForExit(Limit);
        Assert.True(code == 0, $"exit {code}\n{coordinator.Output}\n{coordinator.Error}");
        Assert.Contains($"interrupted: continue on one machine with  hyperdual train --resume {folder.Path}", coordinator.Output, StringComparison.Ordinal);
        TrainingCheckpoint checkpoint = CheckpointFile.Read(folder.Combine(CheckpointFile.FileName));
        Assert.InRange(checkpoint.Step, 0, 99_999);
    }

    [Fact]
    public void CtrlCStopsTheDistributedBenchmark()
    {
        using var bench = ToolProcess.Interruptible(
            "bench-distributed", "--model", "logreg", "--subset", "600", "--batch-size", "96", "--steps", "1000000", "--workers", "1,2",
            "--optimizers", "fomoh-kd", "--data-dir", RepositoryPaths.Data);
        bench.WaitForLine("optimizer      parameters", Limit);
        Interrupt(bench.Id);
        int code = bench.WaitForExit(Limit);
        Assert.True(code == 0, $"exit {code}\n{bench.Output}\n{bench.Error}");
        Assert.Contains("interrupted: 0 of 2 runs measured", bench.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABenchmarkRunThatLosesAWorkerStopsWithExitFive()
    {
        // A worker timeout shorter than any shard's evaluation: every worker of the first run is declared lost.
        using var bench = new ToolProcess(
            "bench-distributed", "--model", "logreg", "--subset", "600", "--batch-size", "96", "--steps", "5", "--workers", "2",
            "--optimizers", "fomoh-kd", "--worker-timeout", "1e-6", "--data-dir", RepositoryPaths.Data);
        int code = bench.WaitForExit(Limit);
        Assert.True(code == 5, $"exit {code}\n{bench.Output}\n{bench.Error}");
        string line = Assert.Single(bench.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("lost: no share for step 1 within 1E-06 s", line, StringComparison.Ordinal);
        Assert.EndsWith("the run of fomoh-kd:3 on 2 workers was not measured", line, StringComparison.Ordinal);
    }

    private static void Interrupt(int pid)
    {
        using Process kill = Process.Start("kill", ["-INT", pid.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
