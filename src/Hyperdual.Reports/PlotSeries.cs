namespace Hyperdual.Reports;

/// <summary>One line of a line plot, optionally with a shaded band (a spread over seeds) around it.</summary>
/// <param name="Label">The legend text.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values, as many as <paramref name="X"/>.</param>
public sealed record PlotSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>The band's lower edge, one value per x (null: no band); drawn in the line's colour, translucent.</summary>
    public IReadOnlyList<double>? Lower { get; init; }

    /// <summary>The band's upper edge, one value per x (null: no band).</summary>
    public IReadOnlyList<double>? Upper { get; init; }
}
