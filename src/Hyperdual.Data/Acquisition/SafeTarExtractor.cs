using System.Formats.Tar;
using System.IO.Compression;

namespace Hyperdual.Data.Acquisition;

/// <summary>
/// Extracts a (gzipped) tar archive into a folder and refuses any entry that would land outside it:
/// an absolute path, a path with <c>..</c> that climbs out, or a link whose target lies outside.
/// </summary>
/// <remarks>
/// Links are never created: one pointing outside the folder is refused, one pointing inside is skipped
/// (the data sets need none), so no later entry can be written through a link. Device files and FIFOs
/// are skipped too. Entries are checked before anything is written for them.
/// </remarks>
public static class SafeTarExtractor
{
    /// <summary>Extracts <paramref name="archivePath"/> (gzip-compressed when its first bytes say so) into <paramref name="destination"/>.</summary>
    /// <param name="archivePath">The archive.</param>
    /// <param name="destination">The folder; created if absent.</param>
    /// <returns>The number of regular files written.</returns>
    public static int Extract(string archivePath, string destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(archivePath);
        ArgumentException.ThrowIfNullOrEmpty(destination);
        string root = Path.GetFullPath(destination);
        Directory.CreateDirectory(root);
        try
        {
            using FileStream file = File.OpenRead(archivePath);
            bool gzipped = file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
            file.Position = 0;
            using Stream stream = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new TarReader(stream);
            int written = 0;
            while (reader.GetNextEntry() is TarEntry entry)
            {
                written += ExtractEntry(archivePath, root, entry) ? 1 : 0;
            }

            return written;
        }
        catch (InvalidDataException e)
        {
            throw new DataException($"{archivePath}: not a valid tar archive ({e.Message.TrimEnd('.')}).", e);
        }
        catch (EndOfStreamException e)
        {
            throw new DataException($"{archivePath}: the archive ends early.", e);
        }
        catch (FormatException e)
        {
            throw new DataException($"{archivePath}: not a valid tar archive ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private static bool ExtractEntry(string archivePath, string root, TarEntry entry)
    {
        string target = Inside(archivePath, root, entry.Name, root, entry.Name);
        switch (entry.EntryType)
        {
            case TarEntryType.Directory:
                Directory.CreateDirectory(target);
                return false;
            case TarEntryType.RegularFile:
            case TarEntryType.V7RegularFile:
            case TarEntryType.ContiguousFile:
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using (FileStream output = new(target, FileMode.CreateNew, FileAccess.Write))
                {
                    entry.DataStream?.CopyTo(output);
                }

                return true;
            case TarEntryType.SymbolicLink:
                // A relative symbolic link resolves from the link's own folder.
                _ = Inside(archivePath, root, entry.LinkName, Path.GetDirectoryName(target)!, entry.Name, link: true);
                return false;
            case TarEntryType.HardLink:
                // A hard link's target is a path inside the archive.
                _ = Inside(archivePath, root, entry.LinkName, root, entry.Name, link: true);
                return false;
            default:
                return false;
        }
    }

    /// <summary>The full path <paramref name="path"/> names from <paramref name="baseDirectory"/>, or an error when it lies outside <paramref name="root"/>.</summary>
    private static string Inside(string archivePath, string root, string path, string baseDirectory, string entryName, bool link = false)
    {
        string what = link ? $"entry '{entryName}' is a link to '{path}'" : $"entry '{entryName}'";
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new DataException($"{archivePath}: {what} has an empty or invalid path.");
        }

        if (Path.IsPathRooted(path) || path.StartsWith('/') || path.StartsWith('\\'))
        {
            throw new DataException($"{archivePath}: {what}, an absolute path; refusing to extract outside the target folder.");
        }

        string full = Path.GetFullPath(Path.Combine(baseDirectory, path));
        string rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal) && !(link && full == root))
        {
            throw new DataException($"{archivePath}: {what}, which lies outside the target folder; refusing to extract it.");
        }

        return full;
    }
}
