namespace Hyperdual.Reports.Tests;

public sealed class ResultFolderTests : IDisposable
{
    private static readonly string[] Names = ["a.csv", "b.md", "c.png"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ResultFile[] Files(string tag) =>
        [ResultFile.Text("a.csv", "a " + tag), ResultFile.Text("b.md", "b " + tag), ResultFile.Bytes("c.png", [1, 2, 3])];

    [Fact]
    public void WritesTheSetCreatingTheFolderAndSaysWhatItReplacesOnTheSecondRun()
    {
        string folder = _temp[Path.Combine("out", "run")];
        ResultFolder first = ResultFolder.Prepare(folder, Names);
        Assert.False(Directory.Exists(folder));
        Assert.Empty(first.ReplacedFiles);
        IReadOnlyList<string> written = first.Write(Files("one"));
        Assert.Equal(Names.Select(n => Path.Combine(folder, n)), written);
        Assert.Equal("a one", File.ReadAllText(Path.Combine(folder, "a.csv")));

        File.WriteAllText(Path.Combine(folder, "mine.txt"), "the user's own");
        ResultFolder second = ResultFolder.Prepare(folder, Names);
        Assert.Equal(Names, second.ReplacedFiles);
        second.Write(Files("two"));
        Assert.Equal("b two", File.ReadAllText(Path.Combine(folder, "b.md")));
        Assert.Equal("the user's own", File.ReadAllText(Path.Combine(folder, "mine.txt")));
        Assert.Equal(4, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void OneTargetThatIsAFolderRefusesTheWholeSetBeforeWritingAny()
    {
        string folder = _temp["run"];
        ResultFolder.Prepare(folder, Names).Write(Files("old"));
        Directory.CreateDirectory(Path.Combine(folder, "c.png.dir"));
        File.Delete(Path.Combine(folder, "c.png"));
        Directory.CreateDirectory(Path.Combine(folder, "c.png"));
        SortedDictionary<string, string> before = _temp.Snapshot();

        OutputPathException e = Assert.Throws<OutputPathException>(() => ResultFolder.Prepare(folder, Names));
        Assert.Contains("c.png' is a folder, not a file", e.Message);
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void TargetThatBecameAFolderAfterPrepareStillChangesNothing()
    {
        string folder = _temp["run"];
        ResultFolder.Prepare(folder, Names).Write(Files("old"));
        ResultFolder prepared = ResultFolder.Prepare(folder, Names);
        File.Delete(Path.Combine(folder, "b.md"));
        Directory.CreateDirectory(Path.Combine(folder, "b.md"));
        SortedDictionary<string, string> before = _temp.Snapshot();

        Assert.Throws<OutputPathException>(() => prepared.Write(Files("new")));
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void FailureAtTheFirstMoveLeavesEveryOldFileAndNoTemporaryFile()
    {
        string folder = _temp["run"];
        ResultFolder.Prepare(folder, Names).Write(Files("old"));
        SortedDictionary<string, string> before = _temp.Snapshot();
        int stagedWhenMoving = 0;
        StagedFile.BeforeMove.Value = _ =>
        {
            stagedWhenMoving = Directory.GetFiles(folder, ".*.tmp").Length;
            throw new IOException("injected");
        };
        try
        {
            Assert.Throws<OutputPathException>(() => ResultFolder.Prepare(folder, Names).Write(Files("new")));
        }
        finally
        {
            StagedFile.BeforeMove.Value = null;
        }

        Assert.Equal(Names.Length, stagedWhenMoving);
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void FailureWhileRenderingAFileLeavesNoFolderBehind()
    {
        string folder = _temp[Path.Combine("new", "run")];
        ResultFile[] files = [ResultFile.Text("a.csv", "a"), ResultFile.Text("b.md", "b"), new ResultFile("c.png", _ => throw new InvalidOperationException("render failed"))];
        Assert.Throws<InvalidOperationException>(() => ResultFolder.Prepare(folder, Names).Write(files));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void FolderPathThatIsAFileOrAFifoIsRefused()
    {
        File.WriteAllText(_temp["file"], "x");
        string fifo = _temp.MakeFifo("fifo");
        SortedDictionary<string, string> before = _temp.Snapshot();
        Assert.Contains("'" + _temp["file"] + "' is a file, not a folder", Assert.Throws<OutputPathException>(() => ResultFolder.Prepare(_temp["file"], Names)).Message);
        Assert.Contains("is a file, not a folder", Assert.Throws<OutputPathException>(() => ResultFolder.Prepare(fifo, Names)).Message);
        Assert.Contains("is a file, not a folder", Assert.Throws<OutputPathException>(() => ResultFolder.Prepare(Path.Combine(_temp["file"], "sub"), Names)).Message);
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void TargetThatIsAFifoIsRefused()
    {
        Directory.CreateDirectory(_temp["run"]);
        _temp.MakeFifo(Path.Combine("run", "a.csv"));
        Assert.Contains("is not a regular file", Assert.Throws<OutputPathException>(() => ResultFolder.Prepare(_temp["run"], Names)).Message);
    }

    [Fact]
    public void WriteMustSupplyExactlyThePreparedFiles()
    {
        ResultFolder prepared = ResultFolder.Prepare(_temp["run"], Names);
        Assert.Throws<ArgumentException>(() => prepared.Write(Files("x").Take(2)));
        Assert.Throws<ArgumentException>(() => ResultFolder.Prepare(_temp["run"], ["sub/a.csv"]));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void CheckAcceptsAFolderToBeCreatedAndRefusesAFileWithoutCreatingAnything()
    {
        File.WriteAllText(_temp["file"], "x");
        ResultFolder.Check(_temp[Path.Combine("new", "cache")]);
        Assert.Contains("is a file, not a folder", Assert.Throws<OutputPathException>(() => ResultFolder.Check(_temp["file"])).Message);
        Assert.StartsWith("cannot write '/proc/hyperdual-check-test': ", Assert.Throws<OutputPathException>(() => ResultFolder.Check("/proc/hyperdual-check-test")).Message);
        Assert.Equal([_temp["file"]], Directory.GetFileSystemEntries(_temp.Path));
    }
}
