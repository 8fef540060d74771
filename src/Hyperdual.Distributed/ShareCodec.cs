using System.Buffers.Binary;

namespace Hyperdual.Distributed;

/// <summary>
/// The bytes a worker puts on the wire for its share of a step, and the bytes of the combined mean sent back:
/// the loss as a float64, then every further value as a float64 (width 8) or a float32 (width 4).
/// A forward-mode share is <c>8·(1 + K + K(K+1)/2)</c> bytes (80 at K = 3) whatever the model's size; a gradient
/// share is <c>8 + width·n</c>.
/// </summary>
public static class ShareCodec
{
    /// <summary>The encoded length of <paramref name="count"/> values.</summary>
    /// <param name="count">The number of values, at least 1 (the loss).</param>
    /// <param name="width">8 or 4: the bytes of each value after the loss.</param>
    /// <returns>The length in bytes.</returns>
    public static int Length(int count, int width)
    {
        CheckWidth(width);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return checked(sizeof(double) + ((count - 1) * width));
    }

    /// <summary>Encodes the values (little-endian).</summary>
    /// <param name="values">The loss, then the share's other values.</param>
    /// <param name="width">8 or 4.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Encode(ReadOnlySpan<double> values, int width)
    {
        var bytes = new byte[Length(values.Length, width)];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, values[0]);
        Span<byte> rest = bytes.AsSpan(sizeof(double));
        for (int i = 1; i < values.Length; i++)
        {
            if (width == sizeof(double))
            {
                BinaryPrimitives.WriteDoubleLittleEndian(rest[((i - 1) * width)..], values[i]);
            }
            else
            {
                BinaryPrimitives.WriteSingleLittleEndian(rest[((i - 1) * width)..], (float)values[i]);
            }
        }

        return bytes;
    }

    /// <summary>Decodes bytes written by <see cref="Encode"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="width">8 or 4, as encoded.</param>
    /// <returns>The values.</returns>
    /// <exception cref="InvalidDataException">The length does not fit the width.</exception>
    public static double[] Decode(ReadOnlySpan<byte> bytes, int width)
    {
        CheckWidth(width);
        if (bytes.Length < sizeof(double) || (bytes.Length - sizeof(double)) % width != 0)
        {
            throw new InvalidDataException($"A share of {bytes.Length} bytes does not hold a float64 loss and {width}-byte values.");
        }

        var values = new double[1 + ((bytes.Length - sizeof(double)) / width)];
        values[0] = BinaryPrimitives.ReadDoubleLittleEndian(bytes);
        ReadOnlySpan<byte> rest = bytes[sizeof(double)..];
        for (int i = 1; i < values.Length; i++)
        {
            values[i] = width == sizeof(double)
                ? BinaryPrimitives.ReadDoubleLittleEndian(rest[((i - 1) * width)..])
                : BinaryPrimitives.ReadSingleLittleEndian(rest[((i - 1) * width)..]);
        }

        return values;
    }

    private static void CheckWidth(int width)
    {
        if (width is not (sizeof(double) or sizeof(float)))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A share's values are 8 (float64) or 4 (float32) bytes wide.");
        }
    }
}
