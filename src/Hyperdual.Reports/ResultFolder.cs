namespace Hyperdual.Reports;

/// <summary>
/// A folder of results written as a set: <see cref="Prepare"/> checks the folder and every target before
/// any work is done; <see cref="Write"/> checks them again, writes every file to a temporary file beside
/// its target and only when all are written moves them into place. A failure before the moves leaves
/// every old file intact and no temporary file behind. Each target must be a regular file, a symbolic
/// link to one, or missing; other files in the folder are left alone.
/// </summary>
/// <example>
/// <code>
/// ResultFolder folder = ResultFolder.Prepare(outDir, ["run.csv", "run.md"]);  // before the long work
/// // … compute …
/// IReadOnlyList&lt;string&gt; written = folder.Write([ResultFile.Text("run.csv", csv), ResultFile.Text("run.md", md)]);
/// // folder.ReplacedFiles names the files that existed before (say so to the user)
/// </code>
/// </example>
public sealed class ResultFolder
{
    private ResultFolder(string path, IReadOnlyList<string> fileNames, IReadOnlyList<string> replacedFiles)
    {
        Path = path;
        FileNames = fileNames;
        ReplacedFiles = replacedFiles;
    }

    /// <summary>The folder as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The names of the files the set consists of, in order.</summary>
    public IReadOnlyList<string> FileNames { get; }

    /// <summary>The names of the files of the set that already existed when the folder was prepared (they will be replaced).</summary>
    public IReadOnlyList<string> ReplacedFiles { get; }

    /// <summary>Checks that <paramref name="folder"/> is a folder or can be created, and that each of <paramref name="fileNames"/> in it can be written; writes nothing.</summary>
    /// <param name="folder">The result folder; missing folders are created by <see cref="Write"/>.</param>
    /// <param name="fileNames">Plain file names (no folder part), distinct.</param>
    /// <returns>The prepared folder.</returns>
    /// <exception cref="ArgumentException">The folder path is empty, or a name is not a plain, distinct file name.</exception>
    /// <exception cref="OutputPathException">The folder or one of the targets cannot be written; the message names it.</exception>
    public static ResultFolder Prepare(string folder, IReadOnlyList<string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        OutputTarget[] targets = Check(folder, fileNames);
        foreach (OutputTarget target in targets)
        {
            AtomicFile.ProbeFolder(target);
        }

        return new ResultFolder(folder, fileNames.ToArray(), targets.Where(t => t.Kind == FileKind.Regular).Select(t => System.IO.Path.GetFileName(t.Path)).ToArray());
    }

    /// <summary>Checks, writing nothing that stays, that <paramref name="folder"/> is a folder or can be created, and that files can be made there (for folders a tool fills itself, such as a data cache).</summary>
    /// <param name="folder">The folder path.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="OutputPathException">It is a file, lies under a file, or is not writable.</exception>
    public static void Check(string folder)
    {
        string fullPath = OutputTarget.ForFolder(folder);
        AtomicFile.ProbeFolder(new OutputTarget(folder, System.IO.Path.Combine(fullPath, ".hyperdual-check"), FileKind.Missing));
    }

    /// <summary>The path of <paramref name="fileName"/> in the folder, as the user would write it.</summary>
    /// <param name="fileName">One of <see cref="FileNames"/>.</param>
    /// <returns>The folder joined with the name.</returns>
    public string PathOf(string fileName) => System.IO.Path.Combine(Path, fileName);

    /// <summary>Writes the set: exactly the files named in <see cref="Prepare"/>, each once.</summary>
    /// <param name="files">The files' contents.</param>
    /// <returns>The paths written (<see cref="PathOf"/>), in the order of <see cref="FileNames"/>.</returns>
    /// <exception cref="ArgumentException">The files are not exactly the prepared names.</exception>
    /// <exception cref="OutputPathException">A target became unwritable since <see cref="Prepare"/>; nothing was changed.</exception>
    public IReadOnlyList<string> Write(IEnumerable<ResultFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Dictionary<string, ResultFile> byName = files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        if (byName.Count != FileNames.Count || FileNames.Any(n => !byName.ContainsKey(n)))
        {
            throw new ArgumentException($"The files must be exactly {string.Join(", ", FileNames)}.", nameof(files));
        }

        OutputTarget[] targets = Check(Path, FileNames);
        var staged = new List<StagedFile>();
        try
        {
            for (int i = 0; i < targets.Length; i++)
            {
                staged.Add(StagedFile.Create(targets[i], byName[FileNames[i]].Write));
            }

            foreach (StagedFile file in staged)
            {
                file.Commit();
            }
        }
        finally
        {
            for (int i = staged.Count - 1; i >= 0; i--)
            {
                staged[i].Dispose();
            }
        }

        return FileNames.Select(PathOf).ToArray();
    }

    private static OutputTarget[] Check(string folder, IReadOnlyList<string> fileNames)
    {
        if (fileNames.Count == 0 || fileNames.Distinct(StringComparer.Ordinal).Count() != fileNames.Count
            || fileNames.Any(n => string.IsNullOrWhiteSpace(n) || n != System.IO.Path.GetFileName(n) || n is "." or ".."))
        {
            throw new ArgumentException("The file names must be distinct plain names, at least one.", nameof(fileNames));
        }

        OutputTarget.ForFolder(folder);
        var targets = new OutputTarget[fileNames.Count];
        for (int i = 0; i < targets.Length; i++)
        {
            targets[i] = OutputTarget.ForFile(System.IO.Path.Combine(folder, fileNames[i]), allowStream: false);
        }

        return targets;
    }
}
