namespace Hyperdual.Reports.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hyperdual-reports-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void WritesCreatesFolderOverwritesAndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(_folder, "sub", "a.txt");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second é");
        Assert.Equal("second é", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        // No byte-order mark.
        Assert.Equal((byte)'s', File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void FailedWriteKeepsThePreviousContentAndCleansUp()
    {
        string path = Path.Combine(_folder, "b.txt");
        AtomicFile.WriteAllText(path, "kept");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte(1);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("kept", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void RejectsEmptyPath()
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => AtomicFile.WriteAllText(" ", "x")).ParamName);
    }
}
