using System.Buffers.Binary;
using SkiaSharp;

namespace Hyperdual.Reports.Tests;

public sealed class LinePlotTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void RendersPngOfRequestedSizeOnLogAxisWithNonFinitePoints()
    {
        double[] x = Enumerable.Range(0, 50).Select(i => (double)i).ToArray();
        double[] y = x.Select(v => Math.Pow(10.0, -v / 5.0)).ToArray();
        y[10] = double.NaN;
        y[11] = 0.0;
        byte[] png = LinePlot.RenderPng("loss", "iteration", "f", [new PlotSeries("a", x, y), new PlotSeries("b", x, x.Select(v => v + 1.0).ToArray())], logY: true, width: 640, height: 480);
        Assert.Equal(PngSignature, png.Take(8).ToArray());
        // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(480, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void BandIsShadedInTheSeriesColourBeneathTheLine()
    {
        double[] x = Enumerable.Range(0, 21).Select(i => (double)i).ToArray();
        // The line spans the band's extent, so both plots get the same axis limits and compare pixel by pixel.
        double[] y = x.Select(v => -1.0 + (v / 10.0)).ToArray();
        double[] lower = x.Select(_ => -1.0).ToArray();
        double[] upper = x.Select(_ => 1.0).ToArray();
        upper[5] = double.PositiveInfinity;
        using SKBitmap plain = SKBitmap.Decode(LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", x, y)], logY: false, width: 400, height: 300));
        using SKBitmap banded = SKBitmap.Decode(LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", x, y, lower, upper)], logY: false, width: 400, height: 300));
        Assert.Equal(plain.Width, banded.Width);

        // Pixels the band changed: a large share of the image, tinted towards the first series colour (Category10 blue #1f77b4).
        int changed = 0;
        int bluish = 0;
        for (int row = 0; row < plain.Height; row++)
        {
            for (int column = 0; column < plain.Width; column++)
            {
                SKColor before = plain.GetPixel(column, row);
                SKColor after = banded.GetPixel(column, row);
                if (before != after)
                {
                    changed++;
                    bluish += after.Blue > after.Red ? 1 : 0;
                }
            }
        }

        Assert.True(changed > plain.Width * plain.Height / 20, $"only {changed} pixels changed");
        Assert.True(bluish > changed * 9 / 10, $"{bluish} of {changed} changed pixels are blue-tinted");
    }

    [Fact]
    public void WritePngWritesTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "hyperdual-plot-" + Guid.NewGuid().ToString("N") + ".png");
        try
        {
            LinePlot.WritePng(path, "t", "x", "y", [new PlotSeries("s", [0.0, 1.0], [1.0, 2.0])], logY: false);
            Assert.Equal(PngSignature, File.ReadAllBytes(path).Take(8).ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RejectsABandWithOneEdgeOrTheWrongLength()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", [0.0, 1.0], [1.0, 2.0], [0.0, 1.0])], false)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", [0.0, 1.0], [1.0, 2.0], [0.0, 1.0], [2.0])], false)).ParamName);
    }

    [Fact]
    public void RejectsMismatchedSeriesAndTinyImages()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", [0.0], [1.0, 2.0])], false)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", [0.0], [1.0], Lower: [0.5])], false)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", [0.0], [1.0], [0.5], [2.0, 3.0])], false)).ParamName);
        Assert.Equal("width", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [], false, 10, 10)).ParamName);
    }
}
