using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Hyperdual.Reports;

/// <summary>PNG line plots (ScottPlot 5), written atomically.</summary>
public static class LinePlot
{
    /// <summary>
    /// The smallest value drawn on a logarithmic axis; smaller values and zeros are drawn at it (an exact 0
    /// would otherwise stretch the axis over hundreds of decades).
    /// </summary>
    public const double LogFloor = 1e-30;

    /// <summary>The opacity (0–255) of a series' band, drawn in the series' own colour beneath its line.</summary>
    public const byte BandAlpha = 40;

    /// <summary>
    /// Renders the series to PNG bytes. Non-finite points are left out. With <paramref name="logY"/> the y
    /// values are drawn as log10(max(y, <see cref="LogFloor"/>)) with tick labels <c>1e{k}</c>
    /// (ScottPlot 5 has no logarithmic axis mode). Series i is drawn in colour i of the Category10 palette
    /// (Category20 when there are more than ten series, so no two lines share a colour); a series with a band
    /// (<see cref="PlotSeries.HasBand"/>) gets it shaded in its colour at opacity <see cref="BandAlpha"/>, points
    /// with a non-finite edge left out.
    /// </summary>
    /// <param name="title">The plot title.</param>
    /// <param name="xLabel">The x-axis label.</param>
    /// <param name="yLabel">The y-axis label.</param>
    /// <param name="series">The lines; each label goes in the legend.</param>
    /// <param name="logY">Whether the y axis is logarithmic.</param>
    /// <param name="width">Image width in pixels (≥ 100).</param>
    /// <param name="height">Image height in pixels (≥ 100).</param>
    /// <param name="legendOutside">Place the legend in a panel right of the data area (for many lines) instead of inside it.</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="ArgumentException">A series with different x and y (or band) lengths, a band with only one edge, or a size below 100 pixels.</exception>
    public static byte[] RenderPng(string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logY, int width = 900, int height = 600, bool legendOutside = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (width < 100 || height < 100)
        {
            throw new ArgumentException($"The image must be at least 100×100 pixels; it is {width}×{height}.", nameof(width));
        }

        var plot = new Plot();
        plot.Title(title ?? string.Empty);
        plot.XLabel(xLabel ?? string.Empty);
        plot.YLabel(yLabel ?? string.Empty);
        IPalette palette = series.Count > 10 ? new ScottPlot.Palettes.Category20() : new ScottPlot.Palettes.Category10();
        for (int index = 0; index < series.Count; index++)
        {
            PlotSeries line = series[index];
            CheckLengths(line);
            Color color = palette.GetColor(index);
            if (line.HasBand)
            {
                AddBand(plot, line, color, logY);
            }

            var xs = new List<double>(line.X.Count);
            var ys = new List<double>(line.Y.Count);
            for (int i = 0; i < line.X.Count; i++)
            {
                double x = line.X[i];
                double y = line.Y[i];
                if (!double.IsFinite(x) || !double.IsFinite(y))
                {
                    continue;
                }

                xs.Add(x);
                ys.Add(Scale(y, logY));
            }

            if (xs.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
            scatter.LegendText = line.Label;
        }

        if (logY)
        {
            var ticks = new NumericAutomatic
            {
                LabelFormatter = value => "1e" + Math.Round(value).ToString("0", CultureInfo.InvariantCulture),
                MinorTickGenerator = new LogMinorTickGenerator(),
                IntegerTicksOnly = true,
            };
            plot.Axes.Left.TickGenerator = ticks;
        }

        if (legendOutside)
        {
            plot.ShowLegend(Edge.Right);
        }
        else
        {
            plot.ShowLegend();
        }

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Renders the series (see <see cref="RenderPng"/>) and writes the PNG atomically.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="title">The plot title.</param>
    /// <param name="xLabel">The x-axis label.</param>
    /// <param name="yLabel">The y-axis label.</param>
    /// <param name="series">The lines.</param>
    /// <param name="logY">Whether the y axis is logarithmic.</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    /// <param name="legendOutside">Place the legend outside the data area.</param>
    public static void WritePng(string path, string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logY, int width = 900, int height = 600, bool legendOutside = false)
    {
        byte[] png = RenderPng(title, xLabel, yLabel, series, logY, width, height, legendOutside);
        AtomicFile.WriteAllBytes(path, png);
    }

    private static double Scale(double y, bool logY) => logY ? Math.Log10(Math.Max(y, LogFloor)) : y;

    private static void CheckLengths(PlotSeries line)
    {
        if (line.X.Count != line.Y.Count)
        {
            throw new ArgumentException($"Series '{line.Label}' has {line.X.Count} x values and {line.Y.Count} y values.", "series");
        }

        if ((line.Lower is null) != (line.Upper is null))
        {
            throw new ArgumentException($"Series '{line.Label}' has only one band edge; give both Lower and Upper, or neither.", "series");
        }

        if (line.HasBand && (line.Lower!.Count != line.X.Count || line.Upper!.Count != line.X.Count))
        {
            throw new ArgumentException($"Series '{line.Label}' has {line.X.Count} x values but {line.Lower!.Count} lower and {line.Upper!.Count} upper band values.", "series");
        }
    }

    private static void AddBand(Plot plot, PlotSeries line, Color color, bool logY)
    {
        var xs = new List<double>(line.X.Count);
        var lower = new List<double>(line.X.Count);
        var upper = new List<double>(line.X.Count);
        for (int i = 0; i < line.X.Count; i++)
        {
            double x = line.X[i];
            double low = line.Lower![i];
            double high = line.Upper![i];
            if (!double.IsFinite(x) || !double.IsFinite(low) || !double.IsFinite(high))
            {
                continue;
            }

            xs.Add(x);
            lower.Add(Scale(low, logY));
            upper.Add(Scale(high, logY));
        }

        if (xs.Count == 0)
        {
            return;
        }

        var band = plot.Add.FillY(xs.ToArray(), lower.ToArray(), upper.ToArray());
        band.FillColor = color.WithAlpha(BandAlpha);
        band.LineWidth = 0;
    }
}
