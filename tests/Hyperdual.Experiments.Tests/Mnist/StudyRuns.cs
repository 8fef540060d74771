using Hyperdual.Experiments.Mnist;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Tests.Mnist;

/// <summary>Hand-made runs for the summary and band tests.</summary>
internal static class StudyRuns
{
    /// <summary>A test-phase run with the given (step, loss, accuracy, seconds) evaluations.</summary>
    public static StudyRun Of(string label, ulong seed, long budget, long? divergedAt, params (long Step, double Loss, double Accuracy, double Seconds)[] evaluations) =>
        new("logreg", StudyRun.TestPhase, label, 0.5, seed, budget,
            [.. evaluations.Select(e => new EvaluationRecord(e.Step, e.Loss, e.Accuracy, e.Seconds))],
            0.01, divergedAt, divergedAt is null ? null : "not finite", 1.0);
}
