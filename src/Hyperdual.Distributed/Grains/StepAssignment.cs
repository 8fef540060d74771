namespace Hyperdual.Distributed.Grains;

/// <summary>A worker's part of one attempt at a step: the examples <c>[ShardStart, ShardStart + ShardCount)</c> of
/// the step's mini-batch, or the order to stop.</summary>
/// <param name="Step">The step (1-based).</param>
/// <param name="Attempt">The attempt (a step is retried with fewer workers after a loss).</param>
/// <param name="ShardStart">The shard's first example within the mini-batch.</param>
/// <param name="ShardCount">The shard's examples.</param>
/// <param name="HashDue">Whether the share must carry the hash of the worker's parameters (before the step).</param>
/// <param name="StopReason">Why the worker must stop (null: compute the shard).</param>
[GenerateSerializer, Immutable]
public sealed record StepAssignment(
    [property: Id(0)] long Step,
    [property: Id(1)] int Attempt,
    [property: Id(2)] int ShardStart,
    [property: Id(3)] int ShardCount,
    [property: Id(4)] bool HashDue,
    [property: Id(5)] string? StopReason);
