namespace Hyperdual.Distributed;

/// <summary>How a run is spread over workers.</summary>
public sealed record DistributedSettings
{
    /// <summary>The number of workers: started on this machine (no <see cref="Cluster"/>), or awaited in the cluster.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>The Redis membership of a cluster of machines; null: start <see cref="Workers"/> processes on 127.0.0.1.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>What to do when a worker is lost.</summary>
    public WorkerLossPolicy OnWorkerLoss { get; init; } = WorkerLossPolicy.Stop;

    /// <summary>A worker whose share is this many seconds later than the step's first share is declared lost (a local
    /// worker whose process exits is declared lost at once). Must exceed one shard's compute time.</summary>
    public double WorkerTimeoutSeconds { get; init; } = 60.0;

    /// <summary>Compare every worker's parameter hash with the coordinator's every this many steps (1: every step).</summary>
    public int CheckEvery { get; init; } = 10;

    /// <summary>How long to wait for the workers to join.</summary>
    public double JoinTimeoutSeconds { get; init; } = 120.0;

    /// <summary>How to start local workers (needed when <see cref="Cluster"/> is null).</summary>
    public WorkerLaunch? WorkerLaunch { get; init; }

    /// <summary>Checks every setting; throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        if (Workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "At least one worker is needed.");
        }

        if (!(WorkerTimeoutSeconds > 0.0 && double.IsFinite(WorkerTimeoutSeconds)))
        {
            throw new ArgumentOutOfRangeException(nameof(WorkerTimeoutSeconds), WorkerTimeoutSeconds, "The worker timeout must be positive and finite.");
        }

        if (CheckEvery < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CheckEvery), CheckEvery, "The consistency check interval must be at least 1.");
        }

        if (Cluster is null && WorkerLaunch is null)
        {
            throw new ArgumentException("Local workers need the command that starts them.", nameof(WorkerLaunch));
        }
    }
}
