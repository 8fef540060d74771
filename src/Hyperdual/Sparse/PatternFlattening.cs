namespace Hyperdual;

/// <summary>
/// Flattens the shared graphs of <see cref="IndexSetNode"/> and <see cref="PairSetNode"/> into sorted index lists
/// and a <see cref="SparsityPattern"/>. Each node is visited once per flattening (a visit stamp marks it), so a
/// set built by a running union over n terms flattens in O(n), however deep the graph; the traversal keeps its
/// own stack, so depth costs no call stack. The index set of a cross node is flattened once and remembered,
/// however many cross nodes share it.
/// </summary>
/// <remarks>Flattenings take one process-wide lock, because the visit stamps live in the shared nodes.</remarks>
internal static class PatternFlattening
{
    private static readonly Lock Gate = new();
    private static long lastStamp;

    /// <summary>The leaves of the set being flattened (used only under the lock).</summary>
    private static readonly List<int> Scratch = [];

    /// <summary>The indices of a set, sorted and distinct.</summary>
    /// <param name="set">The set, or null for the empty set.</param>
    /// <returns>A new sorted array.</returns>
    internal static int[] Indices(IndexSetNode? set)
    {
        if (set is null)
        {
            return [];
        }

        lock (Gate)
        {
            return IndicesUnderLock(set, new Stack<IndexSetNode>());
        }
    }

    /// <summary>The pairs of a set as a symmetric pattern of dimension <paramref name="dimension"/>, diagonal included.</summary>
    /// <param name="pairs">The pair set, or null for the empty set.</param>
    /// <param name="dimension">The number of variables; every index in the set must be below it.</param>
    /// <returns>The pattern.</returns>
    internal static SparsityPattern Pattern(PairSetNode? pairs, int dimension) => SparsityPattern.FromPairKeys(dimension, PairKeys(pairs));

    /// <summary>The keys (<see cref="SparsityPattern.PairKey"/>) of the set's unordered pairs, sorted and distinct.</summary>
    /// <param name="pairs">The pair set, or null for the empty set.</param>
    /// <returns>A new sorted list.</returns>
    internal static List<long> PairKeys(PairSetNode? pairs)
    {
        var keys = new List<long>();
        if (pairs is not null)
        {
            lock (Gate)
            {
                CollectPairs(pairs, keys);
            }
        }

        keys.Sort();
        int count = 0;
        for (int k = 0; k < keys.Count; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                keys[count++] = keys[k];
            }
        }

        keys.RemoveRange(count, keys.Count - count);
        return keys;
    }

    /// <summary>Appends the key (min, max) of every pair in the set to <paramref name="keys"/> (duplicates included).</summary>
    private static void CollectPairs(PairSetNode root, List<long> keys)
    {
        long stamp = ++lastStamp;
        var indexStack = new Stack<IndexSetNode>();
        var stack = new Stack<PairSetNode>();
        root.VisitStamp = stamp;
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case PairSetUnion union:
                    foreach (PairSetNode child in (ReadOnlySpan<PairSetNode>)[union.Left, union.Right])
                    {
                        if (child.VisitStamp != stamp)
                        {
                            child.VisitStamp = stamp;
                            stack.Push(child);
                        }
                    }

                    break;
                case PairSetCross { Left: IndexSetLeaf a, Right: IndexSetLeaf b }:
                    keys.Add(SparsityPattern.PairKey(a.Index, b.Index));
                    break;
                case PairSetCross cross:
                    int leftLeaf = 0, rightLeaf = 0;
                    ReadOnlySpan<int> left = Remembered(cross.Left, stamp, indexStack, ref leftLeaf);
                    ReadOnlySpan<int> right = Remembered(cross.Right, stamp, indexStack, ref rightLeaf);
                    foreach (int a in left)
                    {
                        foreach (int b in right)
                        {
                            keys.Add(SparsityPattern.PairKey(a, b));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>A set's sorted indices: a leaf's one index (held in <paramref name="leaf"/>), or a union's, flattened once per pair flattening and kept on the node.</summary>
    private static ReadOnlySpan<int> Remembered(IndexSetNode set, long pairStamp, Stack<IndexSetNode> stack, ref int leaf)
    {
        if (set is IndexSetLeaf single)
        {
            leaf = single.Index;
            return new ReadOnlySpan<int>(ref leaf);
        }

        var union = (IndexSetUnion)set;
        if (union.FlattenedStamp != pairStamp || union.Flattened is null)
        {
            union.Flattened = IndicesUnderLock(union, stack);
            union.FlattenedStamp = pairStamp;
        }

        return union.Flattened;
    }

    private static int[] IndicesUnderLock(IndexSetNode root, Stack<IndexSetNode> stack)
    {
        // The union of two leaves, the commonest set a cross node meets, needs no traversal.
        if (root is IndexSetUnion { Left: IndexSetLeaf a, Right: IndexSetLeaf b })
        {
            return a.Index == b.Index ? [a.Index] : a.Index < b.Index ? [a.Index, b.Index] : [b.Index, a.Index];
        }

        long stamp = ++lastStamp;
        List<int> indices = Scratch;
        indices.Clear();
        root.VisitStamp = stamp;
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case IndexSetLeaf leaf:
                    indices.Add(leaf.Index);
                    break;
                case IndexSetUnion union:
                    foreach (IndexSetNode child in (ReadOnlySpan<IndexSetNode>)[union.Left, union.Right])
                    {
                        if (child.VisitStamp != stamp)
                        {
                            child.VisitStamp = stamp;
                            stack.Push(child);
                        }
                    }

                    break;
            }
        }

        indices.Sort();
        int count = 0;
        for (int k = 0; k < indices.Count; k++)
        {
            if (k == 0 || indices[k] != indices[k - 1])
            {
                indices[count++] = indices[k];
            }
        }

        int[] sorted = new int[count];
        indices.CopyTo(0, sorted, 0, count);
        indices.Clear();
        if (indices.Capacity > 1 << 16)
        {
            // Keep no large buffer alive between flattenings.
            indices.Capacity = 16;
        }

        return sorted;
    }
}
