using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>
/// The forward-mode optimizers of the FoMoH paper (Cobb, Baydin, Pearlmutter, Jha 2024) on a flat parameter
/// vector, all of the form <c>θ ← θ + η Σᵢ κᵢvᵢ</c> with κ from one evaluation of (L, g, H̃) along the directions:
/// <list type="bullet">
/// <item>FGD (<see cref="OptimizerKind.Fgd"/>): one direction v ~ N(0, I), <c>κ = −g</c>.</item>
/// <item>FoMoH (<see cref="OptimizerKind.Fomoh"/>): one direction, <c>κ = −g / (|H̃| + ε)</c>.</item>
/// <item>FoMoH-BP (<see cref="OptimizerKind.FomohBp"/>): v = ∇L (backprop), <c>κ = −g / (|H̃| + ε)</c>, a Newton
/// step length along the gradient.</item>
/// <item>FoMoH-KD (<see cref="OptimizerKind.FomohKd"/>): K directions, κ solving <c>H̃κ = −g</c> with H̃ made
/// safely positive definite by <see cref="HyperplaneStep"/> (the repair is ours; the reference implementation,
/// fomoh f0da7ae, inverts H̃ as it is on networks and diverges).</item>
/// </list>
/// Step t's (t = 1, 2, …) random directions come from the seed <c>Directions.StepSeed(Seed, t − 1)</c> and are regenerated,
/// never stored, when the update is applied. The update may be clipped to
/// <see cref="ForwardOptimizerOptions.MaxUpdateNorm"/> and then backtracked (Armijo) on the same mini-batch.
/// </summary>
public sealed class ForwardModeOptimizer : IForwardOptimizer
{
    private const string PreviousUpdateName = "previous_update";
    private const int Block = 4096;
    private const int ParallelThreshold = 1 << 16;
    private readonly double[] _update;
    private double[]? _trial;

    /// <summary>Creates the optimizer.</summary>
    /// <param name="parameterCount">n, at least 1.</param>
    /// <param name="kind">One of <see cref="OptimizerKind.Fgd"/>, <see cref="OptimizerKind.Fomoh"/>, <see cref="OptimizerKind.FomohBp"/>, <see cref="OptimizerKind.FomohKd"/>.</param>
    /// <param name="options">The hyper-parameters (defaults when null).</param>
    public ForwardModeOptimizer(int parameterCount, OptimizerKind kind, ForwardOptimizerOptions? options = null)
    {
        OptimizerArguments.ParameterCount(parameterCount);
        if (kind is not (OptimizerKind.Fgd or OptimizerKind.Fomoh or OptimizerKind.FomohBp or OptimizerKind.FomohKd))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a forward-mode optimizer.");
        }

