using System.Diagnostics;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>
/// A fresh temporary folder with the fixtures bad-input rows point at: <c>dir/</c> (a folder),
/// <c>file.txt</c> (a regular file), <c>fifo</c> (a named pipe made here with <c>mkfifo</c>),
/// <c>link-to-dir</c>, <c>link-to-file</c> and <c>link-to-fifo</c> (symbolic links), and
/// <see cref="Unwritable"/>, a place no one can create files in. No system device is ever used.
/// </summary>
internal sealed class Sandbox : IDisposable
{
    /// <summary>A path inside a pseudo file system that refuses new entries, even to root.</summary>
    public const string Unwritable = "/proc/hyperdual-bad-input-matrix/out";

    public Sandbox()
    {
        Directory.CreateDirectory(Path.Combine(Root, "dir"));
        File.WriteAllText(Path.Combine(Root, "file.txt"), "untouched");
        using (Process mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(Root, "fifo")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(Path.Combine(Root, "link-to-dir"), Path.Combine(Root, "dir"));
        File.CreateSymbolicLink(Path.Combine(Root, "link-to-file"), Path.Combine(Root, "file.txt"));
        File.CreateSymbolicLink(Path.Combine(Root, "link-to-fifo"), Path.Combine(Root, "fifo"));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hyperdual-bad-input-" + Guid.NewGuid().ToString("N"));

    /// <summary>Replaces <c>{sandbox}</c> in the arguments.</summary>
    public string[] Resolve(string[] args) => args.Select(a => a.Replace("{sandbox}", Root, StringComparison.Ordinal)).ToArray();

    /// <summary>Every entry below the root and its state (links not followed), to show nothing changed.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string entry in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(entry);
            entries[entry] = info.LinkTarget is string link ? "link " + link
                : Directory.Exists(entry) ? "folder"
                : info.Length > 0 || entry.EndsWith(".txt", StringComparison.Ordinal) ? $"file {info.LastWriteTimeUtc.Ticks} {File.ReadAllText(entry)}"
                : "special or empty";
        }

        return entries;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
