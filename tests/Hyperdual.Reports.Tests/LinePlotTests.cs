using System.Buffers.Binary;

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
    public void ABandIsDrawnAroundItsLine()
    {
        double[] x = [0.0, 1.0, 2.0, 3.0];
        var line = new PlotSeries("mean", x, [1.0, 0.5, 0.25, 0.125]);
        PlotSeries banded = line with { Lower = [0.5, 0.25, 0.125, 0.0625], Upper = [2.0, 1.0, 0.5, 0.25] };
        byte[] plain = LinePlot.RenderPng("t", "x", "y", [line], logY: true);
        byte[] withBand = LinePlot.RenderPng("t", "x", "y", [banded], logY: true, legendOutside: true);
        Assert.Equal(PngSignature, withBand.Take(8).ToArray());
        Assert.NotEqual(plain, withBand);
        Assert.NotEqual(LinePlot.RenderPng("t", "x", "y", [line], logY: true, legendOutside: true), withBand);
    }

    [Fact]
    public void ABandNeedsBothEdgesWithOneValuePerX()
    {
        double[] x = [0.0, 1.0];
        var line = new PlotSeries("s", x, [1.0, 2.0]);
        Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [line with { Lower = [0.0, 1.0] }], logY: false));
        Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [line with { Lower = [0.0], Upper = [2.0] }], logY: false));
    }

    [Fact]
    public void RejectsMismatchedSeriesAndTinyImages()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [new PlotSeries("s", [0.0], [1.0, 2.0])], false)).ParamName);
        Assert.Equal("width", Assert.Throws<ArgumentException>(() => LinePlot.RenderPng("t", "x", "y", [], false, 10, 10)).ParamName);
    }
}
