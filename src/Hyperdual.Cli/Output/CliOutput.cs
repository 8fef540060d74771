using Hyperdual.Reports;
using Hyperdual.Text;

namespace Hyperdual.Cli.Output;

/// <summary>
/// How commands write files named on the command line: <c>-</c> means standard output; everything else
/// goes through <see cref="AtomicFile"/> or <see cref="ResultFolder"/>, and any problem with the path
/// becomes one line <c>--option: …</c>. Check outputs before long work with <see cref="CheckFile"/> or
/// <see cref="PrepareFolder"/>.
/// </summary>
public static class CliOutput
{
    /// <summary>The path that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>Checks, writing nothing, that <paramref name="path"/> can be written.</summary>
    /// <param name="option">The option that named the path, e.g. <c>--trace</c>.</param>
    /// <param name="path">The path, or <c>-</c>.</param>
    /// <exception cref="CliUserException">The path cannot be written.</exception>
    public static void CheckFile(string option, string path)
    {
        if (path != StandardOutput)
        {
            Guard(option, path, () => AtomicFile.Check(path));
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically, or to <paramref name="standardOutput"/> for <c>-</c>.</summary>
    /// <param name="standardOutput">The command's standard output.</param>
    /// <param name="option">The option that named the path.</param>
    /// <param name="path">The path, or <c>-</c>.</param>
    /// <param name="text">The content.</param>
    /// <returns>Where it went, for telling the user: the path, or "standard output".</returns>
    /// <exception cref="CliUserException">The path cannot be written; nothing was changed.</exception>
    public static string WriteText(TextWriter standardOutput, string option, string path, string text)
    {
        ArgumentNullException.ThrowIfNull(standardOutput);
        if (path == StandardOutput)
        {
            standardOutput.Write(text);
            standardOutput.Flush();
            return "standard output";
        }

        Guard(option, path, () => AtomicFile.WriteAllText(path, text));
        return path;
    }

    /// <summary>Checks, before any work, that a folder the command will fill (a data cache) is a folder or can be created, and is writable.</summary>
    /// <param name="option">The option that named the folder, e.g. <c>--data-dir</c>.</param>
    /// <param name="folder">The folder path.</param>
    /// <exception cref="CliUserException">It cannot be used.</exception>
    public static void CheckFolder(string option, string folder) =>
        Guard(option, folder, () => ResultFolder.Check(folder), "a folder path");

    /// <summary>Checks a result folder and every file it will hold before any work is done.</summary>
    /// <param name="option">The option that named the folder, e.g. <c>--out</c>.</param>
    /// <param name="folder">The folder path.</param>
    /// <param name="fileNames">The files the command will write there.</param>
    /// <returns>The prepared folder; its <see cref="ResultFolder.ReplacedFiles"/> says what a rerun replaces.</returns>
    /// <exception cref="CliUserException">The folder or a file in it cannot be written.</exception>
    public static ResultFolder PrepareFolder(string option, string folder, IReadOnlyList<string> fileNames)
    {
        ResultFolder? prepared = null;
        Guard(option, folder, () => prepared = ResultFolder.Prepare(folder, fileNames), "a folder path");
        return prepared!;
    }

    /// <summary>Writes the result set into a prepared folder.</summary>
    /// <param name="option">The option that named the folder.</param>
    /// <param name="folder">The folder from <see cref="PrepareFolder"/>.</param>
    /// <param name="files">Exactly the files named when preparing.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="CliUserException">A target became unwritable; nothing was changed.</exception>
    public static IReadOnlyList<string> WriteFolder(string option, ResultFolder folder, IEnumerable<ResultFile> files)
    {
        ArgumentNullException.ThrowIfNull(folder);
        IReadOnlyList<string>? written = null;
        Guard(option, folder.Path, () => written = folder.Write(files), "a folder path");
        return written!;
    }

    private static void Guard(string option, string path, Action action, string expected = "a file path or - for standard output")
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUserException(NumberText.Fault(option, expected, path));
        }

        try
        {
            action();
        }
        catch (OutputPathException e)
        {
            throw new CliUserException($"{option}: {e.Message}");
        }
    }
}
