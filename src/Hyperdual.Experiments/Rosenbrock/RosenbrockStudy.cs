using System.Diagnostics;
using Hyperdual.Minimization;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>
/// The FoMoH paper's Rosenbrock study (Cobb et al. 2024, arXiv:2408.10419) with the reference's settings,
/// on the chained N-D Rosenbrock function <c>Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)²</c>, ten seeds per method,
/// x₀ ~ N(0, I) drawn from the seed:
/// <list type="bullet">
/// <item>2-D, 1000 iterations: FGD (η = 1e-4), FoMoH (η = 1), FoMoH-2D (K = 2, η = 1), Newton-TR.</item>
/// <item>5-D, 1000 iterations: FoMoH-KD with K = 1…5 (η = 1).</item>
/// <item>10-D, 100 iterations: FoMoH-KD with K = 2…10 (η = 1) and Newton-TR.</item>
/// </list>
/// Every FoMoH-KD row runs twice: with this library's safeguards (eigenvalue repair and Armijo backtracking,
/// the defaults of <see cref="ForwardModeOptions"/>) and "unsafeguarded", with H̃ solved as it is and the full
/// step taken: the reference implementation's algorithm, so its measured outcomes (<see cref="RosenbrockReference"/>)
/// compare like for like. "Newton" is this library's trust-region Newton (the reference takes plain Newton steps
/// with η = 1); it stops early once ‖∇f‖ ≤ 1e-10, and its last loss is its final loss.
/// </summary>
public static class RosenbrockStudy
{
    /// <summary>The number of seeds per method.</summary>
    public const int SeedCount = 10;

    /// <summary>A run "succeeds" when its final loss is below this.</summary>
    public const double SuccessThreshold = 1e-6;

    /// <summary>The label suffix of a FoMoH-KD row run without the safeguards.</summary>
    public const string UnsafeguardedSuffix = " unsafeguarded";

    /// <summary>
    /// The <see cref="CounterRandom"/> stream of the start points. The forward-mode methods draw their
    /// per-iteration direction seeds from stream 0 of the same seed (<see cref="ForwardModeOptions.Seed"/>),
    /// so starts and directions are independent.
    /// </summary>
    private const ulong StartStream = 1;

    /// <summary>The methods, in study and row order: each FoMoH-KD row with safeguards, then the same without.</summary>
    public static IReadOnlyList<RosenbrockMethod> Methods { get; } = CreateMethods();

    /// <summary>The start point of a seed: x₀ ~ N(0, I) in <paramref name="dimension"/> dimensions,
    /// element e being <c>CounterRandom.Normal(seed, 1, e)</c>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The start point.</returns>
    public static double[] Start(int dimension, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        var start = new double[dimension];
        CounterRandom.FillNormal(seed, StartStream, 0, start.AsSpan());
        return start;
    }

    /// <summary>Runs the three studies: every method of <see cref="Methods"/> on seeds 0 to <see cref="SeedCount"/> − 1.</summary>
    /// <param name="rosenbrock">The chained Rosenbrock function (the built-in catalog's <c>rosenbrock</c>).</param>
    /// <returns>All runs, the summaries, the machine and the wall time.</returns>
    public static RosenbrockStudyResult Run(IScalarFunction rosenbrock)
    {
        ArgumentNullException.ThrowIfNull(rosenbrock);
        var runs = new List<StudyRun>();
        var summaries = new List<StudySummary>();
        long studyStart = Stopwatch.GetTimestamp();
        foreach (RosenbrockMethod method in Methods)
        {
            long methodStart = Stopwatch.GetTimestamp();
            var methodRuns = new List<StudyRun>();
            for (ulong seed = 0; seed < SeedCount; seed++)
            {
                MinimizationResult result = method.Run(rosenbrock, Start(method.Dimension, seed), seed);
                double[] losses = result.Trace!.Select(r => r.Value).ToArray();
                methodRuns.Add(new StudyRun(method.Study, method.Label, seed, losses, result.Reason, method.DirectionalPasses(result), result.FunctionEvaluations));
            }

            double seconds = Stopwatch.GetElapsedTime(methodStart).TotalSeconds;
            runs.AddRange(methodRuns);
            summaries.Add(Summarize(method, methodRuns, seconds));
        }

        return new RosenbrockStudyResult(Methods, runs, summaries, StudyMachine.Current(), Stopwatch.GetElapsedTime(studyStart).TotalSeconds);
    }

