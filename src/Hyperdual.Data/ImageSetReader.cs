using Hyperdual.Data.Acquisition;
using Hyperdual.Data.Idx;

namespace Hyperdual.Data;

/// <summary>Turns a pair of IDX files (images, labels) into a normalised <see cref="LabelledDataSet"/>.</summary>
public static class ImageSetReader
{
    /// <summary>Reads one split from verified or test-built IDX content.</summary>
    /// <param name="name">The set's name.</param>
    /// <param name="imagesPath">The images file (for messages).</param>
    /// <param name="images">Its content: an IDX file of unsigned bytes, [count, rows, columns].</param>
    /// <param name="labelsPath">The labels file (for messages).</param>
    /// <param name="labels">Its content: an IDX file of unsigned bytes, [count], each below <paramref name="classCount"/>.</param>
    /// <param name="mean">The pixel mean (pixels scaled to [0, 1]) to subtract.</param>
    /// <param name="standardDeviation">The pixel standard deviation to divide by.</param>
    /// <param name="classCount">The number of classes.</param>
    /// <returns>The split, pixels normalised to (p/255 − mean)/std, sample shape [1, rows, columns].</returns>
    public static LabelledDataSet Read(
        string name, string imagesPath, ReadOnlyMemory<byte> images, string labelsPath, ReadOnlyMemory<byte> labels,
        double mean, double standardDeviation, int classCount)
    {
        IdxFile imageFile = IdxReader.Parse(imagesPath, images, rank: 3);
        IdxFile labelFile = IdxReader.Parse(labelsPath, labels, rank: 1);
        int count = imageFile.Dimensions[0];
        if (labelFile.Dimensions[0] != count)
        {
            throw new DataException(
                $"{labelsPath}: {labelFile.Dimensions[0]} labels, but {imagesPath} holds {count} images.");
        }

        var classes = new int[count];
        ReadOnlySpan<byte> labelBytes = labelFile.Data.Span;
        for (int i = 0; i < count; i++)
        {
            if (labelBytes[i] >= classCount)
            {
                throw new DataException($"{labelsPath}: label {labelBytes[i]} of example {i} lies outside [0, {classCount}).");
            }

            classes[i] = labelBytes[i];
        }

        // One table of 256 normalised values: exact, and no per-pixel arithmetic.
        Span<float> table = stackalloc float[256];
        for (int p = 0; p < 256; p++)
        {
            table[p] = (float)(((p / 255.0) - mean) / standardDeviation);
        }

        ReadOnlySpan<byte> pixels = imageFile.Data.Span;
        var features = new float[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            features[i] = table[pixels[i]];
        }

        int[] shape = [1, imageFile.Dimensions[1], imageFile.Dimensions[2]];
        return new LabelledDataSet(name, features, classes, shape, classCount);
    }

    /// <summary>Reads and verifies the four files of <paramref name="set"/> in <paramref name="directory"/>.</summary>
    /// <param name="set">The data set.</param>
    /// <param name="directory">A folder holding all four files (raw or .gz).</param>
    /// <returns>The train and test splits.</returns>
    public static (LabelledDataSet Train, LabelledDataSet Test) ReadVerified(ImageDataSetDefinition set, string directory)
    {
        ArgumentNullException.ThrowIfNull(set);
        LabelledDataSet Split(ExpectedFile imagesFile, ExpectedFile labelsFile)
        {
            string imagesPath = VerifiedContent.Locate(directory, imagesFile)
                ?? throw new DataException($"{Path.Combine(directory, imagesFile.Name)}: no such file (raw or .gz).");
            string labelsPath = VerifiedContent.Locate(directory, labelsFile)
                ?? throw new DataException($"{Path.Combine(directory, labelsFile.Name)}: no such file (raw or .gz).");
            byte[] images = VerifiedContent.Read(imagesPath, imagesFile);
            byte[] labels = VerifiedContent.Read(labelsPath, labelsFile);
            return Read(set.Name, imagesPath, images, labelsPath, labels, set.Mean, set.StandardDeviation, ImageDataSetDefinition.ClassCount);
        }

        return (Split(set.TrainImages, set.TrainLabels), Split(set.TestImages, set.TestLabels));
    }
}
