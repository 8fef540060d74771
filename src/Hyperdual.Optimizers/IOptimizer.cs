namespace Hyperdual.Optimizers;

/// <summary>
/// What every optimizer shares, backprop (<see cref="IGradientOptimizer{T}"/>) and forward-mode
/// (<see cref="ForwardMode.IForwardOptimizer"/>): its kind, the parameter count it was built for, its step
/// count, its learning rate and schedule, and a saved state that round-trips bit for bit.
/// </summary>
public interface IOptimizer
{
    /// <summary>Which optimizer this is.</summary>
    OptimizerKind Kind { get; }

    /// <summary>The length of the parameter vector this optimizer was built for.</summary>
    int ParameterCount { get; }

    /// <summary>The number of steps taken so far (0 before the first).</summary>
    long StepCount { get; }

    /// <summary>The base learning rate; step <c>t</c> uses <c>LearningRate · Schedule.Multiplier(t)</c>.</summary>
    double LearningRate { get; }

    /// <summary>The learning-rate schedule.</summary>
    ILearningRateSchedule Schedule { get; }

    /// <summary>Writes the step count, the hyper-parameters and the per-parameter state in a versioned binary format.</summary>
    /// <param name="destination">A writable stream; left open.</param>
    void SaveState(Stream destination);

    /// <summary>
    /// Restores a state written by <see cref="SaveState"/> of an optimizer of the same kind, element type,
    /// parameter count and hyper-parameters. On any error the optimizer is left unchanged. It reads exactly
    /// the bytes <see cref="SaveState"/> wrote, so a checkpoint may hold several states back to back.
    /// </summary>
    /// <param name="source">A readable stream positioned at the start of a state; left open.</param>
    /// <exception cref="InvalidDataException">The data is not such a state, or it does not match this optimizer.</exception>
    void LoadState(Stream source);
}