    /// <summary>Median, min, max, successes, non-finite and at-budget counts of the final losses, and the median costs.</summary>
    /// <param name="method">The method.</param>
    /// <param name="runs">The runs of that method.</param>
    /// <param name="seconds">The wall-clock seconds of the runs together.</param>
    /// <returns>The summary row, with the reference's outcome for the row.</returns>
    public static StudySummary Summarize(RosenbrockMethod method, IReadOnlyList<StudyRun> runs, double seconds)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one run.", nameof(runs));
        }

        // Non-finite losses sort above every finite one.
        double[] finals = runs.Select(r => r.FinalLoss).Select(v => double.IsNaN(v) ? double.PositiveInfinity : v).Order().ToArray();
        bool anyNaN = runs.Any(r => double.IsNaN(r.FinalLoss));
        return new StudySummary(
            method.Study,
            method.Label,
            finals.Length,
            Statistics.Median(finals),
            finals[0],
            anyNaN ? double.NaN : finals[^1],
            runs.Count(r => r.FinalLoss < SuccessThreshold),
            runs.Count(r => !double.IsFinite(r.FinalLoss)),
            runs.Count(r => r.Stop == StopReason.MaxIterations),
            method.DirectionalPassesPerEvaluation,
            Statistics.Median(runs.Select(r => (double)r.DirectionalPasses)),
            Statistics.Median(runs.Select(r => (double)r.ValueEvaluations)),
            seconds,
            RosenbrockReference.For(method.Study, method.Label));
    }

    private static List<RosenbrockMethod> CreateMethods()
    {
        var methods = new List<RosenbrockMethod>();
        void AddFomohKd(string study, string label, int dimension, int k, int iterations)
        {
            methods.Add(new RosenbrockMethod(study, label, dimension, RosenbrockMethodKind.FomohKd, k, 1.0, iterations, Safeguarded: true));
            methods.Add(new RosenbrockMethod(study, label + UnsafeguardedSuffix, dimension, RosenbrockMethodKind.FomohKd, k, 1.0, iterations, Safeguarded: false));
        }

        // 2-D, 1000 iterations.
        methods.Add(new RosenbrockMethod("2d", "FGD η=1e-4", 2, RosenbrockMethodKind.ForwardGradient, 1, 1e-4, 1000, Safeguarded: true));
        methods.Add(new RosenbrockMethod("2d", "FoMoH η=1", 2, RosenbrockMethodKind.Fomoh, 1, 1.0, 1000, Safeguarded: true));
        AddFomohKd("2d", "FoMoH-2D (K=2)", 2, 2, 1000);
        methods.Add(new RosenbrockMethod("2d", "Newton-TR", 2, RosenbrockMethodKind.NewtonTrustRegion, 0, 1.0, 1000, Safeguarded: true));

        // 5-D, 1000 iterations.
        for (int k = 1; k <= 5; k++)
        {
            AddFomohKd("5d", $"FoMoH-KD K={k}", 5, k, 1000);
        }

        // 10-D, 100 iterations.
        for (int k = 2; k <= 10; k++)
        {
            AddFomohKd("10d", $"FoMoH-KD K={k}", 10, k, 100);
        }

        methods.Add(new RosenbrockMethod("10d", "Newton-TR", 10, RosenbrockMethodKind.NewtonTrustRegion, 0, 1.0, 100, Safeguarded: true));
        return methods;
    }
}
