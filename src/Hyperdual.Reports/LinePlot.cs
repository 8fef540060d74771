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

    /// <summary>
    /// Renders the series to PNG bytes (colours from the ten-colour Category10 palette in series order), each line with its band when it has one (<see cref="PlotSeries.Lower"/>,
    /// <see cref="PlotSeries.Upper"/>). Non-finite points are left out. With <paramref name="logY"/> the y
    /// values are drawn as log10(max(y, <see cref="LogFloor"/>)) with tick labels <c>1e{k}</c>
    /// (ScottPlot 5 has no logarithmic axis mode).
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
    /// <exception cref="ArgumentException">A series with different x and y lengths, or a size below 100 pixels.</exception>
    public static byte[] RenderPng(string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logY, int width = 900, int height = 600, bool legendOutside = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (width < 100 || height < 100)
        {
            throw new ArgumentException($"The image must be at least 100×100 pixels; it is {width}×{height}.", nameof(width));
        }

        var plot = new Plot();

        // Ten clearly different colours in a fixed order, so series i has the same colour in every plot.
        plot.Add.Palette = new ScottPlot.Palettes.Category10();
        plot.Title(title ?? string.Empty);
        plot.XLabel(xLabel ?? string.Empty);
        plot.YLabel(yLabel ?? string.Empty);
        foreach (PlotSeries line in series)
        {
            if (line.X.Count != line.Y.Count)
            {
                throw new ArgumentException($"Series '{line.Label}' has {line.X.Count} x values and {line.Y.Count} y values.", nameof(series));
            }

            if ((line.Lower is null) != (line.Upper is null) || (line.Lower is not null && (line.Lower.Count != line.X.Count || line.Upper!.Count != line.X.Count)))
            {
                throw new ArgumentException($"Series '{line.Label}' needs both band edges, one value per x value, or neither.", nameof(series));
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
                ys.Add(logY ? Math.Log10(Math.Max(y, LogFloor)) : y);
            }

            if (xs.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            scatter.LegendText = line.Label;
            if (line.Lower is not null)
            {
                AddBand(plot, line, scatter.Color, logY);
            }
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

    // The band between Lower and Upper where all three values are finite, in the line's colour at 20 % opacity.
    private static void AddBand(Plot plot, PlotSeries line, Color color, bool logY)
    {
        var points = new List<(double X, double Low, double High)>(line.X.Count);
        for (int i = 0; i < line.X.Count; i++)
        {
            double x = line.X[i], low = line.Lower![i], high = line.Upper![i];
            if (double.IsFinite(x) && double.IsFinite(low) && double.IsFinite(high))
            {
                points.Add(logY ? (x, Math.Log10(Math.Max(low, LogFloor)), Math.Log10(Math.Max(high, LogFloor))) : (x, low, high));
            }
        }

        if (points.Count > 0)
        {
            var band = plot.Add.FillY(points);
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
        }
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
}
