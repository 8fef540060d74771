using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>data</c>: every row must fail before anything is fetched.</summary>
internal static class DataRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "data";
        string[] fetch = [c, "fetch", "mnist"];
        return
        [
            Row(c, "unknown name", [c, "fetch", "nope"], "unknown data set 'nope'"),
            Row(c, "data folder is a file", [.. fetch, "--data-dir", "{sandbox}/file.txt"], "--data-dir: '{sandbox}/file.txt' is a file, not a folder"),
            Row(c, "data folder is a FIFO", [.. fetch, "--data-dir", "{sandbox}/fifo"], "--data-dir: '{sandbox}/fifo' is a file, not a folder"),
            Row(c, "symlink to a file", [.. fetch, "--data-dir", "{sandbox}/link-to-file"], "is a file, not a folder"),
            Row(c, "parent is a file", [.. fetch, "--data-dir", "{sandbox}/file.txt/cache"], "'{sandbox}/file.txt' is a file, not a folder"),
            Row(c, "unwritable place", [.. fetch, "--data-dir", Sandbox.Unwritable], $"--data-dir: cannot write '{Sandbox.Unwritable}': "),
            Row(c, "empty path", [.. fetch, "--data-dir", ""], "--data-dir: expected a folder path"),
        ];
    }
}
