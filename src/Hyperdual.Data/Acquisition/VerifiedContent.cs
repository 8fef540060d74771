using System.Security.Cryptography;

namespace Hyperdual.Data.Acquisition;

/// <summary>Finds an official file in a folder (raw, or with <c>.gz</c>) and reads it only if its
/// uncompressed content has the expected SHA-256 digest.</summary>
public static class VerifiedContent
{
    /// <summary>The path of <paramref name="file"/> in <paramref name="directory"/>: the raw file if present, else the
    /// <c>.gz</c> one, else null.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="file">The file.</param>
    /// <returns>The path, or null when neither is there.</returns>
    public static string? Locate(string directory, ExpectedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string raw = Path.Combine(directory, file.Name);
        if (File.Exists(raw))
        {
            return raw;
        }

        string gz = raw + ".gz";
        return File.Exists(gz) ? gz : null;
    }

    /// <summary>Reads <paramref name="path"/> (decompressing <c>.gz</c>) and checks its digest; never changes the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">What it must be.</param>
    /// <returns>The verified content.</returns>
    public static byte[] Read(string path, ExpectedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        byte[] content = Idx.IdxReader.ReadContent(path);
        string actual = Sha256Hex(content);
        if (actual != file.Sha256)
        {
            throw new DataException(
                $"{path}: SHA-256 {actual} of its {content.Length}-byte content is not that of the official {file.Name} " +
                $"({file.Sha256}, {file.Length} bytes); replace it with the official file or remove it.");
        }

        return content;
    }

    /// <summary>The lowercase hexadecimal SHA-256 digest of <paramref name="content"/>.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>64 hexadecimal digits.</returns>
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The lowercase hexadecimal SHA-256 digest of a file's bytes as stored (not decompressed).</summary>
    /// <param name="path">The file.</param>
    /// <returns>64 hexadecimal digits.</returns>
    public static string FileSha256Hex(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
