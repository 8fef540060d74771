namespace Hyperdual.Experiments.Soaa;

/// <summary>The sizes a task ran with.</summary>
/// <param name="Task">The task's name.</param>
/// <param name="TrainExamples">Training examples used.</param>
/// <param name="TestExamples">Test examples evaluated.</param>
/// <param name="StepsPerEpoch">Steps per epoch: ⌊training examples / batch size⌋ (the loader draws full batches only).</param>
/// <param name="Parameters">The model's parameter count.</param>
public sealed record SoaaTaskData(string Task, int TrainExamples, int TestExamples, int StepsPerEpoch, int Parameters);
