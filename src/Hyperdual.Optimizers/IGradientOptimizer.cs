using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// The common shape of every gradient optimizer: it sees a flat parameter vector, a gradient of the same
/// length, the loss at those parameters, and its own explicit state. It knows nothing of models or kernels.
/// </summary>
/// <typeparam name="T">The element type of parameters and state (<see cref="float"/> for training, <see cref="double"/> for verification).</typeparam>
public interface IGradientOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
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

    /// <summary>Updates <paramref name="parameters"/> in place by one step. Allocates nothing.</summary>
    /// <param name="parameters">The parameters θ; length <see cref="ParameterCount"/>.</param>
    /// <param name="gradient">∇L at θ; length <see cref="ParameterCount"/>; must not overlap <paramref name="parameters"/>.</param>
    /// <param name="loss">The loss L at θ. SOAA uses it; SGD, Adam and AdamW ignore it.</param>
    /// <exception cref="ArgumentException">A span has the wrong length, or the loss is not finite where it is used.</exception>
    void Step(Span<T> parameters, ReadOnlySpan<T> gradient, double loss);

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
