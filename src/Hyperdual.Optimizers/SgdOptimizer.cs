using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hyperdual.Optimizers;

/// <summary>
/// Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay, following
/// PyTorch's conventions. At step <c>t</c> with rate <c>η = η₀·schedule(t)</c>:
/// <code>
/// g ← ∇L + λθ
/// b ← g                          at t = 1 (the buffer starts at the first gradient, undampened)
/// b ← μb + (1 − δ)g              for t &gt; 1
/// d ← g + μb (Nesterov) or b     (d = g when μ = 0)
/// θ ← θ − ηd
/// </code>
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SgdOptimizer<T> : IGradientOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const string MomentumArrayName = "momentum";
    private readonly SgdOptions options;

    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="options">The hyper-parameters; defaults when null.</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    public SgdOptimizer(int parameterCount, SgdOptions? options = null)
    {
        OptimizerArguments.ParameterCount(parameterCount);
        this.options = options ?? new SgdOptions();
        this.options.Validate();
        ParameterCount = parameterCount;
        State = new SgdState<T>(0, this.options.Momentum > 0.0 ? new T[parameterCount] : null);
    }

    /// <summary>The hyper-parameters.</summary>
    public SgdOptions Options => options;

    /// <summary>The live state (step count and momentum buffer).</summary>
    public SgdState<T> State { get; }

    /// <inheritdoc/>
    public OptimizerKind Kind => OptimizerKind.Sgd;

    /// <inheritdoc/>
    public int ParameterCount { get; }

    /// <inheritdoc/>
    public long StepCount => State.Count;

    /// <inheritdoc/>
    public double LearningRate => options.LearningRate;

    /// <inheritdoc/>
    public ILearningRateSchedule Schedule => options.Schedule;

    /// <inheritdoc/>
    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient, double loss)
    {
        OptimizerArguments.StepSpans(parameters, gradient, ParameterCount);
        long t = State.Count + 1;
        T rate = T.CreateChecked(ScheduledRate.At(options.LearningRate, options.Schedule, t));
        T decay = T.CreateChecked(options.WeightDecay);
        bool hasDecay = options.WeightDecay != 0.0;
        T[]? buffer = State.MomentumBuffer;
        if (buffer is null)
        {
            PlainStep(parameters, gradient, rate, decay, hasDecay);
        }
        else
        {
            MomentumStep(parameters, gradient, buffer, rate, decay, hasDecay, t == 1);
        }

        State.Count = t;
    }

    /// <inheritdoc/>
    public void SaveState(Stream destination) =>
        OptimizerStateFile.Write<T>(destination, Kind, ParameterCount, State.Count, HyperParameters(), [], [new(MomentumArrayName, State.MomentumBuffer)]);

    /// <inheritdoc/>
    public void LoadState(Stream source)
    {
        OptimizerStateContents<T> contents = OptimizerStateFile.Read<T>(source, Kind, ParameterCount);
        contents.RequireHyperParameters(HyperParameters());
        T[]? buffer = contents.Array(MomentumArrayName, mustExist: State.MomentumBuffer is not null);
        buffer?.CopyTo(State.MomentumBuffer!, 0);
        State.Count = contents.StepCount;
    }

    private KeyValuePair<string, double>[] HyperParameters() =>
    [
        new(nameof(SgdOptions.LearningRate), options.LearningRate),
        new(nameof(SgdOptions.Momentum), options.Momentum),
        new(nameof(SgdOptions.Dampening), options.Dampening),
        new(nameof(SgdOptions.Nesterov), options.Nesterov ? 1.0 : 0.0),
        new(nameof(SgdOptions.WeightDecay), options.WeightDecay),
    ];

    // θ ← θ − η(g + λθ)
    private static void PlainStep(Span<T> parameters, ReadOnlySpan<T> gradient, T rate, T decay, bool hasDecay)
    {
        ref T theta = ref MemoryMarshal.GetReference(parameters);
        ref T grad = ref MemoryMarshal.GetReference(gradient);
        int n = parameters.Length;
        int i = 0;
        if (VectorSupport.IsAccelerated<T>())
        {
            var rateV = new Vector<T>(rate);
            var decayV = new Vector<T>(decay);
            for (; i <= n - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> th = Vector.LoadUnsafe(ref theta, (nuint)i);
                Vector<T> g = Vector.LoadUnsafe(ref grad, (nuint)i);
                if (hasDecay)
                {
                    g += decayV * th;
                }

                (th - (rateV * g)).StoreUnsafe(ref theta, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            T th = Unsafe.Add(ref theta, i);
            T g = Unsafe.Add(ref grad, i);
            if (hasDecay)
            {
                g += decay * th;
            }

            Unsafe.Add(ref theta, i) = th - (rate * g);
        }
    }

    private void MomentumStep(Span<T> parameters, ReadOnlySpan<T> gradient, T[] buffer, T rate, T decay, bool hasDecay, bool first)
    {
        T momentum = T.CreateChecked(options.Momentum);
        T keep = T.CreateChecked(1.0 - options.Dampening);
        bool nesterov = options.Nesterov;
        ref T theta = ref MemoryMarshal.GetReference(parameters);
        ref T grad = ref MemoryMarshal.GetReference(gradient);
        ref T buf = ref MemoryMarshal.GetArrayDataReference(buffer);
        int n = parameters.Length;
        int i = 0;
        if (VectorSupport.IsAccelerated<T>())
        {
            var rateV = new Vector<T>(rate);
            var decayV = new Vector<T>(decay);
            var momentumV = new Vector<T>(momentum);
            var keepV = new Vector<T>(keep);
            for (; i <= n - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> th = Vector.LoadUnsafe(ref theta, (nuint)i);
                Vector<T> g = Vector.LoadUnsafe(ref grad, (nuint)i);
                if (hasDecay)
                {
                    g += decayV * th;
                }

                Vector<T> b = first ? g : (momentumV * Vector.LoadUnsafe(ref buf, (nuint)i)) + (keepV * g);
                b.StoreUnsafe(ref buf, (nuint)i);
                Vector<T> d = nesterov ? g + (momentumV * b) : b;
                (th - (rateV * d)).StoreUnsafe(ref theta, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            T th = Unsafe.Add(ref theta, i);
            T g = Unsafe.Add(ref grad, i);
            if (hasDecay)
            {
                g += decay * th;
            }

            T b = first ? g : (momentum * Unsafe.Add(ref buf, i)) + (keep * g);
            Unsafe.Add(ref buf, i) = b;
            T d = nesterov ? g + (momentum * b) : b;
            Unsafe.Add(ref theta, i) = th - (rate * d);
        }
    }
}
