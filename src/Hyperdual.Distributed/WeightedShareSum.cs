namespace Hyperdual.Distributed;

/// <summary>
/// The example-weighted mean of shard results, <c>Σ nᵢ·xᵢ / Σ nᵢ</c>, where xᵢ is a shard's mean loss and its
/// derivatives (for forward mode (L, g, H̃), for backprop (L, ∇L)) and nᵢ its example count: the same sum a single
/// machine forms over the whole mini-batch, up to float round-off. Shares are added in a fixed order (by shard), so
/// every process that forms the sum from the same shares gets the same bits.
/// </summary>
public sealed class WeightedShareSum
{
    private double[]? _sum;
    private long _count;

    /// <summary>The number of examples added so far.</summary>
    public long Count => _count;

    /// <summary>Adds one shard's mean values.</summary>
    /// <param name="count">The shard's examples, at least 1.</param>
    /// <param name="values">The shard's mean values (the same length for every shard).</param>
    /// <exception cref="ArgumentException">The length differs from an earlier share's.</exception>
    public void Add(int count, ReadOnlySpan<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _sum ??= new double[values.Length];
        if (values.Length != _sum.Length)
        {
            throw new ArgumentException($"A share has {values.Length} values; the earlier ones had {_sum.Length}.", nameof(values));
        }

        for (int i = 0; i < values.Length; i++)
        {
            _sum[i] += count * values[i];
        }

        _count += count;
    }

    /// <summary>The weighted mean of the shares added.</summary>
    /// <returns>A new array.</returns>
    /// <exception cref="InvalidOperationException">Nothing was added.</exception>
    public double[] Mean()
    {
        if (_sum is null)
        {
            throw new InvalidOperationException("No share was added.");
        }

        var mean = new double[_sum.Length];
        for (int i = 0; i < mean.Length; i++)
        {
            mean[i] = _sum[i] / _count;
        }

        return mean;
    }
}
