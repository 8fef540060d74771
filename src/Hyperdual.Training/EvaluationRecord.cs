namespace Hyperdual.Training;

/// <summary>One evaluation on the held-out set.</summary>
/// <param name="Step">The step after which it ran (0: the initial weights).</param>
/// <param name="Loss">The mean loss over the set.</param>
/// <param name="Accuracy">The fraction classified correctly; NaN where accuracy does not apply (<see cref="TrainingTask.Reconstruct"/>).</param>
/// <param name="TrainingSeconds">Wall-clock seconds spent in training steps up to this point (evaluations excluded).</param>
public sealed record EvaluationRecord(long Step, double Loss, double Accuracy, double TrainingSeconds);
