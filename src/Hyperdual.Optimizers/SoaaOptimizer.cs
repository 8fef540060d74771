using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hyperdual.Optimizers;

/// <summary>
/// SOAA, "second-order adaptive Adam" (Vo 2024, arXiv:2410.02293), implemented from the public
/// transcription of the paper's equations (the paper's full text is not available to us). At step
/// <c>t</c> with loss <c>ℓₜ</c>, gradient <c>g</c> and <c>η = η₀·schedule(t)</c>:
/// <code>
/// 1. d = 1 at t = 1; for t ≥ 2:  ρ = (ℓ̂ₜ₋₁ − ℓₜ) / max(pₜ₋₁, ε),  d ← clip(ρ·d, (1−γ)^((t−1)/T), 1 + γ^((t−1)/T))
/// 2. L ← β₁L + (1 − β₁)ℓₜ,  ℓ̂ₜ = L / (1 − β₁ᵗ)
/// 3. m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,  m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
/// 4. F = s·v̂,  s = 1 + Σᵢ m̂ᵢ² / Σᵢ (v̂ᵢ + ε)
/// 5. u = m̂·d / (max(d·F, √v̂) + ε),  θ ← θ − ηλθ − η·u
/// 6. pₜ = η(Σ m̂·u − ½ Σ v̂·u²)
/// </code>
/// Choices the transcription leaves open, made here:
/// <list type="bullet">
/// <item>The loss average <c>L</c> uses β₁ and starts at 0; ℓ̂ is its bias correction. ρ compares the
/// average up to step t − 1 (ℓ̂ₜ₋₁) with the fresh loss ℓₜ, so step 1 has no ρ and d = 1 there.</item>
/// <item>d is updated at the start of step t, from the loss at the current parameters, and clipped into
/// the band of step t (the step that uses it). The Tadam reference code updates d after its step, so
/// its band index is one behind ours.</item>
/// <item>ε enters ρ only through <c>max(p, ε)</c>; a non-positive or tiny prediction becomes ε, so a
/// constant loss gives ρ ≈ 0 (d shrinks to the lower edge) and never NaN. See <see cref="SoaaTrustRegion"/>.</item>
/// <item>The predicted reduction is exactly the transcription's <c>η(Σ m̂u − ½ Σ v̂u²)</c> with <c>u</c>
/// the step direction before scaling by η (not a Taylor model with η² on the curvature term), using the
/// scheduled η of the step; weight decay is not part of <c>u</c>.</item>
/// <item>ε in <c>Σ(v̂ + ε)</c> is added once per parameter (<c>Σv̂ + nε</c>).</item>
/// <item>Past the planned steps <c>T</c> the band formula is evaluated as written by default (the band
/// tends to [0, 1], annealing the step); <see cref="SoaaBandAfterPlannedSteps.HoldFinal"/> freezes it.</item>
/// <item>The loss must be finite: a NaN loss would poison the loss average for every later step, so it
/// is rejected with an exception instead.</item>
/// </list>
/// With tiny gradients (<c>s·v̂ &lt; √v̂</c>) and d = 1 the step is exactly AdamW's.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SoaaOptimizer<T> : IGradientOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const string MuName = "mu";
    private const string NuName = "nu";
    private const int BlockSize = 4096;

    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="options">The hyper-parameters (<see cref="SoaaOptions.PlannedSteps"/> is required).</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    public SoaaOptimizer(int parameterCount, SoaaOptions options)
    {
        OptimizerArguments.ParameterCount(parameterCount);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        ParameterCount = parameterCount;
        State = new SoaaState<T>(parameterCount);
    }

    /// <summary>The hyper-parameters.</summary>
    public SoaaOptions Options { get; }

    /// <summary>The live state (moments and trust-region scalars).</summary>
    public SoaaState<T> State { get; }

    /// <inheritdoc/>
    public OptimizerKind Kind => OptimizerKind.Soaa;

    /// <inheritdoc/>
    public int ParameterCount { get; }

    /// <inheritdoc/>
    public long StepCount => State.Count;

    /// <inheritdoc/>
    public double LearningRate => Options.LearningRate;

    /// <inheritdoc/>
    public ILearningRateSchedule Schedule => Options.Schedule;

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="loss"/> is NaN or infinite.</exception>
    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient, double loss)
    {
        OptimizerArguments.StepSpans(parameters, gradient, ParameterCount);
        if (!double.IsFinite(loss))
        {
            throw new ArgumentOutOfRangeException(nameof(loss), loss, "SOAA needs a finite loss value at every step.");
        }

        SoaaOptions o = Options;
        long t = State.Count + 1;
        double rate = ScheduledRate.At(o.LearningRate, o.Schedule, t);

        // 1. Trust region from the previous step's prediction.
        double d = 1.0;
        if (t >= 2)
        {
            double previousLossEstimate = State.LossAverage * AdamKernel.InverseBiasCorrection(o.Beta1, t - 1);
            double ratio = SoaaTrustRegion.Ratio(previousLossEstimate, loss, State.PredictedReduction, o.Epsilon);
            State.LastRatio = ratio;
            d = o.AdaptTrustRegion ? SoaaTrustRegion.Update(State.TrustRegion, ratio, t, o) : 1.0;
        }

        // 2. Loss average.
        State.LossAverage = (o.Beta1 * State.LossAverage) + ((1.0 - o.Beta1) * loss);

        // 3–4. Moments and the Fisher factor.
        double invBc1 = AdamKernel.InverseBiasCorrection(o.Beta1, t);
        double invBc2 = AdamKernel.InverseBiasCorrection(o.Beta2, t);
        bool sumOfRatios = o.FisherScale == SoaaFisherScale.SumOfRatios;
        (double sumMHatSquared, double sumVHat, double sumRatio) =
            AdamKernel.UpdateMoments<T>(gradient, State.Moments, o.Beta1, o.Beta2, invBc1, invBc2, o.Epsilon, sumOfRatios);
        double fisher = sumOfRatios
            ? 1.0 + sumRatio
            : 1.0 + (sumMHatSquared / (sumVHat + (ParameterCount * o.Epsilon)));

        // 5–6. Step and predicted reduction.
        (double sumMu, double sumVuu) = ApplyStep(parameters, invBc1, invBc2, d, d * fisher, rate);
        State.PredictedReduction = rate * (sumMu - (0.5 * sumVuu));
        State.TrustRegion = d;
        State.FisherFactor = fisher;
        State.Moments.Count = t;
    }

    /// <inheritdoc/>
    public void SaveState(Stream destination) =>
        OptimizerStateFile.Write<T>(
            destination,
            Kind,
            ParameterCount,
            State.Count,
            HyperParameters(),
            Scalars(),
            [new(MuName, State.Moments.Mu), new(NuName, State.Moments.Nu)]);

    /// <inheritdoc/>
    public void LoadState(Stream source)
    {
        OptimizerStateContents<T> contents = OptimizerStateFile.Read<T>(source, Kind, ParameterCount);
        contents.RequireHyperParameters(HyperParameters());
        T[] mu = contents.Array(MuName, mustExist: true)!;
        T[] nu = contents.Array(NuName, mustExist: true)!;
        double trustRegion = contents.Scalar(nameof(SoaaState<T>.TrustRegion));
        double lossAverage = contents.Scalar(nameof(SoaaState<T>.LossAverage));
        double predicted = contents.Scalar(nameof(SoaaState<T>.PredictedReduction));
        double lastRatio = contents.Scalar(nameof(SoaaState<T>.LastRatio));
        double fisher = contents.Scalar(nameof(SoaaState<T>.FisherFactor));
        mu.CopyTo(State.Moments.Mu, 0);
        nu.CopyTo(State.Moments.Nu, 0);
        State.TrustRegion = trustRegion;
        State.LossAverage = lossAverage;
        State.PredictedReduction = predicted;
        State.LastRatio = lastRatio;
        State.FisherFactor = fisher;
        State.Moments.Count = contents.StepCount;
    }

    private KeyValuePair<string, double>[] HyperParameters() =>
    [
        new(nameof(SoaaOptions.LearningRate), Options.LearningRate),
        new(nameof(SoaaOptions.Beta1), Options.Beta1),
        new(nameof(SoaaOptions.Beta2), Options.Beta2),
        new(nameof(SoaaOptions.Gamma), Options.Gamma),
        new(nameof(SoaaOptions.WeightDecay), Options.WeightDecay),
        new(nameof(SoaaOptions.Epsilon), Options.Epsilon),
        new(nameof(SoaaOptions.PlannedSteps), Options.PlannedSteps),
        new(nameof(SoaaOptions.TrustRegionRule), (double)Options.TrustRegionRule),
        new(nameof(SoaaOptions.FisherScale), (double)Options.FisherScale),
        new(nameof(SoaaOptions.AfterPlannedSteps), (double)Options.AfterPlannedSteps),
        new(nameof(SoaaOptions.AdaptTrustRegion), Options.AdaptTrustRegion ? 1.0 : 0.0),
    ];

    private KeyValuePair<string, double>[] Scalars() =>
    [
        new(nameof(SoaaState<T>.TrustRegion), State.TrustRegion),
        new(nameof(SoaaState<T>.LossAverage), State.LossAverage),
        new(nameof(SoaaState<T>.PredictedReduction), State.PredictedReduction),
        new(nameof(SoaaState<T>.LastRatio), State.LastRatio),
        new(nameof(SoaaState<T>.FisherFactor), State.FisherFactor),
    ];

    /// <summary>
    /// <c>u = m̂·d / (max(dF·v̂, √v̂) + ε)</c>, <c>θ ← θ − ηλθ − ηu</c>; returns <c>Σ m̂u</c> and <c>Σ v̂u²</c>.
    /// The expressions match <see cref="AdamKernel.Step"/> term for term, so d = 1 with <c>dF·v̂ &lt; √v̂</c>
    /// reproduces AdamW bit for bit.
    /// </summary>
    private (double SumMu, double SumVuu) ApplyStep(Span<T> parameters, double invBc1, double invBc2, double d, double dFisher, double rate)
    {
        T invBc1T = T.CreateChecked(invBc1);
        T invBc2T = T.CreateChecked(invBc2);
        T dT = T.CreateChecked(d);
        T dFisherT = T.CreateChecked(dFisher);
        T eps = T.CreateChecked(Options.Epsilon);
        T decayRate = T.CreateChecked(rate * Options.WeightDecay);
        T eta = T.CreateChecked(rate);
        ref T theta = ref MemoryMarshal.GetReference(parameters);
        ref T mu = ref MemoryMarshal.GetArrayDataReference(State.Moments.Mu);
        ref T nu = ref MemoryMarshal.GetArrayDataReference(State.Moments.Nu);
        int n = parameters.Length;
        double sumMu = 0.0, sumVuu = 0.0;
        int i = 0;
        if (VectorSupport.IsAccelerated<T>())
        {
            var invBc1V = new Vector<T>(invBc1T);
            var invBc2V = new Vector<T>(invBc2T);
            var dV = new Vector<T>(dT);
            var dFisherV = new Vector<T>(dFisherT);
            var epsV = new Vector<T>(eps);
            var decayRateV = new Vector<T>(decayRate);
            var etaV = new Vector<T>(eta);
            int vectorEnd = n - (n % Vector<T>.Count);
            while (i < vectorEnd)
            {
                int blockEnd = Math.Min(vectorEnd, i + BlockSize);
                Vector<T> accMu = Vector<T>.Zero, accVuu = Vector<T>.Zero;
                for (; i < blockEnd; i += Vector<T>.Count)
                {
                    Vector<T> th = Vector.LoadUnsafe(ref theta, (nuint)i);
                    Vector<T> mHat = Vector.LoadUnsafe(ref mu, (nuint)i) * invBc1V;
                    Vector<T> vHat = Vector.LoadUnsafe(ref nu, (nuint)i) * invBc2V;
                    Vector<T> u = (mHat * dV) / (Vector.Max(dFisherV * vHat, Vector.SquareRoot(vHat)) + epsV);
                    (th - (decayRateV * th) - (etaV * u)).StoreUnsafe(ref theta, (nuint)i);
                    accMu += mHat * u;
                    accVuu += vHat * (u * u);
                }

                sumMu += double.CreateChecked(Vector.Sum(accMu));
                sumVuu += double.CreateChecked(Vector.Sum(accVuu));
            }
        }

        for (; i < n; i++)
        {
            T th = Unsafe.Add(ref theta, i);
            T mHat = Unsafe.Add(ref mu, i) * invBc1T;
            T vHat = Unsafe.Add(ref nu, i) * invBc2T;
            T u = (mHat * dT) / (T.Max(dFisherT * vHat, T.Sqrt(vHat)) + eps);
            Unsafe.Add(ref theta, i) = th - (decayRate * th) - (eta * u);
            sumMu += double.CreateChecked(mHat * u);
            sumVuu += double.CreateChecked(vHat * (u * u));
        }

        return (sumMu, sumVuu);
    }
}
