namespace Hyperdual.Training;

/// <summary>One optimizer's results over the seeds.</summary>
/// <param name="Label">The optimizer's label.</param>
/// <param name="LearningRate">Its learning rate.</param>
/// <param name="TestLossMean">Mean final test loss.</param>
/// <param name="TestLossStd">Its sample standard deviation.</param>
/// <param name="TestAccuracyMean">Mean final test accuracy.</param>
/// <param name="TestAccuracyStd">Its sample standard deviation.</param>
/// <param name="SecondsPerStep">Median over seeds of each run's median seconds per step.</param>
/// <param name="DerivativeSecondsPerStep">The same for the derivative evaluation alone.</param>
public sealed record ComparisonSummary(
    string Label,
    double LearningRate,
    double TestLossMean,
    double TestLossStd,
    double TestAccuracyMean,
    double TestAccuracyStd,
    double SecondsPerStep,
    double DerivativeSecondsPerStep);
