using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>One run of the study: a task, an optimizer, a learning rate and a seed.</summary>
/// <param name="Task">The task's name.</param>
/// <param name="Optimizer">The optimizer's name.</param>
/// <param name="LearningRate">The base learning rate.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Message">Why it stopped early (empty when it completed).</param>
/// <param name="StepsTaken">The steps taken.</param>
/// <param name="Epochs">Epoch 0 and every complete epoch.</param>
/// <param name="TrustRegion">SOAA's trust-region factor d at each step taken (empty for Adam and AdamW).</param>
/// <param name="WallSeconds">Wall-clock seconds of the whole run, evaluations included.</param>
public sealed record SoaaRun(
    string Task,
    string Optimizer,
    double LearningRate,
    ulong Seed,
    SoaaRunStatus Status,
    string Message,
    long StepsTaken,
    IReadOnlyList<EpochRecord> Epochs,
    IReadOnlyList<double> TrustRegion,
    double WallSeconds);
