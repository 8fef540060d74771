using Hyperdual.Data.Acquisition;
using Hyperdual.Data.Tests.Support;

namespace Hyperdual.Data.Tests.Acquisition;

public sealed class SafeTarExtractorTests
{
    [Fact]
    public void ExtractsFilesAndFoldersInside()
    {
        using var folder = new TemporaryFolder();
        string archive = folder.File("ok.tgz");
        new TarBuilder().Directory("package/").File("package/data/a", [1, 2, 3]).File("package/b.txt", [4]).WriteGzipped(archive);
        string target = folder.File("out");
        Assert.Equal(2, SafeTarExtractor.Extract(archive, target));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(target, "package", "data", "a")));
        Assert.Equal([4], File.ReadAllBytes(Path.Combine(target, "package", "b.txt")));
    }

    public static TheoryData<string, Action<TarBuilder>, string> Hostile => new()
    {
        { "parent", b => b.File("../x", [1]), "entry '../x', which lies outside the target folder" },
        { "nested parent", b => b.File("package/../../x", [1]), "entry 'package/../../x', which lies outside the target folder" },
        { "absolute", b => b.File("/tmp/hyperdual-absolute-x", [1]), "entry '/tmp/hyperdual-absolute-x', an absolute path" },
        { "symlink up", b => b.SymbolicLink("package/link", "../../x"), "entry 'package/link' is a link to '../../x', which lies outside" },
        { "symlink absolute", b => b.SymbolicLink("link", "/etc"), "entry 'link' is a link to '/etc', an absolute path" },
        { "hard link up", b => b.HardLink("link", "../x"), "entry 'link' is a link to '../x', which lies outside" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void RefusesEntriesThatLandOutsideAndWritesNothingOutside(string label, Action<TarBuilder> hostile, string expected)
    {
        using var folder = new TemporaryFolder();
        string archive = folder.File(label.Replace(' ', '-') + ".tgz");
        var builder = new TarBuilder().File("before", [7]);
        hostile(builder);
        builder.File("after", [8]);
        builder.WriteGzipped(archive);
        string target = folder.File("sub/out");

        DataException e = Assert.Throws<DataException>(() => SafeTarExtractor.Extract(archive, target));

        Assert.StartsWith(archive + ": ", e.Message);
        Assert.Contains(expected, e.Message);
        // Outside the target: only the archive itself; inside: nothing past the refused entry, and no link.
        string[] expectedFiles = [Path.GetFileName(archive), Path.Combine("sub", "out", "before")];
        Assert.Equal(expectedFiles.Order(StringComparer.Ordinal), folder.AllFiles());
        Assert.False(File.Exists("/tmp/hyperdual-absolute-x"));
        Assert.DoesNotContain(new DirectoryInfo(target).EnumerateFileSystemInfos(), i => i.LinkTarget is not null);
    }

    [Fact]
    public void LinksInsideAreSkippedNotCreated()
    {
        using var folder = new TemporaryFolder();
        string archive = folder.File("links.tgz");
        new TarBuilder().File("a", [1]).SymbolicLink("b", "a").HardLink("c", "a").WriteGzipped(archive);
        string target = folder.File("out");
        Assert.Equal(1, SafeTarExtractor.Extract(archive, target));
        Assert.Equal(["a"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
    }

    [Fact]
    public void ACorruptArchiveIsAClearError()
    {
        using var folder = new TemporaryFolder();
        string archive = folder.File("bad.tgz");
        File.WriteAllBytes(archive, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]);
        DataException e = Assert.Throws<DataException>(() => SafeTarExtractor.Extract(archive, folder.File("out")));
        Assert.StartsWith(archive + ": ", e.Message);
    }
}