        Options = options ?? new ForwardOptimizerOptions();
        Options.Validate();
        Kind = kind;
        ParameterCount = parameterCount;
        DirectionCount = kind == OptimizerKind.FomohKd ? Options.Directions : 1;
        bool momentum = kind == OptimizerKind.FomohKd && Options.DirectionMode == DirectionMode.Momentum;
        State = new ForwardModeState(0, momentum ? new double[parameterCount] : null);
        _update = new double[parameterCount];
    }

    /// <summary>The hyper-parameters.</summary>
    public ForwardOptimizerOptions Options { get; }

    /// <summary>The live state.</summary>
    public ForwardModeState State { get; }

    /// <inheritdoc/>
    public OptimizerKind Kind { get; }

    /// <inheritdoc/>
    public int ParameterCount { get; }

    /// <inheritdoc/>
    public long StepCount => State.Count;

    /// <inheritdoc/>
    public double LearningRate => Options.LearningRate;

    /// <inheritdoc/>
    public ILearningRateSchedule Schedule => Options.Schedule;

    /// <inheritdoc/>
    public int DirectionCount { get; }

    /// <inheritdoc/>
    public bool UsesGradientDirection => Kind == OptimizerKind.FomohBp;

    /// <inheritdoc/>
    public bool UsesCurvature => Kind != OptimizerKind.Fgd;

    /// <summary>The seed of step <paramref name="step"/>'s random directions.</summary>
    /// <param name="step">The 1-based step number.</param>
    /// <returns>The seed.</returns>
    public ulong DirectionSeed(long step) => Directions.StepSeed(Options.Seed, step - 1);

    /// <inheritdoc/>
    public Directions NextDirections(ReadOnlySpan<double> gradient)
    {
        if (UsesGradientDirection)
        {
            if (gradient.Length != ParameterCount)
            {
                throw new ArgumentException($"FoMoH-BP needs the gradient (length {ParameterCount}) as its direction; got length {gradient.Length}.", nameof(gradient));
            }

            return Directions.FromVectors([gradient.ToArray()]);
        }

        ulong seed = DirectionSeed(State.Count + 1);
        double[]? previous = State.PreviousUpdate;
        double norm = previous is null ? 0.0 : VectorOperations.Norm(previous);
        if (previous is null || DirectionCount == 1 || !(norm > 0.0) || !double.IsFinite(norm))
        {
            return Directions.FromSeed(seed, DirectionCount, ParameterCount);
        }

        // K − 1 random directions (streams 0..K−2 of the step's seed) and the previous update scaled to norm √n.
        Directions random = Directions.FromSeed(seed, DirectionCount - 1, ParameterCount);
        var vectors = new double[DirectionCount][];
        for (int i = 0; i < DirectionCount - 1; i++)
        {
            vectors[i] = random.ToArray(i);
        }

        double scale = Math.Sqrt(ParameterCount) / norm;
        vectors[^1] = new double[ParameterCount];
        for (int e = 0; e < ParameterCount; e++)
        {
            vectors[^1][e] = previous[e] * scale;
        }

        return Directions.FromVectors(vectors);
    }

    /// <inheritdoc/>
    public ForwardStepReport Step(Span<double> parameters, Directions directions, double loss, ReadOnlySpan<double> g, double[,] h, Func<double[], double>? lossAt = null)
    {
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(h);
        int k = DirectionCount;
        if (parameters.Length != ParameterCount)
        {
            throw new ArgumentException($"The parameter vector has {parameters.Length} elements; this optimizer was built for {ParameterCount}.", nameof(parameters));
        }

        if (directions.K != k || directions.Dimension != ParameterCount)
        {
            throw new ArgumentException($"Expected {k} directions of length {ParameterCount}; got {directions.K} of length {directions.Dimension}.", nameof(directions));
        }

        if (g.Length != k || h.GetLength(0) != k || h.GetLength(1) != k)
        {
            throw new ArgumentException($"Expected g of length {k} and H̃ of {k}×{k}; got {g.Length} and {h.GetLength(0)}×{h.GetLength(1)}.", nameof(g));
        }

        if (!double.IsFinite(loss) || !VectorOperations.AllFinite(g) || (UsesCurvature && !VectorOperations.AllFinite(h)))
        {
            throw new ArgumentException("The loss, g and H̃ must be finite.", nameof(loss));
        }

        if (Options.Backtracking && lossAt is null)
        {
            throw new ArgumentNullException(nameof(lossAt), "Backtracking needs the loss at trial points.");
        }

        long t = State.Count + 1;
        double rate = ScheduledRate.At(Options.LearningRate, Options.Schedule, t);
        (double[] kappa, double smallest, double largest, bool repaired) = Coefficients(g, h);

        var scaled = new double[k];
        for (int i = 0; i < k; i++)
        {
            scaled[i] = rate * kappa[i];
        }

        Accumulate(directions, scaled, _update);
        double norm = VectorOperations.Norm(_update);
        bool clipped = false;
        double scale = 1.0;
        if (norm > Options.MaxUpdateNorm && double.IsFinite(norm))
        {
            scale = Options.MaxUpdateNorm / norm;
            clipped = true;
        }

        int halvings = 0;
        if (Options.Backtracking)
        {
            (scale, halvings) = Backtrack(parameters, g, scaled, scale, lossAt!);
        }

        if (scale == 0.0)
        {
            Array.Clear(_update);
        }
        else
        {
            for (int e = 0; e < ParameterCount; e++)
            {
                _update[e] *= scale;
                parameters[e] += _update[e];
            }
        }

        if (State.PreviousUpdate is not null)
        {
            _update.AsSpan().CopyTo(State.PreviousUpdate);
        }

        State.Count = t;
        return new ForwardStepReport(rate, kappa, smallest, largest, repaired, scale == 0.0 ? 0.0 : norm * scale, clipped, halvings);
    }

    /// <inheritdoc/>
    public void SaveState(Stream destination) =>
        OptimizerStateFile.Write<double>(destination, Kind, ParameterCount, State.Count, HyperParameters(), [], [new(PreviousUpdateName, State.PreviousUpdate)]);

    /// <inheritdoc/>
    public void LoadState(Stream source)
    {
        OptimizerStateContents<double> contents = OptimizerStateFile.Read<double>(source, Kind, ParameterCount);
        contents.RequireHyperParameters(HyperParameters());
        double[]? previous = contents.Array(PreviousUpdateName, mustExist: State.PreviousUpdate is not null);
        if (previous is not null && previous.Length != ParameterCount)
        {
            throw new InvalidDataException($"The state's previous update has {previous.Length} elements; expected {ParameterCount}.");
        }

        previous?.CopyTo(State.PreviousUpdate!, 0);
        State.Count = contents.StepCount;
    }

    private (double[] Kappa, double Smallest, double Largest, bool Repaired) Coefficients(ReadOnlySpan<double> g, double[,] h)
    {
        switch (Kind)
        {
            case OptimizerKind.Fgd:
                return ([-g[0]], double.NaN, double.NaN, false);
            case OptimizerKind.Fomoh:
            case OptimizerKind.FomohBp:
                double curvature = h[0, 0];
                return ([-g[0] / (Math.Abs(curvature) + Options.CurvatureEpsilon)], curvature, curvature, curvature < 0.0);
            default:
                HyperplaneSolution solution = HyperplaneStep.Solve(g, h, Options.Repair);
                return (solution.Coefficients, solution.SmallestEigenvalue, solution.LargestEigenvalue, solution.Repaired);
        }
    }

    // Armijo on the scale s of the (possibly clipped) update: accept L(θ + sΔ) ≤ L(θ) + 1e-4·s·(gᵀc), where gᵀc is
    // the directional derivative along Δ = Σ cᵢvᵢ. L(θ) is taken from lossAt too, not from the evaluation that gave g,
    // so both sides of the test round the same way. A step that is not a descent direction, or that fails after
    // MaxHalvings halvings, is dropped (s = 0).
    private (double Scale, int Halvings) Backtrack(ReadOnlySpan<double> parameters, ReadOnlySpan<double> g, double[] scaled, double scale, Func<double[], double> lossAt)
    {
        double slope = 0.0;
        for (int i = 0; i < g.Length; i++)
        {
            slope += g[i] * scaled[i];
        }

        if (!(slope < 0.0))
        {
            return (0.0, 0);
        }

        _trial ??= new double[ParameterCount];
        parameters.CopyTo(_trial);
        double start = lossAt(_trial);
        for (int halvings = 0; halvings <= Options.MaxHalvings; halvings++)
        {
            for (int e = 0; e < ParameterCount; e++)
            {
                _trial[e] = parameters[e] + (scale * _update[e]);
            }

            double trialLoss = lossAt(_trial);
            if (double.IsFinite(trialLoss) && trialLoss <= start + (1e-4 * scale * slope))
            {
                return (scale, halvings);
            }

            scale *= 0.5;
        }

        return (0.0, Options.MaxHalvings);
    }

    // update = Σᵢ cᵢvᵢ, regenerating the directions block by block (in parallel blocks for large n: every block
    // is computed on its own, so the result does not depend on the thread count).
    private static void Accumulate(Directions directions, double[] coefficients, double[] update)
    {
        int n = update.Length;
        int blocks = (n + Block - 1) / Block;
        void AccumulateBlock(int b)
        {
            int start = b * Block;
            int length = Math.Min(Block, n - start);
            Span<double> target = update.AsSpan(start, length);
            target.Clear();
            Span<double> v = stackalloc double[length];
            for (int i = 0; i < coefficients.Length; i++)
            {
                directions.Fill(i, start, v);
                double c = coefficients[i];
                for (int e = 0; e < length; e++)
                {
                    target[e] += c * v[e];
                }
            }
        }

        if (n < ParallelThreshold)
        {
            for (int b = 0; b < blocks; b++)
            {
                AccumulateBlock(b);
            }
        }
        else
        {
            Parallel.For(0, blocks, AccumulateBlock);
        }
    }

    private KeyValuePair<string, double>[] HyperParameters() =>
    [
        new(nameof(ForwardOptimizerOptions.LearningRate), Options.LearningRate),
        new(nameof(ForwardOptimizerOptions.Directions), DirectionCount),
        new(nameof(ForwardOptimizerOptions.DirectionMode), (double)Options.DirectionMode),
        new(nameof(ForwardOptimizerOptions.Seed), BitConverter.UInt64BitsToDouble(Options.Seed)),
        new(nameof(CurvatureRepairOptions.Enabled), Options.Repair.Enabled ? 1.0 : 0.0),
        new(nameof(CurvatureRepairOptions.RelativeFloor), Options.Repair.RelativeFloor),
        new(nameof(CurvatureRepairOptions.AbsoluteFloor), Options.Repair.AbsoluteFloor),
        new(nameof(ForwardOptimizerOptions.CurvatureEpsilon), Options.CurvatureEpsilon),
        new(nameof(ForwardOptimizerOptions.MaxUpdateNorm), Options.MaxUpdateNorm),
        new(nameof(ForwardOptimizerOptions.Backtracking), Options.Backtracking ? 1.0 : 0.0),
        new(nameof(ForwardOptimizerOptions.MaxHalvings), Options.MaxHalvings),
    ];
}
