using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// Adam (Kingma &amp; Ba 2015) with optional AMSGrad; weight decay λ is an L2 term added to the gradient
/// (<c>g ← ∇L + λθ</c>) before the moments. At step <c>t</c> with <c>η = η₀·schedule(t)</c>:
/// <code>
/// m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²,   v̄ = max(v̄, v) with AMSGrad (else v̄ = v)
/// θ ← θ − η·m̂ / (√v̂ + ε),   m̂ = m / (1 − β₁ᵗ),   v̂ = v̄ / (1 − β₂ᵗ)
/// </code>
/// AMSGrad keeps the maximum of the raw <c>v</c> and bias-corrects it at the current <c>t</c> (as PyTorch does).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class AdamOptimizer<T> : IGradientOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly AdamCore<T> core;

    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="options">The hyper-parameters; defaults when null.</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    public AdamOptimizer(int parameterCount, AdamOptions? options = null)
    {
        Options = options ?? new AdamOptions();
        Options.Validate();
        core = new AdamCore<T>(
            OptimizerKind.Adam,
            parameterCount,
            Options.LearningRate,
            Options.Beta1,
            Options.Beta2,
            Options.Epsilon,
            Options.WeightDecay,
            decoupled: false,
            Options.AmsGrad,
            Options.Schedule);
    }

    /// <summary>The hyper-parameters.</summary>
    public AdamOptions Options { get; }

    /// <summary>The live state (step count and moments).</summary>
    public AdamState<T> State => core.State;

    /// <inheritdoc/>
    public OptimizerKind Kind => OptimizerKind.Adam;

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
