namespace Hyperdual.Data;

/// <summary>
/// A seeded mini-batch order. Epoch e visits the examples in a permutation that is a pure function of
/// (seed, e); its batches are consecutive slices of that permutation and the last partial batch of an
/// epoch is dropped. So batch number <c>step</c> is a pure function of (seed, step): a resumed run gets
/// the same batches with no saved state, whatever the number of threads.
/// </summary>
/// <remarks>
/// The permutation is a Fisher–Yates shuffle whose i-th swap draws from <see cref="CounterRandom"/>
/// (stream = a shuffling domain + e, counter = i), mapped to [0, i] by a 64×64→128-bit multiply
/// (bias below n/2⁶⁴). The last epoch's permutation is cached; the cache is replaced atomically, so
/// one instance may be shared between threads.
/// </remarks>
public sealed class ShuffledBatches
{
    /// <summary>Keeps the shuffling streams away from the small stream numbers other routines use with the same seed.</summary>
    private const ulong ShuffleDomain = 0x5348_5546_0000_0000UL;

    private readonly int _count;
    private readonly ulong _seed;
    private EpochOrder? _cached;

    /// <summary>Creates the order.</summary>
    /// <param name="count">The number of examples, at least <paramref name="batchSize"/>.</param>
    /// <param name="batchSize">The batch size, at least 1.</param>
    /// <param name="seed">The seed.</param>
    public ShuffledBatches(int count, int batchSize, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (count < batchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A batch size of {batchSize} needs at least {batchSize} examples.");
        }

        _count = count;
        _seed = seed;
        BatchSize = batchSize;
        BatchesPerEpoch = count / batchSize;
    }

    /// <summary>The batch size.</summary>
    public int BatchSize { get; }

    /// <summary>The number of full batches in one epoch (⌊count / batch size⌋).</summary>
    public int BatchesPerEpoch { get; }

    /// <summary>Writes the example indices of batch number <paramref name="step"/>.</summary>
    /// <param name="step">The batch number, counted from 0 across epochs.</param>
    /// <param name="destination">Where to write; its length must be <see cref="BatchSize"/>.</param>
    public void Indices(long step, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        if (destination.Length != BatchSize)
        {
            throw new ArgumentException($"The destination holds {destination.Length} indices, not the batch size {BatchSize}.", nameof(destination));
        }

        long epoch = step / BatchesPerEpoch;
        int position = (int)(step % BatchesPerEpoch);
        EpochOrder? order = Volatile.Read(ref _cached);
        if (order is null || order.Epoch != epoch)
        {
            order = new EpochOrder(epoch, Permutation(_count, _seed, ShuffleDomain + (ulong)epoch));
            Volatile.Write(ref _cached, order);
        }

        order.Order.AsSpan(position * BatchSize, BatchSize).CopyTo(destination);
    }

    /// <summary>A uniformly shuffled permutation of [0, n), a pure function of (seed, stream).</summary>
    /// <param name="n">The length.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The <see cref="CounterRandom"/> stream.</param>
    /// <returns>The permutation.</returns>
    internal static int[] Permutation(int n, ulong seed, ulong stream)
    {
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        for (int i = n - 1; i > 0; i--)
        {
            ulong bits = CounterRandom.Bits(seed, stream, (ulong)i);
            int j = (int)(((UInt128)bits * (ulong)(i + 1)) >> 64);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private sealed record EpochOrder(long Epoch, int[] Order);
}
