using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>
/// Splits a mini-batch into consecutive micro-batches that share its storage, so an evaluator can take a
/// mean over examples one micro-batch at a time (each weighted by its size) and hold only one micro-batch's
/// buffers. The views are kept and reused while the same batch object is split the same way (a batch
/// loader refills one batch in place), so steady-state splitting allocates nothing.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class MicroBatches<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private Batch<T>? _source;
    private Tensor<T>? _sourceInputs;
    private int _size;
    private Batch<T>[] _parts = [];
    private readonly Batch<T>[] _whole = new Batch<T>[1];

    /// <summary>The micro-batches of <paramref name="batch"/> of <paramref name="size"/> examples each (the last may be smaller);
    /// the batch itself when it is no larger than <paramref name="size"/>.</summary>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="size">The micro-batch size, at least 1.</param>
    /// <returns>The views, valid until the next call; their labels are copies refreshed on every call.</returns>
    public ReadOnlySpan<Batch<T>> Split(Batch<T> batch, int size)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (size >= batch.Size)
        {
            _whole[0] = batch;
            return _whole;
        }

        if (!ReferenceEquals(batch, _source) || !ReferenceEquals(batch.Inputs, _sourceInputs) || size != _size)
        {
            int count = (batch.Size + size - 1) / size;
            _parts = new Batch<T>[count];
            for (int p = 0; p < count; p++)
            {
                int start = p * size, length = Math.Min(size, batch.Size - start);
                _parts[p] = new Batch<T>(
                    batch.Inputs.SliceRows(start, length),
                    batch.Labels is null ? null : new int[length],
                    batch.Targets?.SliceRows(start, length));
            }

            _source = batch;
            _sourceInputs = batch.Inputs;
            _size = size;
        }

        if (batch.Labels is { } labels)
        {
            for (int p = 0; p < _parts.Length; p++)
            {
                labels.AsSpan(p * size, _parts[p].Size).CopyTo(_parts[p].Labels);
            }
        }

        return _parts;
    }
}

/// <summary>How a batch is divided into micro-batches: the fewest equal parts (the last may be smaller) of at most a
/// given size, whether the size comes from <see cref="Automatic"/> or from a memory budget.</summary>
public static class MicroBatches
{
    /// <summary>The largest micro-batch <see cref="Automatic"/> chooses.</summary>
    public const int AutomaticLimit = 256;

    /// <summary>The micro-batch size chosen when none is given: the whole batch up to <see cref="AutomaticLimit"/>
    /// examples, else the batch split into the fewest equal parts of at most that many (the last may be smaller).</summary>
    /// <param name="batchSize">The mini-batch size.</param>
    /// <returns>The micro-batch size, 1 ≤ size ≤ <paramref name="batchSize"/>.</returns>
    public static int Automatic(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return PartSize(batchSize, (batchSize + AutomaticLimit - 1) / AutomaticLimit);
    }

    /// <summary>The micro-batch size that divides a batch into <paramref name="parts"/> parts as evenly as the split
    /// allows: ⌈batch / parts⌉ (so the batch splits into at most that many parts).</summary>
    /// <param name="batchSize">The mini-batch size.</param>
    /// <param name="parts">The number of parts, 1 ≤ parts ≤ <paramref name="batchSize"/>.</param>
    /// <returns>The micro-batch size.</returns>
    public static int PartSize(int batchSize, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parts, batchSize);
        return (int)(((long)batchSize + parts - 1) / parts);
    }
}
