using System.Buffers.Binary;
using System.IO.Compression;

namespace Hyperdual.Data.Idx;

/// <summary>
/// Reads IDX files (the MNIST format: a 4-byte magic number <c>00 00 type rank</c>, <c>rank</c> big-endian
/// 32-bit dimension sizes, then the elements), raw or gzip-compressed. Every header field is checked
/// against the bytes that follow; a malformed file is a <see cref="DataException"/> naming the file and
/// the problem.
/// </summary>
public static class IdxReader
{
    /// <summary>The element-type byte of unsigned bytes, the only type the MNIST files use.</summary>
    public const byte UnsignedByteType = 0x08;

    /// <summary>Reads the whole content of <paramref name="path"/>, decompressing it when the name ends in <c>.gz</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The (decompressed) bytes.</returns>
    public static byte[] ReadContent(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                return File.ReadAllBytes(path);
            }

            using FileStream file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            if (file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) < 2 || magic[0] != 0x1f || magic[1] != 0x8b)
            {
                throw new DataException($"{path}: not a gzip file (it does not start with the gzip signature 1f 8b).");
            }

            file.Position = 0;
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var content = new MemoryStream(capacity: (int)Math.Min(int.MaxValue / 2, file.Length * 4));
            gzip.CopyTo(content);
            return content.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DataException($"{path}: corrupt gzip data ({e.Message.TrimEnd('.')}).", e);
        }
        catch (EndOfStreamException e)
        {
            throw new DataException($"{path}: the gzip data ends early.", e);
        }
        catch (FileNotFoundException e)
        {
            throw new DataException($"{path}: no such file.", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new DataException($"{path}: no such file.", e);
        }
    }

    /// <summary>Parses IDX content of unsigned bytes with <paramref name="rank"/> dimensions.</summary>
    /// <param name="path">The file the content came from (for messages).</param>
    /// <param name="content">The whole (decompressed) file.</param>
    /// <param name="rank">The number of dimensions expected (3 for images, 1 for labels).</param>
    /// <returns>The dimensions and a view of the elements.</returns>
    public static IdxFile Parse(string path, ReadOnlyMemory<byte> content, int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ReadOnlySpan<byte> bytes = content.Span;
        if (bytes.Length < 4)
        {
            throw new DataException($"{path}: truncated inside the IDX magic number ({bytes.Length} of 4 bytes).");
        }

        if (bytes[0] != 0 || bytes[1] != 0)
        {
            throw new DataException($"{path}: not an IDX file (the magic number starts {bytes[0]:x2} {bytes[1]:x2}, not 00 00).");
        }

        if (bytes[2] != UnsignedByteType)
        {
            throw new DataException($"{path}: IDX element type 0x{bytes[2]:x2} ({TypeName(bytes[2])}); only unsigned bytes (0x08) are supported.");
        }

        if (bytes[3] != rank)
        {
            throw new DataException($"{path}: {bytes[3]} dimensions in the IDX header, expected {rank}.");
        }

        int headerLength = 4 + (4 * rank);
        if (bytes.Length < headerLength)
        {
            throw new DataException($"{path}: truncated inside the IDX dimension sizes ({bytes.Length} of {headerLength} header bytes).");
        }

        var dimensions = new int[rank];
        long expected = 1;
        for (int d = 0; d < rank; d++)
        {
            uint size = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(4 + (4 * d), 4));
            if (size == 0 || size > int.MaxValue)
            {
                throw new DataException($"{path}: IDX dimension {d} has size {size}.");
            }

            dimensions[d] = (int)size;
            expected *= size;
            if (expected > int.MaxValue)
            {
                throw new DataException($"{path}: the IDX dimensions {string.Join('×', dimensions[..(d + 1)])} describe more than {int.MaxValue} bytes.");
            }
        }

        long actual = bytes.Length - headerLength;
        if (actual < expected)
        {
            throw new DataException(
                $"{path}: truncated: the header describes {string.Join('×', dimensions)} = {expected} bytes of data but {actual} follow.");
        }

        if (actual > expected)
        {
            throw new DataException(
                $"{path}: {actual - expected} bytes after the {string.Join('×', dimensions)} = {expected} bytes of data the header describes.");
        }

        return new IdxFile(path, dimensions, content[headerLength..]);
    }

    private static string TypeName(byte type) => type switch
    {
        0x09 => "signed bytes",
        0x0B => "16-bit integers",
        0x0C => "32-bit integers",
        0x0D => "32-bit floats",
        0x0E => "64-bit floats",
        _ => "unknown",
    };
}
