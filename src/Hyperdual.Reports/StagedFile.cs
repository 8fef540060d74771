namespace Hyperdual.Reports;

/// <summary>
/// The first half of an atomic write: the whole content in a temporary file beside the final target,
/// flushed to disk. <see cref="Commit"/> moves it over the target; disposing an uncommitted one deletes
/// it, so a failure anywhere leaves the old file as it was and no temporary file behind.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly OutputTarget _target;
    private readonly string _temporary;
    private bool _committed;

    private readonly IReadOnlyList<string> _createdFolders;

    private StagedFile(OutputTarget target, string temporary, IReadOnlyList<string> createdFolders)
    {
        _target = target;
        _temporary = temporary;
        _createdFolders = createdFolders;
    }

    /// <summary>Called with the final path after the temporary file is written and before it is moved; tests inject failures here.</summary>
    internal static AsyncLocal<Action<string>?> BeforeMove { get; } = new();

    /// <summary>Creates the folders that are missing, writes the temporary file and keeps the target's permissions.</summary>
    /// <remarks>Folders created here are removed again if the file is discarded and they are empty.</remarks>
    /// <param name="target">A missing or regular-file target.</param>
    /// <param name="write">Writes the content.</param>
    /// <returns>The staged file.</returns>
    public static StagedFile Create(OutputTarget target, Action<Stream> write)
    {
        string folder = Path.GetDirectoryName(target.FinalPath)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target.FinalPath)}.{Guid.NewGuid():N}.tmp");
        var staged = new StagedFile(target, temporary, OutputTarget.MissingFolders(target.FinalPath));
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (target.Kind == FileKind.Regular && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target.FinalPath));
            }

            return staged;
        }
        catch (Exception e)
        {
            staged.Dispose();
            if (e is IOException or UnauthorizedAccessException && e is not OutputPathException)
            {
                throw OutputTarget.CannotWrite(target.Path, e);
            }

            throw;
        }
    }

    /// <summary>Moves the temporary file over the target.</summary>
    public void Commit()
    {
        try
        {
            BeforeMove.Value?.Invoke(_target.FinalPath);
            File.Move(_temporary, _target.FinalPath, overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputPathException)
        {
            throw OutputTarget.CannotWrite(_target.Path, e);
        }
        finally
        {
            if (!_committed)
            {
                Dispose();
            }
        }
    }

    /// <summary>Deletes the temporary file, and the folders created for it if they are empty, unless it was committed.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        if (File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }

        for (int i = _createdFolders.Count - 1; i >= 0; i--)
        {
            if (Directory.Exists(_createdFolders[i]) && !Directory.EnumerateFileSystemEntries(_createdFolders[i]).Any())
            {
                Directory.Delete(_createdFolders[i]);
            }
        }
    }
}
