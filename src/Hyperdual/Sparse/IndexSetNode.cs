namespace Hyperdual;

/// <summary>
/// A set of variable indices held as an immutable node of a directed acyclic graph: a single index, or the
/// union of two sets. Nodes are shared by reference, so building the union of a growing set with one more term
/// costs one allocation however large the set is; the set is flattened once, at the end, by
/// <see cref="PatternFlattening"/>.
/// </summary>
internal abstract class IndexSetNode
{
    /// <summary>The stamp of the last flattening that visited this node (written only under the flattening lock).</summary>
    internal long VisitStamp;

    /// <summary>The union of two sets, either of which may be empty (null); a set united with itself is itself.</summary>
    /// <param name="left">The first set, or null for the empty set.</param>
    /// <param name="right">The second set, or null for the empty set.</param>
    /// <returns>The union, sharing both operands.</returns>
    internal static IndexSetNode? Union(IndexSetNode? left, IndexSetNode? right) =>
        left is null ? right
        : right is null || ReferenceEquals(left, right) ? left
        : new IndexSetUnion(left, right);
}

/// <summary>The set holding one variable index.</summary>
/// <param name="index">The variable's index.</param>
internal sealed class IndexSetLeaf(int index) : IndexSetNode
{
    /// <summary>The variable's index.</summary>
    internal int Index { get; } = index;
}

/// <summary>The union of two non-empty index sets.</summary>
/// <param name="left">The first set.</param>
/// <param name="right">The second set.</param>
internal sealed class IndexSetUnion(IndexSetNode left, IndexSetNode right) : IndexSetNode
{
    /// <summary>The set's sorted indices, as flattened by the pair flattening stamped <see cref="FlattenedStamp"/> (written only under the flattening lock).</summary>
    internal int[]? Flattened;

    /// <summary>The stamp of the pair flattening that wrote <see cref="Flattened"/>.</summary>
    internal long FlattenedStamp;

    /// <summary>The first set.</summary>
    internal IndexSetNode Left { get; } = left;

    /// <summary>The second set.</summary>
    internal IndexSetNode Right { get; } = right;
}
