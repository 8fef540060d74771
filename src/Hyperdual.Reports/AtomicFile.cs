using System.Text;

namespace Hyperdual.Reports;

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the destination's folder, which is
/// then moved over the destination, so a reader never sees a half-written file.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    /// <param name="path">The destination; its folder is created if missing.</param>
    /// <param name="contents">The text.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(contents);
        WriteAllBytes(path, bytes);
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>.</summary>
    /// <param name="path">The destination; its folder is created if missing.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>Writes whatever <paramref name="write"/> puts into the stream to <paramref name="path"/>.</summary>
    /// <param name="path">The destination; its folder is created if missing.</param>
    /// <param name="write">Writes the content into the temporary file's stream.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The output path is empty.", nameof(path));
        }

        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"The output path '{path}' has no folder.", nameof(path));
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
