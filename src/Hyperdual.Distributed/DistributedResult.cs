using Hyperdual.Training;

namespace Hyperdual.Distributed;

/// <summary>The outcome of a data-parallel run.</summary>
/// <param name="Training">The run as a single-machine run reports it (θ, step and evaluation metrics).</param>
/// <param name="StopReason">Why the run stopped before its budget (a worker lost under <see cref="WorkerLossPolicy.Stop"/>,
/// replicas that differ, non-finite values), or null when it completed.</param>
/// <param name="ShareBytesPerStep">Bytes of share payload each worker sent per step (the mean over completed steps and workers).</param>
/// <param name="MeanBytesPerStep">Bytes of combined payload each worker received per step.</param>
/// <param name="StepsPerSecond">Steps per second: the inverse of the median wall time of a step, from opening the step to the coordinator's update.</param>
/// <param name="WorkersAtEnd">The workers still taking part at the end.</param>
/// <param name="Events">Worker losses and re-shardings, in order.</param>
public sealed record DistributedResult(
    TrainingResult Training,
    string? StopReason,
    double ShareBytesPerStep,
    int MeanBytesPerStep,
    double StepsPerSecond,
    int WorkersAtEnd,
    IReadOnlyList<string> Events)
{
    /// <summary>Whether the run stopped because the combined loss or derivatives became non-finite (then
    /// <see cref="StopReason"/> says at which step).</summary>
    public bool Diverged { get; init; }
}
