namespace Hyperdual.Data;

/// <summary>The splits of a data set, all normalised the same way.</summary>
/// <param name="Train">The training examples (without those carved out for validation).</param>
/// <param name="Test">The test examples as published (for a CSV file without a test file: empty).</param>
/// <param name="Validation">The seeded validation examples carved out of the training set, or null.</param>
public sealed record DataSplits(LabelledDataSet Train, LabelledDataSet Test, LabelledDataSet? Validation);
