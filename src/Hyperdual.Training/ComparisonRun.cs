namespace Hyperdual.Training;

/// <summary>One run of a comparison.</summary>
/// <param name="Label">The optimizer's label.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Result">The run.</param>
public sealed record ComparisonRun(string Label, ulong Seed, TrainingResult Result);
