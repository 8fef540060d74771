using Hyperdual.Data.Idx;
using Hyperdual.Data.Tests.Support;

namespace Hyperdual.Data.Tests.Idx;

public sealed class IdxReaderTests
{
    private const string Name = "images.idx";

    private static DataException Fails(byte[] content, int rank = 3) =>
        Assert.Throws<DataException>(() => IdxReader.Parse(Name, content, rank));

    [Fact]
    public void ParsesAWellFormedFile()
    {
        byte[] content = IdxBuilder.Images(3, 2, 4);
        IdxFile file = IdxReader.Parse(Name, content, 3);
        Assert.Equal([3, 2, 4], file.Dimensions);
        Assert.Equal(24, file.Data.Length);
        Assert.Equal(content[16..], file.Data.ToArray());
    }

    [Theory]
    [InlineData(0, 0x01, "magic number starts 01 00")]
    [InlineData(1, 0x08, "magic number starts 00 08")]
    [InlineData(2, 0x0D, "element type 0x0d (32-bit floats)")]
    [InlineData(2, 0x42, "element type 0x42 (unknown)")]
    [InlineData(3, 0x02, "2 dimensions in the IDX header, expected 3")]
    [InlineData(3, 0x00, "0 dimensions in the IDX header, expected 3")]
    public void EveryMagicByteWrongIsNamed(int offset, byte value, string expected)
    {
        byte[] content = IdxBuilder.Images(2, 2, 2);
        content[offset] = value;
        DataException e = Fails(content);
        Assert.StartsWith(Name + ": ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData(0, 3, "truncated: the header describes 3×2×2 = 12 bytes of data but 8 follow")] // count too large
    [InlineData(0, 1, "4 bytes after the 1×2×2 = 4 bytes")]                                  // count too small
    [InlineData(1, 5, "truncated: the header describes 2×5×2 = 20 bytes")]                    // rows wrong
    [InlineData(2, 1, "4 bytes after the 2×2×1 = 4 bytes")]                                    // columns wrong
    [InlineData(0, 0, "IDX dimension 0 has size 0")]
    [InlineData(2, -1, "IDX dimension 2 has size 4294967295")]
    public void EveryDimensionWrongIsNamed(int dimension, int value, string expected)
    {
        byte[] content = IdxBuilder.Images(2, 2, 2);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(content.AsSpan(4 + (4 * dimension)), value);
        DataException e = Fails(content);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void DimensionsWhoseProductOverflowsAreNamed()
    {
        byte[] content = IdxBuilder.Build(0x08, [65536, 65536, 1], [0]);
        Assert.Contains("describe more than", Fails(content).Message);
    }

    [Fact]
    public void TruncationAtEveryByteIsAClearError()
    {
        byte[] content = IdxBuilder.Images(2, 2, 2); // 16 header bytes, 8 data bytes
        for (int length = 0; length < content.Length; length++)
        {
            DataException e = Fails(content[..length]);
            Assert.StartsWith(Name + ": ", e.Message);
            string expected = length switch
            {
                < 4 => "truncated inside the IDX magic number",
                < 16 => "truncated inside the IDX dimension sizes",
                _ => "truncated: the header describes 2×2×2 = 8 bytes",
            };
            Assert.Contains(expected, e.Message);
        }
    }

    [Fact]
    public void ImageAndLabelCountsMustAgree()
    {
        DataException e = Assert.Throws<DataException>(() => ImageSetReader.Read(
            "t", "img", IdxBuilder.Images(3), "lab", IdxBuilder.Labels(1, 2), 0, 1, 10));
        Assert.Equal("lab: 2 labels, but img holds 3 images.", e.Message);
    }

    [Fact]
    public void LabelsOutsideTheClassesAreNamed()
    {
        DataException e = Assert.Throws<DataException>(() => ImageSetReader.Read(
            "t", "img", IdxBuilder.Images(2), "lab", IdxBuilder.Labels(1, 10), 0, 1, 10));
        Assert.Equal("lab: label 10 of example 1 lies outside [0, 10).", e.Message);
    }

    [Fact]
    public void ReadsGzipAndRawTheSame()
    {
        using var folder = new TemporaryFolder();
        byte[] content = IdxBuilder.Images(2);
        File.WriteAllBytes(folder.File("a"), content);
        File.WriteAllBytes(folder.File("a.gz"), IdxBuilder.Gzip(content));
        Assert.Equal(content, IdxReader.ReadContent(folder.File("a")));
        Assert.Equal(content, IdxReader.ReadContent(folder.File("a.gz")));
    }

    [Fact]
    public void CorruptGzipIsAClearError()
    {
        using var folder = new TemporaryFolder();
        byte[] gz = IdxBuilder.Gzip(IdxBuilder.Images(20));
        byte[] corrupt = (byte[])gz.Clone();
        for (int i = 10; i < corrupt.Length - 8; i++)
        {
            corrupt[i] ^= 0x5A;
        }

        File.WriteAllBytes(folder.File("corrupt.gz"), corrupt);
        DataException e = Assert.Throws<DataException>(() => IdxReader.ReadContent(folder.File("corrupt.gz")));
        Assert.StartsWith(folder.File("corrupt.gz") + ": corrupt gzip data", e.Message);

        File.WriteAllBytes(folder.File("plain.gz"), IdxBuilder.Images(1));
        e = Assert.Throws<DataException>(() => IdxReader.ReadContent(folder.File("plain.gz")));
        Assert.Equal($"{folder.File("plain.gz")}: not a gzip file (it does not start with the gzip signature 1f 8b).", e.Message);
    }

    [Fact]
    public void TruncatedGzipIsAClearErrorOrATruncatedIdx()
    {
        using var folder = new TemporaryFolder();
        byte[] gz = IdxBuilder.Gzip(IdxBuilder.Images(20));
        string path = folder.File("cut.gz");
        File.WriteAllBytes(path, gz[..(gz.Length / 2)]);
        // A cut gzip stream either fails to decompress or yields a short IDX file: both name the file.
        DataException e = Assert.Throws<DataException>(() => IdxReader.Parse(path, IdxReader.ReadContent(path), 3));
        Assert.StartsWith(path + ": ", e.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        DataException e = Assert.Throws<DataException>(() => IdxReader.ReadContent("/nonexistent/x.gz"));
        Assert.Equal("/nonexistent/x.gz: no such file.", e.Message);
    }
}
