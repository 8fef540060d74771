namespace Hyperdual.Reports;

/// <summary>One line of a line plot, optionally with a shaded band around it (e.g. the min–max over seeds).</summary>
/// <param name="Label">The legend text.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values, as many as <paramref name="X"/>.</param>
/// <param name="Lower">The band's lower edge, as many as <paramref name="X"/>; <see langword="null"/> for no band. Given together with <paramref name="Upper"/>.</param>
/// <param name="Upper">The band's upper edge, as many as <paramref name="X"/>; <see langword="null"/> for no band. Given together with <paramref name="Lower"/>.</param>
public sealed record PlotSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null)
{
    /// <summary>Whether the series has a band (<see cref="Lower"/> and <see cref="Upper"/>).</summary>
    public bool HasBand => Lower is not null && Upper is not null;
}
