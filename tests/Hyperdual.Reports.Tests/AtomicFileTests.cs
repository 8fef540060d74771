namespace Hyperdual.Reports.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WritesCreatesFolderOverwritesAndLeavesNoTemporaryFile()
    {
        string path = _temp[Path.Combine("sub", "a.txt")];
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second é");
        Assert.Equal("second é", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        // No byte-order mark.
        Assert.Equal((byte)'s', File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void ReplacingARegularFileKeepsItsPermissions()
    {
        string path = _temp["mode.txt"];
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        AtomicFile.WriteAllText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void FailureWhileWritingKeepsThePreviousContentAndCleansUp()
    {
        string path = _temp["b.txt"];
        AtomicFile.WriteAllText(path, "kept");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte(1);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("kept", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void FailureBetweenTheTemporaryWriteAndTheMoveKeepsThePreviousContentAndCleansUp()
    {
        string path = _temp["c.txt"];
        AtomicFile.WriteAllText(path, "kept");
        string? seenTemporaryFolderEntries = null;
        StagedFile.BeforeMove.Value = final =>
        {
            // The new content is complete on disk beside the target at this point.
            seenTemporaryFolderEntries = string.Join(",", Directory.GetFiles(_temp.Path).Select(Path.GetFileName).Order());
            throw new IOException("injected");
        };
        try
        {
            OutputPathException e = Assert.Throws<OutputPathException>(() => AtomicFile.WriteAllText(path, "replacement"));
            Assert.Contains("injected", e.Message);
        }
        finally
        {
            StagedFile.BeforeMove.Value = null;
        }

        Assert.Contains(".c.txt.", seenTemporaryFolderEntries);
        Assert.Equal("kept", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public async Task FifoIsWrittenStraightThroughAndStaysAFifo()
    {
        string fifo = _temp.MakeFifo("pipe");
        Task<string> reader = Task.Run(() => File.ReadAllText(fifo));
        AtomicFile.WriteAllText(fifo, "through the pipe");
        Assert.Equal("through the pipe", await reader);
        Assert.Equal(FileKind.Stream, FileKindProbe.Get(fifo));
        Assert.Equal([fifo], Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void SymlinkTargetIsReplacedAtomicallyAndTheLinkStays()
    {
        Directory.CreateDirectory(_temp["real"]);
        string target = _temp[Path.Combine("real", "data.txt")];
        File.WriteAllText(target, "old");
        string link = _temp.MakeLink("link.txt", Path.Combine("real", "data.txt"));
        AtomicFile.WriteAllText(link, "new");
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(Path.Combine("real", "data.txt"), new FileInfo(link).LinkTarget);
        Assert.Equal([link], Directory.GetFiles(_temp.Path));
        Assert.Equal([target], Directory.GetFiles(_temp["real"]));
    }

    [Fact]
    public void DanglingSymlinkGetsItsTargetCreated()
    {
        string link = _temp.MakeLink("dangling.txt", _temp["created.txt"]);
        AtomicFile.WriteAllText(link, "made");
        Assert.Equal("made", File.ReadAllText(_temp["created.txt"]));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void RejectsEmptyPath()
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => AtomicFile.WriteAllText(" ", "x")).ParamName);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "folder", "is a folder, not a file" },
        { "folder/", "names a folder, not a file" },
        { "link-to-folder", "is a folder, not a file" },
        { "file.txt/inside.csv", "is a file, not a folder" },
        { "file.txt/deeper/inside.csv", "is a file, not a folder" },
        { "loop", "cannot be followed" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusesWhatIsNotAFileWithOneLineAndChangesNothing(string relative, string expected)
    {
        Directory.CreateDirectory(_temp["folder"]);
        File.WriteAllText(_temp["file.txt"], "untouched");
        _temp.MakeLink("link-to-folder", _temp["folder"]);
        _temp.MakeLink("loop", _temp["loop"]);
        SortedDictionary<string, string> before = _temp.Snapshot();
        string path = _temp.Path + "/" + relative;

        OutputPathException check = Assert.Throws<OutputPathException>(() => AtomicFile.Check(path));
        OutputPathException write = Assert.Throws<OutputPathException>(() => AtomicFile.WriteAllText(path, "x"));

        Assert.Contains(expected, write.Message);
        Assert.Equal(write.Message, check.Message);
        Assert.DoesNotContain('\n', write.Message);
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void CheckWritesNothingAndCreatesNoFolder()
    {
        AtomicFile.Check(_temp[Path.Combine("new", "folder", "x.csv")]);
        AtomicFile.Check(_temp["x.csv"]);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void UnwritablePlaceIsAOneLineErrorAndLeavesNoFolderBehind()
    {
        // A pseudo file system that refuses new files even to root; nothing there is a device.
        string path = "/proc/hyperdual-atomic-file-test/x.csv";
        OutputPathException e = Assert.Throws<OutputPathException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.StartsWith($"cannot write '{path}'", e.Message);
        Assert.False(Directory.Exists("/proc/hyperdual-atomic-file-test"));
    }

    [Fact]
    public void FailedWriteRemovesTheFoldersItCreated()
    {
        string path = _temp[Path.Combine("a", "b", "c.txt")];
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("boom")));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }
}
