using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// Adam (Kingma &amp; Ba 2015) with optional AMSGrad and a weight-decay mode: the one implementation behind
/// <see cref="AdamOptimizer{T}"/> (decay in the gradient) and <see cref="AdamWOptimizer{T}"/> (decoupled decay).
/// At step <c>t</c> with <c>η = η₀·schedule(t)</c>:
/// <code>
/// g ← ∇L + λθ                  (mode InGradient; Decoupled leaves g = ∇L)
/// m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²,   v̄ = max(v̄, v) with AMSGrad (else v̄ = v)
/// θ ← θ − ηλθ                  (mode Decoupled, with the scheduled rate as in PyTorch)
/// θ ← θ − η·m̂ / (√v̂ + ε),   m̂ = m / (1 − β₁ᵗ),   v̂ = v̄ / (1 − β₂ᵗ)
/// </code>
/// AMSGrad keeps the maximum of the raw <c>v</c> and bias-corrects it at the current <c>t</c> (as PyTorch does).
/// The state file records <see cref="Kind"/>, so an Adam state does not load into AdamW and back.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public abstract class AdamFamilyOptimizer<T> : IGradientOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const string MuName = "mu";
    private const string NuName = "nu";
    private const string NuMaxName = "nuMax";

    private readonly AdamHyperParameters hyperParameters;

    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="hyperParameters">The hyper-parameters, with the weight-decay mode.</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    private protected AdamFamilyOptimizer(int parameterCount, AdamHyperParameters hyperParameters)
    {
        hyperParameters.Validate();
        OptimizerArguments.ParameterCount(parameterCount);
        this.hyperParameters = hyperParameters;
        ParameterCount = parameterCount;
        State = new AdamState<T>(parameterCount, hyperParameters.AmsGrad);
    }

    /// <summary>The live state (step count and moments).</summary>
    public AdamState<T> State { get; }

    /// <summary>Where the weight decay enters the step.</summary>
    public AdamWeightDecay WeightDecayMode => hyperParameters.WeightDecayMode;

    /// <inheritdoc/>
    public OptimizerKind Kind => WeightDecayMode == AdamWeightDecay.Decoupled ? OptimizerKind.AdamW : OptimizerKind.Adam;

    /// <inheritdoc/>
    public int ParameterCount { get; }

    /// <inheritdoc/>
    public long StepCount => State.Count;

    /// <inheritdoc/>
    public double LearningRate => hyperParameters.LearningRate;

    /// <inheritdoc/>
    public ILearningRateSchedule Schedule => hyperParameters.Schedule;

    /// <inheritdoc/>
    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient, double loss)
    {
        OptimizerArguments.StepSpans(parameters, gradient, ParameterCount);
        long t = State.Count + 1;
        double rate = ScheduledRate.At(hyperParameters.LearningRate, hyperParameters.Schedule, t);
        bool decoupled = WeightDecayMode == AdamWeightDecay.Decoupled;
        AdamKernel.Step(
            parameters,
            gradient,
            State,
            t,
            rate,
            hyperParameters.Beta1,
            hyperParameters.Beta2,
            hyperParameters.Epsilon,
            coupledDecay: decoupled ? 0.0 : hyperParameters.WeightDecay,
            decoupledDecay: decoupled ? hyperParameters.WeightDecay : 0.0);
        State.Count = t;
    }

    /// <inheritdoc/>
    public void SaveState(Stream destination) =>
        OptimizerStateFile.Write<T>(
            destination,
            Kind,
            ParameterCount,
            State.Count,
            HyperParameters(),
            [],
            [new(MuName, State.Mu), new(NuName, State.Nu), new(NuMaxName, State.NuMax)]);

    /// <inheritdoc/>
    public void LoadState(Stream source)
    {
        OptimizerStateContents<T> contents = OptimizerStateFile.Read<T>(source, Kind, ParameterCount);
        contents.RequireHyperParameters(HyperParameters());
        T[] mu = contents.Array(MuName, mustExist: true)!;
        T[] nu = contents.Array(NuName, mustExist: true)!;
        T[]? nuMax = contents.Array(NuMaxName, mustExist: State.NuMax is not null);
        mu.CopyTo(State.Mu, 0);
        nu.CopyTo(State.Nu, 0);
        nuMax?.CopyTo(State.NuMax!, 0);
        State.Count = contents.StepCount;
    }

    private KeyValuePair<string, double>[] HyperParameters() =>
    [
        new(nameof(AdamHyperParameters.LearningRate), hyperParameters.LearningRate),
        new(nameof(AdamHyperParameters.Beta1), hyperParameters.Beta1),
        new(nameof(AdamHyperParameters.Beta2), hyperParameters.Beta2),
        new(nameof(AdamHyperParameters.Epsilon), hyperParameters.Epsilon),
        new(nameof(AdamHyperParameters.WeightDecay), hyperParameters.WeightDecay),
        new(nameof(AdamHyperParameters.AmsGrad), State.NuMax is not null ? 1.0 : 0.0),
    ];
}
