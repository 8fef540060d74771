namespace Hyperdual.Training;

/// <summary>
/// Everything a run needs to continue bit-identically (with the same thread count): its settings, the last step taken, θ, the optimizer's
/// saved state and the metrics so far. The data order and the directions are pure functions of (seed, step),
/// so no generator state is stored.
/// </summary>
/// <param name="Options">The run's settings.</param>
/// <param name="Step">The last step taken.</param>
/// <param name="LearningRateHalvings">How often divergence halved the learning rate so far.</param>
/// <param name="TrainingSeconds">Seconds spent in training steps so far.</param>
/// <param name="Parameters">θ after <paramref name="Step"/>.</param>
/// <param name="OptimizerState">The optimizer's <c>SaveState</c> bytes.</param>
/// <param name="Steps">The step metrics so far.</param>
/// <param name="Evaluations">The evaluations so far.</param>
public sealed record TrainingCheckpoint(
    TrainingOptions Options,
    long Step,
    int LearningRateHalvings,
    double TrainingSeconds,
    double[] Parameters,
    byte[] OptimizerState,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyList<EvaluationRecord> Evaluations);
