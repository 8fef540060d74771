namespace Hyperdual.Distributed;

/// <summary>How a mini-batch of B examples is split among W workers: worker i (in the order given) takes the
/// contiguous range <c>[⌊iB/W⌋, ⌊(i+1)B/W⌋)</c> of the batch's examples, so the shards tile the batch exactly.</summary>
public static class ShardPlan
{
    /// <summary>The (start, count) of shard <paramref name="index"/>.</summary>
    /// <param name="batchSize">B, at least <paramref name="workers"/>.</param>
    /// <param name="workers">W, at least 1.</param>
    /// <param name="index">i in [0, W).</param>
    /// <returns>The shard's first example within the batch and its length.</returns>
    public static (int Start, int Count) Shard(int batchSize, int workers, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, workers);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, workers);
        int start = (int)((long)index * batchSize / workers);
        int end = (int)((long)(index + 1) * batchSize / workers);
        return (start, end - start);
    }
}
