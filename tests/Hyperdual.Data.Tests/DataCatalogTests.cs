using Hyperdual.Data.Tests.Support;

namespace Hyperdual.Data.Tests;

/// <summary>Loads the real MNIST once per test run, fetching it into the checkout's <c>data/</c> folder if absent.</summary>
public sealed class RealMnist
{
    public RealMnist() => Splits = DataCatalog.Load(new DataOptions { DataDirectory = RepositoryData.Directory }, Console.Out);

    public DataSplits Splits { get; }
}

public sealed class DataCatalogTests(RealMnist mnist) : IClassFixture<RealMnist>
{
    [Fact]
    public void RealMnistHasThePublishedSplitAndLabels()
    {
        LabelledDataSet train = mnist.Splits.Train, test = mnist.Splits.Test;
        Assert.Equal(60_000, train.Count);
        Assert.Equal(10_000, test.Count);
        Assert.Equal(784, train.FeatureLength);
        Assert.Equal([1, 28, 28], train.SampleShape);
        Assert.Equal(10, train.ClassCount);
        Assert.Equal("mnist", train.Name);
        Assert.Equal(5, train.Labels.Span[0]);
        Assert.Equal([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949], train.ClassHistogram());
        Assert.Equal([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009], test.ClassHistogram());
        Assert.Null(mnist.Splits.Validation);
    }

    [Fact]
    public void RealMnistIsNormalisedToMeanZeroAndStdOne()
    {
        ReadOnlySpan<float> x = mnist.Splits.Train.Features.Span;
        double sum = 0, squares = 0;
        foreach (float v in x)
        {
            sum += v;
            squares += (double)v * v;
        }

        double mean = sum / x.Length;
        double std = Math.Sqrt((squares / x.Length) - (mean * mean));
        Assert.InRange(mean, -1e-3, 1e-3);
        Assert.InRange(std, 1 - 1e-3, 1 + 1e-3);
    }

    [Fact]
    public void ValidationIsSeededDisjointAndSubsetCuts()
    {
        var options = new DataOptions { DataDirectory = RepositoryData.Directory, Validation = 5000, Seed = 11, Subset = 20_000 };
        DataSplits a = DataCatalog.Load(options);
        DataSplits b = DataCatalog.Load(options);
        DataSplits c = DataCatalog.Load(options with { Seed = 12 });
        Assert.Equal(20_000, a.Train.Count);
        Assert.Equal(5000, a.Validation!.Count);
        Assert.Equal(10_000, a.Test.Count);
        Assert.Equal(a.Validation.Labels.ToArray(), b.Validation!.Labels.ToArray());
        Assert.Equal(a.Validation.Features.ToArray(), b.Validation.Features.ToArray());
        Assert.NotEqual(a.Validation.Features.ToArray(), c.Validation!.Features.ToArray());
        // Validation and the remaining training examples together are the published 60,000.
        DataSplits whole = DataCatalog.Load(options with { Subset = null });
        Assert.Equal(55_000, whole.Train.Count);
        int[] total = whole.Train.ClassHistogram().Zip(whole.Validation!.ClassHistogram(), (x, y) => x + y).ToArray();
        Assert.Equal(mnist.Splits.Train.ClassHistogram(), total);
        Assert.Equal(100, DataCatalog.Load(options with { Validation = 0, Subset = 100 }).Test.Count);
    }

    [Fact]
    public void InspectReportsMnistVerified()
    {
        DataSetStatus status = DataCatalog.Inspect(RepositoryData.Directory).Single(s => s.Name == "mnist");
        Assert.True(status.Present);
        Assert.True(status.Verified);
        Assert.Null(status.Problem);
        Assert.Equal(4, status.Files.Count);
        Assert.Equal(60_000, status.TrainCount);
        Assert.Equal(mnist.Splits.Test.ClassHistogram(), status.TestClassCounts);
    }

    [Fact]
    public void OptionsAreChecked()
    {
        Assert.Equal("unknown data set 'cifar'; known: mnist, fashion-mnist, csv:PATH.",
            Assert.Throws<DataException>(() => DataCatalog.Load(new DataOptions { DataSet = "cifar" })).Message);
        Assert.Equal("mnist: the label column and class count apply to csv:PATH data sets only.",
            Assert.Throws<DataException>(() => DataCatalog.Load(new DataOptions { LabelColumn = 1 })).Message);
        Assert.Equal("The subset size must be at least 1, got 0.",
            Assert.Throws<DataException>(() => DataCatalog.Load(new DataOptions { Subset = 0 })).Message);
        Assert.Equal("mnist: a validation split of 60000 examples leaves none of the 60000 training examples.",
            Assert.Throws<DataException>(() => DataCatalog.Load(new DataOptions { DataDirectory = RepositoryData.Directory, Validation = 60_000 })).Message);
    }
}

public sealed class FashionMnistTests
{
    [Fact]
    public void RealFashionMnistFromTheDebianPackageHasThePublishedSplit()
    {
        // Needs the Debian package dataset-fashion-mnist (.ci/run installs it).
        using var empty = new TemporaryFolder();
        DataSplits splits = DataCatalog.Load(new DataOptions { DataSet = "fashion-mnist", DataDirectory = empty.Path });
        Assert.Equal(60_000, splits.Train.Count);
        Assert.Equal(10_000, splits.Test.Count);
        Assert.All(splits.Train.ClassHistogram(), c => Assert.Equal(6000, c));
        Assert.All(splits.Test.ClassHistogram(), c => Assert.Equal(1000, c));
        Assert.Equal(9, splits.Train.Labels.Span[0]); // the first training image is an ankle boot
        double mean = 0;
        foreach (float v in splits.Train.Features.Span)
        {
            mean += v;
        }

        Assert.InRange(mean / splits.Train.Features.Length, -1e-3, 1e-3);
    }
}
