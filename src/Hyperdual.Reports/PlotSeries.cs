namespace Hyperdual.Reports;

/// <summary>One line of a line plot, optionally with a shaded band around it (e.g. the min–max over seeds).</summary>
/// <param name="Label">The legend text.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values, as many as <paramref name="X"/>.</param>
/// <param name="Lower">The band's lower edge at each x (null: no band); given together with <paramref name="Upper"/>.</param>
/// <param name="Upper">The band's upper edge at each x (null: no band).</param>
public sealed record PlotSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null);
