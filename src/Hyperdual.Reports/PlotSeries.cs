namespace Hyperdual.Reports;

/// <summary>One line of a line plot.</summary>
/// <param name="Label">The legend text.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values, as many as <paramref name="X"/>.</param>
public sealed record PlotSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y);
