using System.Numerics;

namespace Hyperdual;

/// <summary>
/// K parameter-space directions v₁..v_K ∈ ℝⁿ, either generated from a seed (vᵢ ~ N(0, I),
/// <see cref="CounterRandom"/> stream i, never stored: any slice is regenerated on demand) or given
/// explicitly as vectors.
/// </summary>
public sealed class Directions
{
    private readonly double[][]? _vectors;
    private readonly int[] _streams;

    private Directions(int k, int dimension, ulong seed, double[][]? vectors, int[]? streams = null)
    {
        K = k;
        Dimension = dimension;
        Seed = seed;
        _vectors = vectors;
        _streams = streams ?? Enumerable.Range(0, k).ToArray();
    }

    /// <summary>The number of directions.</summary>
    public int K { get; }

    /// <summary>The length n of each direction.</summary>
    public int Dimension { get; }

    /// <summary>The seed (meaningful only when <see cref="IsSeeded"/>).</summary>
    public ulong Seed { get; }

    /// <summary>Whether the directions are generated from <see cref="Seed"/> rather than given.</summary>
    public bool IsSeeded => _vectors is null;

    /// <summary>Directions vᵢ ~ N(0, I) drawn from a seed: element e of vᵢ is <c>CounterRandom.Normal(seed, i, e)</c>.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="k">The number of directions (at least 1).</param>
    /// <param name="dimension">The number of parameters.</param>
    /// <returns>The directions.</returns>
    public static Directions FromSeed(ulong seed, int k, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        return new Directions(k, dimension, seed, null);
    }

    /// <summary>Explicit directions (copied).</summary>
    /// <param name="vectors">K vectors of one common length.</param>
    /// <returns>The directions.</returns>
    public static Directions FromVectors(IReadOnlyList<double[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            throw new ArgumentException("At least one direction is needed.", nameof(vectors));
        }

        int n = vectors[0]?.Length ?? throw new ArgumentException("A direction is null.", nameof(vectors));
        var copies = new double[vectors.Count][];
        for (int i = 0; i < vectors.Count; i++)
        {
            double[] v = vectors[i] ?? throw new ArgumentException($"Direction {i} is null.", nameof(vectors));
            if (v.Length != n)
            {
                throw new ArgumentException($"Direction {i} has length {v.Length}; direction 0 has {n}.", nameof(vectors));
            }

            copies[i] = (double[])v.Clone();
        }

        return new Directions(copies.Length, n, 0, copies);
    }

    /// <summary>Writes (converted to <typeparamref name="T"/>) elements <c>[start, start + destination.Length)</c> of direction <paramref name="direction"/>.</summary>
    /// <typeparam name="T">The destination's number type.</typeparam>
    /// <param name="direction">The direction index, 0 ≤ i &lt; K.</param>
    /// <param name="start">The first parameter index.</param>
    /// <param name="destination">Where to write.</param>
    public void Fill<T>(int direction, int start, Span<T> destination) where T : INumberBase<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(direction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(direction, K);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if ((long)start + destination.Length > Dimension)
        {
            throw new ArgumentOutOfRangeException(nameof(destination), $"Elements [{start}, {start + destination.Length}) exceed the dimension {Dimension}.");
        }

        if (_vectors is not null)
        {
            ReadOnlySpan<double> source = _vectors[_streams[direction]].AsSpan(start, destination.Length);
            for (int e = 0; e < source.Length; e++)
            {
                destination[e] = T.CreateTruncating(source[e]);
            }
        }
        else
        {
            CounterRandom.FillNormal(Seed, (ulong)_streams[direction], start, destination);
        }
    }

    /// <summary>A view of some of these directions, in the given order (nothing is copied or regenerated
    /// differently: direction d of the view is direction <c>indices[d]</c> of this set).</summary>
    /// <param name="indices">The directions to keep (repeats allowed).</param>
    /// <returns>The view.</returns>
    public Directions Select(params int[] indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        if (indices.Length == 0)
        {
            throw new ArgumentException("At least one direction is needed.", nameof(indices));
        }

        foreach (int d in indices)
        {
            if ((uint)d >= (uint)K)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), d, $"A direction index must lie in [0, {K}).");
            }
        }

        return new Directions(indices.Length, Dimension, Seed, _vectors, indices.Select(d => _streams[d]).ToArray());
    }

    /// <summary>Materialises direction <paramref name="direction"/> (for tests and small problems).</summary>
    /// <param name="direction">The direction index.</param>
    /// <returns>A new vector.</returns>
    public double[] ToArray(int direction)
    {
        var v = new double[Dimension];
        Fill<double>(direction, 0, v);
        return v;
    }
}
