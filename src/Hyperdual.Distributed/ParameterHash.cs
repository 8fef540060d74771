namespace Hyperdual.Distributed;

/// <summary>A 64-bit FNV-1a hash of a parameter vector's exact bits: equal vectors hash equal on every machine,
/// and any changed bit changes the hash with overwhelming probability. Used to check that replicas stay bit-identical.</summary>
public static class ParameterHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of θ's bits.</summary>
    /// <param name="parameters">θ.</param>
    /// <returns>The hash.</returns>
    public static ulong Of(ReadOnlySpan<double> parameters)
    {
        ulong hash = OffsetBasis;
        foreach (double value in parameters)
        {
            ulong bits = BitConverter.DoubleToUInt64Bits(value);
            for (int b = 0; b < 8; b++)
            {
                hash ^= (bits >> (8 * b)) & 0xFF;
                hash *= Prime;
            }
        }

        return hash;
    }
}
