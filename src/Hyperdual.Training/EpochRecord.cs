namespace Hyperdual.Training;

/// <summary>One epoch of a run, as <see cref="EpochAggregation"/> forms it.</summary>
/// <param name="Epoch">The epoch, counted from 1 (0: the initial weights, before any step).</param>
/// <param name="Step">The last step of the epoch (0 for epoch 0).</param>
/// <param name="TrainLoss">The mean of the epoch's mini-batch losses, each taken at the parameters before its step
/// (NaN for epoch 0, which has no steps).</param>
/// <param name="TestLoss">The held-out loss after the epoch's last step (NaN when no evaluation ran there).</param>
/// <param name="TestAccuracy">The held-out accuracy there (NaN where accuracy does not apply or no evaluation ran).</param>
/// <param name="Seconds">Wall-clock seconds spent in training steps from the start to the end of the epoch (evaluations excluded).</param>
public sealed record EpochRecord(int Epoch, long Step, double TrainLoss, double TestLoss, double TestAccuracy, double Seconds);
