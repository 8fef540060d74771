using System.Diagnostics;
using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Mnist;

/// <summary>Runs one optimizer for one seed through <see cref="Comparison"/> (so every method of a seed starts from the
/// same weights and sees the same batches) and records the run even when it diverges, instead of stopping the study.</summary>
public static class StudyRunner
{
    /// <summary>Runs <paramref name="choice"/> at <paramref name="rate"/> for <paramref name="seed"/>.</summary>
    /// <param name="phase">The run's phase (<see cref="StudyRun.SweepPhase"/> or <see cref="StudyRun.TestPhase"/>).</param>
    /// <param name="label">The study row's label.</param>
    /// <param name="choice">The optimizer.</param>
    /// <param name="rate">The learning rate.</param>
    /// <param name="shared">The shared settings (model, batch, steps, evaluation).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="data">The splits: held-out evaluations use the validation split when there is one, else the test split.</param>
    /// <returns>The run, with every evaluation it reached.</returns>
    public static StudyRun Run(string phase, string label, OptimizerChoice choice, double rate, TrainingOptions shared, ulong seed, DataSplits data)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(shared);
        var recorder = new RunRecorder();
        long? divergedAt = null;
        string? message = null;
        var clock = Stopwatch.StartNew();
        try
        {
            Comparison.Run(shared, [choice with { LearningRate = rate }], [seed], data, (_, _) => recorder);
        }
        catch (TrainingDivergedException e)
        {
            divergedAt = e.Step;
            message = e.Message;
        }

        return new StudyRun(
            shared.Model, phase, label, rate, seed, shared.Steps, [.. recorder.Evaluations],
            Statistics.Median(recorder.Steps.Select(s => s.Seconds)), divergedAt, message, clock.Elapsed.TotalSeconds);
    }
}
