using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// AdamW (Loshchilov &amp; Hutter 2019): Adam whose weight decay is decoupled from the gradient. At step
/// <c>t</c> with <c>η = η₀·schedule(t)</c>, with the moments of <see cref="AdamOptimizer{T}"/>:
/// <code>
/// θ ← θ − ηλθ − η·m̂ / (√v̂ + ε)
/// </code>
/// (the decay uses the scheduled rate, as in PyTorch). It is Adam's core with the decay moved, not a copy.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class AdamWOptimizer<T> : IGradientOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly AdamCore<T> core;

    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="options">The hyper-parameters; defaults when null.</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    public AdamWOptimizer(int parameterCount, AdamWOptions? options = null)
    {
        Options = options ?? new AdamWOptions();
        Options.Validate();
        core = new AdamCore<T>(
            OptimizerKind.AdamW,
            parameterCount,
            Options.LearningRate,
            Options.Beta1,
            Options.Beta2,
            Options.Epsilon,
            Options.WeightDecay,
            decoupled: true,
            Options.AmsGrad,
            Options.Schedule);
    }

    /// <summary>The hyper-parameters.</summary>
    public AdamWOptions Options { get; }

    /// <summary>The live state (step count and moments).</summary>
    public AdamState<T> State => core.State;

    /// <inheritdoc/>
    public OptimizerKind Kind => OptimizerKind.AdamW;

    /// <inheritdoc/>
    public int ParameterCount => core.ParameterCount;

    /// <inheritdoc/>
    public long StepCount => core.State.Count;

    /// <inheritdoc/>
    public double LearningRate => Options.LearningRate;

    /// <inheritdoc/>
    public ILearningRateSchedule Schedule => Options.Schedule;

    /// <inheritdoc/>
    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient, double loss) => core.Step(parameters, gradient);

    /// <inheritdoc/>
    public void SaveState(Stream destination) => core.Save(destination);

    /// <inheritdoc/>
    public void LoadState(Stream source) => core.Load(source);
}
