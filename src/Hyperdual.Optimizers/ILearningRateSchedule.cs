namespace Hyperdual.Optimizers;

/// <summary>
/// A learning-rate schedule shared by every optimizer: a multiplier of the optimizer's base learning
/// rate as a function of the step number. The rate used by step <c>t</c> is
/// <c>LearningRate · Multiplier(t)</c>.
/// </summary>
/// <remarks>
/// A schedule is a multiplier rather than an absolute rate so that one schedule object (say a cosine
/// decay over 10 000 steps) serves optimizers whose base rates differ by orders of magnitude (SGD 0.1,
/// Adam 1e-3). Schedules are pure functions of <c>t</c> and hold no state, so they are not part of an
/// optimizer's saved state: resuming at step <c>t</c> continues the schedule at <c>t + 1</c>.
/// </remarks>
public interface ILearningRateSchedule
{
    /// <summary>The multiplier of the base learning rate for the step numbered <paramref name="step"/>.</summary>
    /// <param name="step">The 1-based number of the step being taken (the first step is 1).</param>
    /// <returns>A finite, non-negative multiplier.</returns>
    double Multiplier(long step);
}
