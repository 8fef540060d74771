namespace Hyperdual.Reports;

/// <summary>
/// Where a write to a path really goes: a symbolic link is followed to its final target (which is what
/// gets written), and the target is classified. Every output check and message lives here.
/// </summary>
/// <param name="Path">The path as the caller gave it (used in messages).</param>
/// <param name="FinalPath">The absolute path of the final target.</param>
/// <param name="Kind">What the final target is now.</param>
internal sealed record OutputTarget(string Path, string FinalPath, FileKind Kind)
{
    /// <summary>Resolves <paramref name="path"/> and checks it can be written as a file.</summary>
    /// <param name="path">The output path.</param>
    /// <param name="allowStream">Whether a character device or FIFO is acceptable (written straight through).</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">The path names a folder or special file, or its parent is not a folder.</exception>
    public static OutputTarget ForFile(string path, bool allowStream)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The output path is empty.", nameof(path));
        }

        if (path.EndsWith('/') || path.EndsWith(System.IO.Path.DirectorySeparatorChar))
        {
            throw new OutputPathException($"'{path}' names a folder, not a file");
        }

        string finalPath = FollowLinks(path);
        FileKind kind = FileKindProbe.Get(finalPath);
        string shown = finalPath == System.IO.Path.GetFullPath(path) ? $"'{path}'" : $"'{path}' (a link to '{finalPath}')";
        switch (kind)
        {
            case FileKind.Directory:
                throw new OutputPathException($"{shown} is a folder, not a file");
            case FileKind.Other:
                throw new OutputPathException($"{shown} is neither a regular file nor a character device or FIFO");
            case FileKind.Stream when !allowStream:
                throw new OutputPathException($"{shown} is not a regular file");
        }

        CheckParents(path, finalPath);
        return new OutputTarget(path, finalPath, kind);
    }

    /// <summary>Checks that <paramref name="folder"/> is a folder or can be created as one.</summary>
    /// <param name="folder">The folder path.</param>
    /// <returns>The absolute path of the folder (links followed).</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">The path names something other than a folder, or a parent is a file.</exception>
    public static string ForFolder(string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new ArgumentException("The output folder is empty.", nameof(folder));
        }

        string finalPath = FollowLinks(folder.TrimEnd('/', System.IO.Path.DirectorySeparatorChar) is { Length: > 0 } trimmed ? trimmed : folder);
        switch (FileKindProbe.Get(finalPath))
        {
            case FileKind.Directory:
                return finalPath;
            case FileKind.Missing:
                CheckParents(folder, System.IO.Path.Combine(finalPath, "x"));
                return finalPath;
            default:
                throw new OutputPathException($"'{folder}' is a file, not a folder");
        }
    }

    /// <summary>The folders from the nearest existing ancestor of <paramref name="fullPath"/> down to its parent that do not exist yet (outermost first).</summary>
    public static IReadOnlyList<string> MissingFolders(string fullPath)
    {
        var missing = new List<string>();
        for (string? folder = System.IO.Path.GetDirectoryName(fullPath); folder is not null && FileKindProbe.Get(folder) == FileKind.Missing; folder = System.IO.Path.GetDirectoryName(folder))
        {
            missing.Insert(0, folder);
        }

        return missing;
    }

    /// <summary>Makes an I/O failure while writing <paramref name="path"/> a one-line <see cref="OutputPathException"/>.</summary>
    public static OutputPathException CannotWrite(string path, Exception e) =>
        new($"cannot write '{path}': {e.Message.ReplaceLineEndings(" ").TrimEnd('.', ' ')}", e);

    private static string FollowLinks(string path)
    {
        string fullPath = System.IO.Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(fullPath);
            if (info.LinkTarget is null)
            {
                return fullPath;
            }

            FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? fullPath : System.IO.Path.GetFullPath(target.FullName);
        }
        catch (IOException e)
        {
            throw new OutputPathException($"'{path}' is a symbolic link that cannot be followed: {e.Message.ReplaceLineEndings(" ").TrimEnd('.', ' ')}", e);
        }
    }

    private static void CheckParents(string path, string finalPath)
    {
        for (string? folder = System.IO.Path.GetDirectoryName(finalPath); folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
        {
            switch (FileKindProbe.Get(folder))
            {
                case FileKind.Directory:
                    return;
                case FileKind.Missing:
                    continue;
                default:
                    throw new OutputPathException($"'{path}' cannot be created: '{folder}' is a file, not a folder");
            }
        }
    }
}
