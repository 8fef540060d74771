namespace Hyperdual.Tensors;

/// <summary>Index arithmetic of a jet's parts: pairs (i ≤ j) in lexicographic order.</summary>
public static class JetLayout
{
    /// <summary>The largest number of directions K a jet carries: 1 + K + K(K+1)/2 = 153 parts per value at K = 16.</summary>
    public const int MaxDirections = 16;

    /// <summary>Refuses a direction count outside 1..<see cref="MaxDirections"/>.</summary>
    /// <param name="k">The number of directions.</param>
    /// <exception cref="ArgumentOutOfRangeException">It is outside the range.</exception>
    public static void ValidateDirectionCount(int k)
    {
        if (k is < 1 or > MaxDirections)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"A jet carries 1 to {MaxDirections} directions.");
        }
    }

    /// <summary>
    /// Refuses, before anything is allocated, a jet evaluation that cannot fit in memory: each of
    /// <paramref name="inputValues"/> input values (batch × features) and, by estimate, as many values per
    /// layer activation (<paramref name="activationFactor"/> of them alive at once) carries 1 + K + K(K+1)/2
    /// parts of <paramref name="bytesPerValue"/> bytes.
    /// </summary>
    /// <param name="inputValues">Batch size × input features.</param>
    /// <param name="k">The number of directions.</param>
    /// <param name="bytesPerValue">8 for double, 4 for float.</param>
    /// <param name="activationFactor">Activations alive at once, in units of the input's size (default 4).</param>
    /// <exception cref="MemoryLimitException">It cannot fit.</exception>
    public static void EnsureFits(double inputValues, int k, int bytesPerValue, double activationFactor = 4) =>
        MemoryBudget.Ensure(inputValues * bytesPerValue * (1 + k + PairCount(k)) * (1 + activationFactor), $"a jet evaluation with K = {k} over {inputValues.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} input values");

    /// <summary>The number of second-order parts, K(K+1)/2.</summary>
    /// <param name="k">The number of directions.</param>
    /// <returns>The number of pairs i ≤ j.</returns>
    public static int PairCount(int k) => k * (k + 1) / 2;

    /// <summary>The position of the pair (i, j) (in either order) among the second-order parts.</summary>
    /// <param name="i">One direction, 0 ≤ i &lt; K.</param>
    /// <param name="j">The other direction, 0 ≤ j &lt; K.</param>
    /// <param name="k">The number of directions.</param>
    /// <returns>The pair index, 0 ≤ p &lt; K(K+1)/2.</returns>
    public static int PairIndex(int i, int j, int k)
    {
        if ((uint)i >= (uint)k)
        {
            throw new ArgumentOutOfRangeException(nameof(i), i, $"A direction index must lie in [0, {k}).");
        }

        if ((uint)j >= (uint)k)
        {
            throw new ArgumentOutOfRangeException(nameof(j), j, $"A direction index must lie in [0, {k}).");
        }

        if (i > j)
        {
            (i, j) = (j, i);
        }

        return (i * k) - (i * (i - 1) / 2) + (j - i);
    }

    /// <summary>The number of parts a jet stores.</summary>
    /// <param name="k">The number of directions.</param>
    /// <param name="pairCount">The number of tracked second-order pairs P.</param>
    /// <param name="hasTangents">Whether tangents are stored.</param>
    /// <param name="hasSecondOrder">Whether second-order parts are stored (implies tangents).</param>
    /// <returns>1, 1 + K or 1 + K + P.</returns>
    public static int StoredPartCount(int k, int pairCount, bool hasTangents, bool hasSecondOrder) =>
        hasSecondOrder ? 1 + k + pairCount : hasTangents ? 1 + k : 1;
}
