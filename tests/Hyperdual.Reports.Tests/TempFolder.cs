using System.Diagnostics;

namespace Hyperdual.Reports.Tests;

/// <summary>A fresh folder under the system's temporary folder, deleted on dispose, with helpers to make FIFOs and links in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hyperdual-reports-tests-" + Guid.NewGuid().ToString("N"));

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public string MakeFifo(string name)
    {
        string path = this[name];
        using Process process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    public string MakeLink(string name, string target)
    {
        string path = this[name];
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>Every entry below the folder (links not followed) with its content, for "nothing changed" checks.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string entry in Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(entry);
            entries[entry] = info.LinkTarget is string link ? "link " + link
                : Directory.Exists(entry) ? "folder"
                : FileKindProbe.Get(entry) == FileKind.Regular ? "file " + File.ReadAllText(entry)
                : "special";
        }

        return entries;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
