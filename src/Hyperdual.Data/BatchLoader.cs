using System.Numerics;
using Hyperdual.Tensors;

namespace Hyperdual.Data;

/// <summary>
/// Seeded mini-batches of a <see cref="LabelledDataSet"/> (the order of <see cref="ShuffledBatches"/>),
/// copied into one buffer the loader reuses: the batch <see cref="Get"/> returns is valid until the next
/// call. One loader serves one thread; the batches themselves do not depend on threads.
/// </summary>
/// <typeparam name="T">The batch's number type (<see cref="float"/> or <see cref="double"/>).</typeparam>
public sealed class BatchLoader<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly LabelledDataSet _set;
    private readonly ShuffledBatches _order;
    private readonly int[] _indices;
    private readonly T[] _inputs;
    private readonly int[] _labels;
    private readonly Batch<T> _batch;

    /// <summary>Creates the loader.</summary>
    /// <param name="set">The data set, with at least <paramref name="batchSize"/> examples.</param>
    /// <param name="batchSize">The batch size, at least 1.</param>
    /// <param name="seed">The shuffling seed.</param>
    public BatchLoader(LabelledDataSet set, int batchSize, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        _set = set;
        _order = new ShuffledBatches(set.Count, batchSize, seed);
        _indices = new int[batchSize];
        _inputs = new T[batchSize * set.FeatureLength];
        _labels = new int[batchSize];
        _batch = new Batch<T>(new Tensor<T>(_inputs, set.BatchShape(batchSize)), _labels);
    }

    /// <summary>The number of full batches in one epoch.</summary>
    public int BatchesPerEpoch => _order.BatchesPerEpoch;

    /// <summary>Batch number <paramref name="step"/> (counted across epochs), valid until the next call.</summary>
    /// <param name="step">The batch number, at least 0.</param>
    /// <returns>The batch, in the loader's reused buffer.</returns>
    public Batch<T> Get(long step)
    {
        _order.Indices(step, _indices);
        _set.CopyExamples<T>(_indices, _inputs, _labels);
        return _batch;
    }

    /// <summary>The whole set in order in batches of <paramref name="batchSize"/>, the last partial batch
    /// included (for evaluation). Each batch is valid until the enumeration moves on.</summary>
    /// <param name="set">The data set.</param>
    /// <param name="batchSize">The batch size, at least 1.</param>
    /// <returns>The batches.</returns>
    public static IEnumerable<Batch<T>> InOrder(LabelledDataSet set, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Enumerate(set, batchSize);
    }

    private static IEnumerable<Batch<T>> Enumerate(LabelledDataSet set, int batchSize)
    {
        int full = Math.Min(batchSize, set.Count);
        var inputs = new T[full * set.FeatureLength];
        var labels = new int[full];
        var batch = new Batch<T>(new Tensor<T>(inputs, set.BatchShape(full)), labels);
        int[] indices = new int[full];
        for (int start = 0; start < set.Count; start += batchSize)
        {
            int n = Math.Min(batchSize, set.Count - start);
            for (int i = 0; i < n; i++)
            {
                indices[i] = start + i;
            }

            if (n == full)
            {
                set.CopyExamples<T>(indices, inputs, labels);
                yield return batch;
            }
            else
            {
                yield return set.CreateBatch<T>(indices.AsSpan(0, n));
            }
        }
    }
}
