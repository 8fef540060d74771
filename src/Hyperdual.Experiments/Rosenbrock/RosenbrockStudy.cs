using Hyperdual.Minimization;

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
/// FoMoH-KD runs with this library's defaults: eigenvalue repair and Armijo backtracking
/// (<see cref="ForwardModeOptions"/>); the reference has neither. "Newton" is this library's
/// trust-region Newton (the reference takes plain Newton steps with η = 1); it stops early once
/// ‖∇f‖ ≤ 1e-10, and its last loss is its final loss.
/// </summary>
public static class RosenbrockStudy
{
    /// <summary>The number of seeds per method.</summary>
    public const int SeedCount = 10;

    /// <summary>A run "succeeds" when its final loss is below this.</summary>
    public const double SuccessThreshold = 1e-6;

    /// <summary>
    /// The <see cref="CounterRandom"/> stream of the start points. The forward-mode methods draw their
    /// per-iteration direction seeds from stream 0 of the same seed (<see cref="ForwardModeOptions.Seed"/>),
    /// so starts and directions are independent.
    /// </summary>
    private const ulong StartStream = 1;

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

    /// <summary>Runs the three studies.</summary>
    /// <param name="rosenbrock">The chained Rosenbrock function (the built-in catalog's <c>rosenbrock</c>).</param>
    /// <returns>All runs and the summaries.</returns>
    public static RosenbrockStudyResult Run(IScalarFunction rosenbrock)
    {
        ArgumentNullException.ThrowIfNull(rosenbrock);
        var runs = new List<StudyRun>();
        var summaries = new List<StudySummary>();

        void Add(string study, string method, int dimension, Func<double[], ulong, MinimizationResult> run, string reference = "")
        {
            var methodRuns = new List<StudyRun>();
            for (ulong seed = 0; seed < SeedCount; seed++)
            {
                MinimizationResult result = run(Start(dimension, seed), seed);
                double[] losses = result.Trace!.Select(r => r.Value).ToArray();
                methodRuns.Add(new StudyRun(study, method, seed, losses));
            }

            runs.AddRange(methodRuns);
            summaries.Add(Summarize(study, method, methodRuns, reference));
        }

        ForwardModeOptions Forward(int k, double eta, int iterations, ulong seed) => new()
        {
            Directions = k,
            LearningRate = eta,
            MaxIterations = iterations,
            Seed = seed,
            RecordTrace = true,
        };

        NewtonTrustRegionOptions Newton(int iterations) => new() { MaxIterations = iterations, RecordTrace = true };

        // 2-D, 1000 iterations.
        Add("2d", "FGD η=1e-4", 2, (x0, s) => Minimizer.ForwardGradientDescent(rosenbrock, x0, Forward(1, 1e-4, 1000, s)));
        Add("2d", "FoMoH η=1", 2, (x0, s) => Minimizer.Fomoh(rosenbrock, x0, Forward(1, 1.0, 1000, s)));
        Add("2d", "FoMoH-2D (K=2)", 2, (x0, s) => Minimizer.FomohKd(rosenbrock, x0, Forward(2, 1.0, 1000, s)));
        Add("2d", "Newton-TR", 2, (x0, _) => Minimizer.NewtonTrustRegion(rosenbrock, x0, Newton(1000)));

        // 5-D, 1000 iterations.
        for (int k = 1; k <= 5; k++)
        {
            int directions = k;
            Add("5d", $"FoMoH-KD K={k}", 5, (x0, s) => Minimizer.FomohKd(rosenbrock, x0, Forward(directions, 1.0, 1000, s)));
        }

        // 10-D, 100 iterations.
        for (int k = 2; k <= 10; k++)
        {
            int directions = k;
            string reference = k == 10 ? "NaN on one seed" : k >= 5 ? "above 1e3 on several seeds (K ≥ 5)" : string.Empty;
            Add("10d", $"FoMoH-KD K={k}", 10, (x0, s) => Minimizer.FomohKd(rosenbrock, x0, Forward(directions, 1.0, 100, s)), reference);
        }

        Add("10d", "Newton-TR", 10, (x0, _) => Minimizer.NewtonTrustRegion(rosenbrock, x0, Newton(100)));
        return new RosenbrockStudyResult(runs, summaries);
    }

    /// <summary>Median, min, max, successes and non-finite count of the final losses.</summary>
    /// <param name="study">The study name.</param>
    /// <param name="method">The method label.</param>
    /// <param name="runs">The runs of that method.</param>
    /// <param name="reference">The reference's outcome for the row, or empty.</param>
    /// <returns>The summary row.</returns>
    public static StudySummary Summarize(string study, string method, IReadOnlyList<StudyRun> runs, string reference = "")
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one run.", nameof(runs));
        }

        // Non-finite losses sort above every finite one.
        double[] finals = runs.Select(r => r.FinalLoss).Select(v => double.IsNaN(v) ? double.PositiveInfinity : v).Order().ToArray();
        int count = finals.Length;
        double median = count % 2 == 1 ? finals[count / 2] : 0.5 * (finals[(count / 2) - 1] + finals[count / 2]);
        int nonFinite = runs.Count(r => !double.IsFinite(r.FinalLoss));
        bool anyNaN = runs.Any(r => double.IsNaN(r.FinalLoss));
        return new StudySummary(
            study,
            method,
            count,
            median,
            finals[0],
            anyNaN ? double.NaN : finals[^1],
            runs.Count(r => r.FinalLoss < SuccessThreshold),
            nonFinite,
            reference);
    }
}
