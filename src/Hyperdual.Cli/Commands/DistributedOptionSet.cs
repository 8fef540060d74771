using System.CommandLine;
using Hyperdual.Cli.Options;
using Hyperdual.Distributed;

namespace Hyperdual.Cli.Commands;

/// <summary>The options that spread <c>train</c> over worker processes (<c>--workers</c>, <c>--cluster</c>,
/// <c>--on-worker-loss</c>, <c>--worker-timeout</c>, <c>--check-every</c>), defined once and turned into <see cref="DistributedSettings"/>.</summary>
internal sealed class DistributedOptionSet
{
    /// <summary>The most local workers one command starts.</summary>
    public const int MaxLocalWorkers = 64;

    public Option<int?> Workers { get; } = CliOptions.OptionalInt("--workers",
        "Train data-parallel on this many worker processes (started on 127.0.0.1, or awaited in --cluster); each holds the parameters and evaluates a shard of every mini-batch.", 1, MaxLocalWorkers);

    public Option<string?> Cluster { get; } = new("--cluster") { Description = "redis://HOST:PORT: the Redis server whose membership table the workers (hyperdual worker --cluster ...) joined." };

    public Option<string> OnWorkerLoss { get; } = CliOptions.Choice("--on-worker-loss",
        "When a worker is lost: continue (retry the step with the others, the batch re-sharded) or stop (with a checkpoint of the last step every worker applied).", ["continue", "stop"], "stop");

    public Option<double> WorkerTimeout { get; } = CliOptions.Double("--worker-timeout",
        "Declare a worker lost when its share is this many seconds later than a step's first share (a local worker whose process exits: at once).", 60.0, positive: true);

    public Option<int> CheckEvery { get; } = CliOptions.Int("--check-every", "Compare the workers' parameter hashes with the coordinator's every this many steps.", 1, int.MaxValue, 10);

    public IEnumerable<Option> All => [Workers, Cluster, OnWorkerLoss, WorkerTimeout, CheckEvery];

    /// <summary>The options that only shape a distributed run.</summary>
    public IEnumerable<Option> Shaping => [OnWorkerLoss, WorkerTimeout, CheckEvery];

    /// <summary>Refuses <see cref="Shaping"/> options given to a run that is not distributed, where they would do nothing.</summary>
    /// <exception cref="CliUserException">The first such option given.</exception>
    public void RejectWithoutWorkers(ParseResult parse)
    {
        if (Shaping.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is Option given)
        {
            throw new CliUserException($"{given.Name}: applies only to a data-parallel run; give --workers N (and --cluster redis://HOST:PORT for workers on other machines)");
        }
    }

    /// <summary>Whether the run is distributed (<c>--workers</c> or <c>--cluster</c> given).</summary>
    public bool IsGiven(ParseResult parse) => parse.GetValue(Workers) is not null || parse.GetValue(Cluster) is not null;

    /// <summary>The settings; the coordinator starts local workers with this same executable.</summary>
    public DistributedSettings Read(ParseResult parse)
    {
        ClusterAddress? cluster = null;
        if (parse.GetValue(Cluster) is string text)
        {
            cluster = ParseCluster("--cluster", text);
            if (!cluster.IsRedis)
            {
                throw new CliUserException($"--cluster: '{text}' is not redis://HOST:PORT");
            }

            if (parse.GetValue(Workers) is null)
            {
                throw new CliUserException("--cluster: give --workers N too, the number of workers to wait for");
            }
        }

        return new DistributedSettings
        {
            Workers = parse.GetValue(Workers) ?? 1,
            Cluster = cluster,
            OnWorkerLoss = parse.GetValue(OnWorkerLoss) == "continue" ? WorkerLossPolicy.Continue : WorkerLossPolicy.Stop,
            WorkerTimeoutSeconds = parse.GetValue(WorkerTimeout),
            CheckEvery = parse.GetValue(CheckEvery),
            WorkerLaunch = ThisExecutable(),
        };
    }

    /// <summary>Parses a cluster address, reporting a bad one as a user error naming <paramref name="option"/>.</summary>
    public static ClusterAddress ParseCluster(string option, string text)
    {
        try
        {
            return ClusterAddress.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CliUserException($"{option}: {e.Message}");
        }
    }

    /// <summary>This process's executable: the apphost itself, or dotnet with the tool's dll.</summary>
    public static WorkerLaunch ThisExecutable()
    {
        string process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? new WorkerLaunch(process, [typeof(CliApplication).Assembly.Location])
            : new WorkerLaunch(process, []);
    }
}
