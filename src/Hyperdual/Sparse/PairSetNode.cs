namespace Hyperdual;

/// <summary>
/// A symmetric set of index pairs (the non-zero pattern of a Hessian) held as an immutable node of a directed
/// acyclic graph: the cross product of two index sets (every pair (a, b) and (b, a) with a in one and b in the
/// other), or the union of two pair sets. Like <see cref="IndexSetNode"/>, nodes are shared by reference and
/// flattened once at the end by <see cref="PatternFlattening"/>.
/// </summary>
internal abstract class PairSetNode
{
    /// <summary>The stamp of the last flattening that visited this node (written only under the flattening lock).</summary>
    internal long VisitStamp;

    /// <summary>The union of two pair sets, either of which may be empty (null).</summary>
    /// <param name="left">The first set, or null for the empty set.</param>
    /// <param name="right">The second set, or null for the empty set.</param>
    /// <returns>The union, sharing both operands.</returns>
    internal static PairSetNode? Union(PairSetNode? left, PairSetNode? right) =>
        left is null ? right
        : right is null || ReferenceEquals(left, right) ? left
        : new PairSetUnion(left, right);

    /// <summary>Every pair (a, b) and (b, a) with a in <paramref name="left"/> and b in <paramref name="right"/>.</summary>
    /// <param name="left">The first index set, or null for the empty set.</param>
    /// <param name="right">The second index set, or null for the empty set.</param>
    /// <returns>The cross product, empty (null) when either set is.</returns>
    internal static PairSetNode? Cross(IndexSetNode? left, IndexSetNode? right) =>
        left is null || right is null ? null : new PairSetCross(left, right);
}

/// <summary>Every pair (a, b) and (b, a) with a in <see cref="Left"/> and b in <see cref="Right"/>.</summary>
/// <param name="left">The first index set.</param>
/// <param name="right">The second index set.</param>
internal sealed class PairSetCross(IndexSetNode left, IndexSetNode right) : PairSetNode
{
    /// <summary>The first index set.</summary>
    internal IndexSetNode Left { get; } = left;

    /// <summary>The second index set.</summary>
    internal IndexSetNode Right { get; } = right;
}

/// <summary>The union of two non-empty pair sets.</summary>
/// <param name="left">The first set.</param>
/// <param name="right">The second set.</param>
internal sealed class PairSetUnion(PairSetNode left, PairSetNode right) : PairSetNode
{
    /// <summary>The first set.</summary>
    internal PairSetNode Left { get; } = left;

    /// <summary>The second set.</summary>
    internal PairSetNode Right { get; } = right;
}
