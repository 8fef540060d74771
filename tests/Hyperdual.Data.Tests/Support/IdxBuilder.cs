using System.Buffers.Binary;
using System.IO.Compression;

namespace Hyperdual.Data.Tests.Support;

/// <summary>Builds small IDX files (and gzips them) for the reader tests.</summary>
internal static class IdxBuilder
{
    public static byte[] Build(byte type, int[] dimensions, byte[] data)
    {
        var bytes = new byte[4 + (4 * dimensions.Length) + data.Length];
        bytes[2] = type;
        bytes[3] = (byte)dimensions.Length;
        for (int d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * d)), dimensions[d]);
        }

        data.CopyTo(bytes, 4 + (4 * dimensions.Length));
        return bytes;
    }

    /// <summary>count images of rows × cols whose pixel (i, r, c) is (i + r + c) mod 256.</summary>
    public static byte[] Images(int count, int rows = 28, int cols = 28)
    {
        var data = new byte[count * rows * cols];
        for (int i = 0; i < count; i++)
        {
            for (int p = 0; p < rows * cols; p++)
            {
                data[(i * rows * cols) + p] = (byte)((i + (p / cols) + (p % cols)) % 256);
            }
        }

        return Build(0x08, [count, rows, cols], data);
    }

    public static byte[] Labels(params byte[] labels) => Build(0x08, [labels.Length], labels);

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
