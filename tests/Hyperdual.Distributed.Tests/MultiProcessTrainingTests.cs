using System.Diagnostics;
using System.Text.Json;
using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Distributed.Tests;

/// <summary>
/// <c>hyperdual train --workers N</c> end to end: the coordinator and its workers are separate processes of the
/// built tool, silos on 127.0.0.1. Logistic regression and the MLP on a 600-example MNIST subset keep each run short.
/// </summary>
[Collection(MultiProcessCollection.Name)]
public class MultiProcessTrainingTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private static string[] Train(string output, params string[] extra) => TrainModel("logreg", output, extra);

    private static string[] TrainModel(string model, string output, params string[] extra) =>
    [
        "train", "--model", model, "--subset", "600", "--batch-size", "96", "--eval-every", "100000", "--seed", "7",
        "--data-dir", RepositoryPaths.Data, "--out", output, .. extra,
    ];

    [Fact]
    public void ThreeWorkerProcessesMatchOneMachineOnTheConcatenatedBatch()
    {
        using var folder = new TempFolder();
        (int code, string output, string error) = ToolProcess.Run(Limit, Train(folder.Path, "--workers", "3", "--steps", "4", "--check-every", "1"));
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");

        TrainingCheckpoint distributed = CheckpointFile.Read(folder.Combine(CheckpointFile.FileName));
        Assert.Equal(4, distributed.Step);
        TrainingOptions options = distributed.Options;
        DataSplits data = DataCatalog.Load(options.Data with { Seed = options.Seed });
        TrainingResult single = Trainer.Run(options, data);
        double[] initial = ModelFactory.Create(options.Model, data.Train, options.Seed).Parameters.ValuesArray;
        double moved = single.Parameters.Zip(initial, (a, b) => Math.Abs(a - b)).Max();
        double apart = single.Parameters.Zip(distributed.Parameters, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(moved > 1e-3, $"the run moved θ by only {moved}");
        Assert.True(apart <= 1e-5, $"three workers end {apart} from one machine on the whole batch");
        Assert.Equal(single.Steps.Select(s => s.TrainLoss), distributed.Steps.Select(s => s.TrainLoss), (a, b) => Math.Abs(a - b) <= 1e-5);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("continue")]
    public void AKilledWorkerIsDetectedAndTheRunStopsOrContinuesAsConfigured(string policy)
    {
        using var folder = new TempFolder();
        string steps = policy == "stop" ? "100000" : "150";
        using var coordinator = new ToolProcess(Train(folder.Path, "--workers", "3", "--steps", steps, "--checkpoint-every", "3", "--on-worker-loss", policy, "--worker-timeout", "30"));
        string started = coordinator.WaitForLine("worker processes on 127.0.0.1 (pids", Limit);
        int[] pids = [.. started[(started.IndexOf("(pids ", StringComparison.Ordinal) + 6)..].TrimEnd(')').Split(", ").Select(int.Parse)];
        Assert.Equal(3, pids.Length);
        string checkpointPath = folder.Combine(CheckpointFile.FileName);
        var wait = Stopwatch.StartNew();
        while (!File.Exists(checkpointPath) && wait.Elapsed < Limit)
        {
            Thread.Sleep(20);
        }

        using (Process victim = Process.GetProcessById(pids[1]))
        {
            victim.Kill();
        }

        int code = coordinator.WaitForExit(Limit);
        string all = coordinator.Output + coordinator.Error;
        Assert.Contains($"process {pids[1]} exited", all, StringComparison.Ordinal);
        TrainingCheckpoint checkpoint = CheckpointFile.Read(checkpointPath);
        if (policy == "stop")
        {
            Assert.True(code == 5, $"exit {code}\n{all}");
            string error = coordinator.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.StartsWith("error:", StringComparison.Ordinal));
            Assert.Contains("lost", error, StringComparison.Ordinal);
            Assert.Contains($"checkpoint at step {checkpoint.Step}", error, StringComparison.Ordinal);
            Assert.InRange(checkpoint.Step, 3, 99_999);
        }
        else
        {
            Assert.True(code == 0, $"exit {code}\n{all}");
            Assert.Contains("continuing with 2 workers", coordinator.Output, StringComparison.Ordinal);
            Assert.Equal(150, checkpoint.Step);
        }

        // The checkpoint loads and continues on one machine.
        TrainingOptions options = checkpoint.Options with { Steps = checkpoint.Step + 1 };
        TrainingResult resumed = Trainer.Run(options, DataCatalog.Load(options.Data with { Seed = options.Seed }), resumeFrom: checkpoint);
        Assert.Equal(checkpoint.Step + 1, resumed.StepsTaken);
    }

    [Fact]
    public void BytesOnTheWirePerForwardModeStepDoNotDependOnTheModelsSize()
    {
        using var small = new TempFolder();
        using var large = new TempFolder();
        JsonElement logreg = RunJson(Train(small.Path, "--workers", "2", "--steps", "2", "--json"));
        JsonElement mlp = RunJson(TrainModel("mlp", large.Path, "--workers", "2", "--steps", "2", "--json"));
        int smallSize = CheckpointFile.Read(small.Combine(CheckpointFile.FileName)).Parameters.Length;
        int largeSize = CheckpointFile.Read(large.Combine(CheckpointFile.FileName)).Parameters.Length;
        Assert.True(largeSize > 10 * smallSize, $"{largeSize} against {smallSize} parameters");

        // K = 3: 1 + 3 + 6 float64 numbers each way.
        foreach (JsonElement run in new[] { logreg, mlp })
        {
            Assert.Equal(80.0, run.GetProperty("shareBytesPerStep").GetDouble());
            Assert.Equal(80, run.GetProperty("meanBytesPerStep").GetInt32());
        }
    }

    [Fact]
    public void ABackpropStepSendsTheWholeGradient()
    {
        using var folder = new TempFolder();
        JsonElement sgd = RunJson(Train(folder.Path, "--workers", "2", "--steps", "2", "--json", "--optimizer", "sgd"));
        int n = CheckpointFile.Read(folder.Combine(CheckpointFile.FileName)).Parameters.Length;
        Assert.Equal(7850, n);
        Assert.Equal(8.0 + (4.0 * n), sgd.GetProperty("shareBytesPerStep").GetDouble());
    }

    private static JsonElement RunJson(string[] args)
    {
        (int code, string output, string error) = ToolProcess.Run(Limit, args);
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        string line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonDocument.Parse(line).RootElement.Clone();
    }
}
