namespace Hyperdual.Tensors;

/// <summary>
/// Which second-order parts xᵢⱼ a jet tracks: all K(K+1)/2 pairs i ≤ j in lexicographic order (the
/// default, <see cref="All"/>), or a chosen subset — e.g. only (0, 1) for K = 2, which makes the jet a
/// hyper-dual number (value, ε₁, ε₂, ε₁ε₂) evaluated on the same kernels.
/// </summary>
public sealed class JetPairs : IEquatable<JetPairs>
{
    private static readonly JetPairs[] Cache = Enumerable.Range(0, 33).Select(k => k == 0 ? null! : CreateAll(k)).ToArray();

    private readonly (int I, int J)[] _pairs;
    private readonly int[] _index; // K×K → pair index or −1

    private JetPairs(int k, (int I, int J)[] pairs, bool isAll)
    {
        K = k;
        _pairs = pairs;
        IsAll = isAll;
        _index = new int[k * k];
        Array.Fill(_index, -1);
        for (int p = 0; p < pairs.Length; p++)
        {
            _index[(pairs[p].I * k) + pairs[p].J] = p;
            _index[(pairs[p].J * k) + pairs[p].I] = p;
        }
    }

    /// <summary>The number of directions.</summary>
    public int K { get; }

    /// <summary>The number of tracked pairs.</summary>
    public int Count => _pairs.Length;

    /// <summary>Whether every pair i ≤ j is tracked.</summary>
    public bool IsAll { get; }

    /// <summary>The pair at position <paramref name="p"/> (i ≤ j).</summary>
    /// <param name="p">The pair index.</param>
    public (int I, int J) this[int p] => _pairs[p];

    /// <summary>All K(K+1)/2 pairs i ≤ j in lexicographic order.</summary>
    /// <param name="k">The number of directions (at least 1).</param>
    /// <returns>The pair set (cached for K ≤ 32).</returns>
    public static JetPairs All(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return k < Cache.Length ? Cache[k] : CreateAll(k);
    }

    /// <summary>A chosen subset of pairs (each given once, in either order).</summary>
    /// <param name="k">The number of directions.</param>
    /// <param name="pairs">The pairs.</param>
    /// <returns>The pair set.</returns>
    public static JetPairs Of(int k, params (int I, int J)[] pairs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentNullException.ThrowIfNull(pairs);
        var normalised = new List<(int, int)>();
        foreach ((int i, int j) in pairs)
        {
            if ((uint)i >= (uint)k || (uint)j >= (uint)k)
            {
                throw new ArgumentOutOfRangeException(nameof(pairs), $"The pair ({i}, {j}) has a direction outside [0, {k}).");
            }

            (int, int) pair = i <= j ? (i, j) : (j, i);
            if (normalised.Contains(pair))
            {
                throw new ArgumentException($"The pair ({i}, {j}) is given twice.", nameof(pairs));
            }

            normalised.Add(pair);
        }

        bool isAll = normalised.Count == JetLayout.PairCount(k)
            && normalised.Select((pair, p) => JetLayout.PairIndex(pair.Item1, pair.Item2, k) == p).All(x => x);
        return new JetPairs(k, [.. normalised], isAll);
    }

    /// <summary>The position of pair (i, j) (either order), or −1 when it is not tracked.</summary>
    /// <param name="i">One direction.</param>
    /// <param name="j">The other direction.</param>
    /// <returns>The pair index or −1.</returns>
    public int IndexOf(int i, int j)
    {
        if ((uint)i >= (uint)K)
        {
            throw new ArgumentOutOfRangeException(nameof(i), i, $"A direction index must lie in [0, {K}).");
        }

        if ((uint)j >= (uint)K)
        {
            throw new ArgumentOutOfRangeException(nameof(j), j, $"A direction index must lie in [0, {K}).");
        }

        return _index[(i * K) + j];
    }

    /// <inheritdoc/>
    public bool Equals(JetPairs? other) =>
        other is not null && (ReferenceEquals(this, other) || (K == other.K && _pairs.AsSpan().SequenceEqual(other._pairs)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as JetPairs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(K, Count);

    /// <inheritdoc/>
    public override string ToString() => IsAll ? $"all pairs of K = {K}" : $"K = {K}, pairs {string.Join(" ", _pairs.Select(p => $"({p.I},{p.J})"))}";

    private static JetPairs CreateAll(int k)
    {
        var pairs = new (int, int)[JetLayout.PairCount(k)];
        int p = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                pairs[p++] = (i, j);
            }
        }

        return new JetPairs(k, pairs, isAll: true);
    }
}
