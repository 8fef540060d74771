using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors;

/// <summary>
/// Room on a tape node for its op's own record of plain arguments (shapes, stride, a scale): each op declares
/// a small <c>readonly record struct</c> with named fields, stores it with <see cref="Of{TArguments}"/> and reads
/// it back in its reverse rule with <see cref="As{TArguments}"/>. Stored inline, so recording allocates nothing.
/// </summary>
internal struct TapeArguments
{
    // 32 bytes: six ints and a double, or any smaller record.
    private long _first;
    private long _second;
    private long _third;
    private long _fourth;

    /// <summary>Stores an op's argument record.</summary>
    /// <typeparam name="TArguments">The op's record: plain values only, at most 32 bytes.</typeparam>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The stored arguments.</returns>
    public static TapeArguments Of<TArguments>(TArguments arguments) where TArguments : unmanaged
    {
        if (Unsafe.SizeOf<TArguments>() > Unsafe.SizeOf<TapeArguments>())
        {
            throw new InvalidOperationException($"{typeof(TArguments).Name} does not fit on a tape node.");
        }

        TapeArguments storage = default;
        Unsafe.As<TapeArguments, TArguments>(ref storage) = arguments;
        return storage;
    }

    /// <summary>Reads back the record stored by <see cref="Of{TArguments}"/>.</summary>
    /// <typeparam name="TArguments">The same record type it was stored as.</typeparam>
    /// <returns>The arguments.</returns>
    public readonly TArguments As<TArguments>() where TArguments : unmanaged
        => Unsafe.As<TapeArguments, TArguments>(ref Unsafe.AsRef(in this));
}
