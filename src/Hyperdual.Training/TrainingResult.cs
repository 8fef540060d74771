namespace Hyperdual.Training;

/// <summary>The outcome of a run.</summary>
/// <param name="Options">The settings.</param>
/// <param name="StepsTaken">The last step taken (smaller than the budget when interrupted).</param>
/// <param name="Interrupted">Whether the run was cancelled before its budget (a checkpoint was written when there is an output folder).</param>
/// <param name="Parameters">θ at the end (float64).</param>
/// <param name="Steps">Every step's metrics.</param>
/// <param name="Evaluations">Every evaluation's metrics.</param>
/// <param name="LearningRateHalvings">How often divergence halved the learning rate.</param>
public sealed record TrainingResult(
    TrainingOptions Options,
    long StepsTaken,
    bool Interrupted,
    double[] Parameters,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyList<EvaluationRecord> Evaluations,
    int LearningRateHalvings)
{
    /// <summary>The last evaluation, or null.</summary>
    public EvaluationRecord? Final => Evaluations.Count == 0 ? null : Evaluations[^1];

    /// <summary>The median seconds per step (NaN without steps).</summary>
    public double MedianStepSeconds => Statistics.Median(Steps.Select(s => s.Seconds));

    /// <summary>The median seconds per step spent in the derivative evaluation (NaN without steps).</summary>
    public double MedianDerivativeSeconds => Statistics.Median(Steps.Select(s => s.DerivativeSeconds));
}
