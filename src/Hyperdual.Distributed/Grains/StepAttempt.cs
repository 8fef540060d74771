namespace Hyperdual.Distributed.Grains;

/// <summary>One open attempt at a step: its participants (in shard order), the shares received and how it ends.</summary>
internal sealed class StepAttempt(long step, int attempt, int[] participants, int batchSize, ulong? expectedHash)
{
    public long Step { get; } = step;

    public int Attempt { get; } = attempt;

    public int[] Participants { get; } = participants;

    public int BatchSize { get; } = batchSize;

    public ulong? ExpectedHash { get; } = expectedHash;

    public Dictionary<int, (int Count, byte[] Share, ulong Hash)> Shares { get; } = [];

    public DateTime Opened { get; } = DateTime.UtcNow;

    public DateTime? FirstShare { get; set; }

    public TaskCompletionSource<ShareReply> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Ended => Reply.Task.IsCompleted;

    public (int Start, int Count) ShardOf(int worker) => ShardPlan.Shard(BatchSize, Participants.Length, Array.IndexOf(Participants, worker));
}
