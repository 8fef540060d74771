using Hyperdual.Data.Acquisition;
using Hyperdual.Data.Tests.Support;

namespace Hyperdual.Data.Tests.Acquisition;

public sealed class VerifiedContentTests
{
    [Fact]
    public void AUsersFileWithTheWrongDigestIsNamedKeptAndNotUsed()
    {
        using var folder = new TemporaryFolder();
        string cache = folder.File("mnist");
        Directory.CreateDirectory(cache);
        byte[] wrong = IdxBuilder.Labels(1, 2, 3);
        foreach (ExpectedFile f in ImageDataSetDefinition.Mnist.Files)
        {
            File.WriteAllBytes(Path.Combine(cache, f.Name + ".gz"), IdxBuilder.Gzip(wrong));
        }

        DataException e = Assert.Throws<DataException>(() =>
            DataCatalog.LoadImageSet(ImageDataSetDefinition.Mnist, folder.Path, null, npm: folder.File("no-npm")));

        Assert.Equal(
            $"{Path.Combine(cache, "train-images-idx3-ubyte.gz")}: SHA-256 {VerifiedContent.Sha256Hex(wrong)} of its 11-byte content is not that of " +
            "the official train-images-idx3-ubyte (ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db, 47040016 bytes); " +
            "replace it with the official file or remove it.",
            e.Message);
        Assert.Equal(4, Directory.GetFiles(cache).Length);
        Assert.Equal(IdxBuilder.Gzip(wrong), File.ReadAllBytes(Path.Combine(cache, "train-images-idx3-ubyte.gz")));
    }

    [Fact]
    public void LocatePrefersTheRawFile()
    {
        using var folder = new TemporaryFolder();
        var file = new ExpectedFile("x", 1, "");
        Assert.Null(VerifiedContent.Locate(folder.Path, file));
        File.WriteAllBytes(folder.File("x.gz"), [1]);
        Assert.Equal(folder.File("x.gz"), VerifiedContent.Locate(folder.Path, file));
        File.WriteAllBytes(folder.File("x"), [1]);
        Assert.Equal(folder.File("x"), VerifiedContent.Locate(folder.Path, file));
    }

    [Fact]
    public void FashionMnistAbsentSaysHowToInstallIt()
    {
        using var folder = new TemporaryFolder();
        ImageDataSetDefinition set = ImageDataSetDefinition.FashionMnist with { SystemDirectory = folder.File("system") };
        DataException e = Assert.Throws<DataException>(() => DataCatalog.LoadImageSet(set, folder.Path, null));
        Assert.StartsWith("Fashion-MNIST is not installed: install the Debian package dataset-fashion-mnist", e.Message);
        Assert.EndsWith($"raw or .gz) in {folder.File("fashion-mnist")}.", e.Message);
    }

    [Fact]
    public void FashionMnistPartlyInTheCacheNamesTheMissingFiles()
    {
        using var folder = new TemporaryFolder();
        string cache = folder.File("fashion-mnist");
        Directory.CreateDirectory(cache);
        File.WriteAllBytes(Path.Combine(cache, "train-images-idx3-ubyte.gz"), [1]);
        ImageDataSetDefinition set = ImageDataSetDefinition.FashionMnist with { SystemDirectory = null };
        DataException e = Assert.Throws<DataException>(() => DataCatalog.LoadImageSet(set, folder.Path, null));
        Assert.Equal(
            $"{cache}: holds 1 of the 4 Fashion-MNIST files; missing: train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte (raw or .gz).",
            e.Message);
    }
}
