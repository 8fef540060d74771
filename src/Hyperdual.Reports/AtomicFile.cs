using System.Text;

namespace Hyperdual.Reports;

/// <summary>
/// Writes one output file so that it is never seen half-written and nothing but the named file changes:
/// <list type="bullet">
/// <item>a regular file, or a path where nothing exists, is written to a temporary file beside it that
/// then replaces it (its permissions kept; missing folders created);</item>
/// <item>a symbolic link is followed and its final target written that way (the link stays);</item>
/// <item>a character device or FIFO (<c>/dev/null</c>, <c>/dev/stdout</c>, a named pipe) is written
/// straight through;</item>
/// <item>anything else (a folder, a block device, a socket, a path whose parent is a file) is refused with
/// a one-line <see cref="OutputPathException"/> before anything is written.</item>
/// </list>
/// A failure at any point leaves the previous file intact and no temporary file behind. Mapping
/// <c>-</c> to standard output is the caller's business (the command line does it).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="contents">The text.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">The path cannot be written (see the class remarks).</exception>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        WriteAllBytes(path, Utf8(contents));
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">The path cannot be written (see the class remarks).</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>Writes whatever <paramref name="write"/> puts into the stream to <paramref name="path"/>.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="write">Writes the content (into a temporary file, or straight into a device or FIFO).</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">The path cannot be written (see the class remarks).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        OutputTarget target = OutputTarget.ForFile(path, allowStream: true);
        if (target.Kind == FileKind.Stream)
        {
            WriteThrough(target, write);
            return;
        }

        using StagedFile staged = StagedFile.Create(target, write);
        staged.Commit();
    }

    /// <summary>
    /// Checks, without writing anything, that <paramref name="path"/> can be written: call it before
    /// long work so a bad output path fails at once. Unless the target is a device or FIFO, a hidden
    /// temporary file is created and deleted in its folder (or the nearest existing parent) to prove
    /// that the place is writable.
    /// </summary>
    /// <param name="path">The destination.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">The path cannot be written.</exception>
    public static void Check(string path)
    {
        OutputTarget target = OutputTarget.ForFile(path, allowStream: true);
        if (target.Kind != FileKind.Stream)
        {
            ProbeFolder(target);
        }
    }

    /// <summary>UTF-8 without a byte-order mark, the encoding of every text output.</summary>
    internal static byte[] Utf8(string contents) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(contents);

    /// <summary>Proves that a new file can be made where the target's folder is (or, when folders are missing, in the nearest existing one) by creating and deleting a hidden temporary file.</summary>
    internal static void ProbeFolder(OutputTarget target)
    {
        string? folder = Path.GetDirectoryName(target.FinalPath);
        while (folder is not null && FileKindProbe.Get(folder) == FileKind.Missing)
        {
            folder = Path.GetDirectoryName(folder);
        }

        if (folder is null)
        {
            return;
        }

        string probe = Path.Combine(folder, $".hyperdual-probe.{Guid.NewGuid():N}.tmp");
        try
        {
            new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputTarget.CannotWrite(target.Path, e);
        }
    }

    private static void WriteThrough(OutputTarget target, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(target.FinalPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputPathException)
        {
            throw OutputTarget.CannotWrite(target.Path, e);
        }
    }
}
