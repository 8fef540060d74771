using Hyperdual.Optimizers.ForwardMode;

namespace Hyperdual.Minimization;

/// <summary>Settings shared by the forward-mode methods: <see cref="Minimizer.FomohKd"/>, <see cref="Minimizer.Fomoh"/> and <see cref="Minimizer.ForwardGradientDescent"/>.</summary>
public sealed record ForwardModeOptions
{
    /// <summary>The largest <see cref="Directions"/> accepted: <see cref="HyperplaneStep.MaxDirections"/>, the limit of the
    /// hyperplane step every forward-mode method shares.</summary>
    public const int MaxDirections = HyperplaneStep.MaxDirections;

    /// <summary>The number K of random directions per step (FoMoH-KD only; K = 1 is FoMoH with the eigenvalue repair), 1 to <see cref="MaxDirections"/>. Default 2.</summary>
    public int Directions { get; init; } = 2;

    /// <summary>The learning rate η. Default 1 (the reference uses 1e-4 for FGD on 2-D Rosenbrock).</summary>
    public double LearningRate { get; init; } = 1.0;

    /// <summary>The number of steps. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// The seed of the directions: the same seed reproduces the run bit for bit. Default 0. Iteration t
    /// (0, 1, 2, …) uses the K directions <c>Directions.FromSeed(Directions.StepSeed(Seed, t), K, n)</c>:
    /// each iteration's seed is the counter-based generator's element t of stream 0 under
    /// <see cref="Seed"/>, so any iteration's directions can be regenerated on their own.
    /// </summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// FoMoH-KD: how the K×K curvature H̃ is made positive definite before solving
    /// (<see cref="HyperplaneStep"/>). Default: enabled, each eigenvalue λ → max(|λ|, 1e-8·max|λ|). With
    /// <c>Enabled = false</c> an indefinite or singular H̃ is solved as is (the reference's behaviour), which can diverge.
    /// </summary>
    public CurvatureRepairOptions CurvatureRepair { get; init; } = new();

    /// <summary>
    /// FoMoH-KD safeguard: before taking a step, halve it until the value decreases by the Armijo condition
    /// <c>f(x + t·s) ≤ f(x) + 10⁻⁴ t g̃ᵀκη</c> (at most 40 halvings, else no step). Default true. The eigenvalue
    /// repair alone cannot stop divergence: with K = n a positive-definite H̃ makes the step exactly Newton's,
    /// and full Newton steps overshoot on Rosenbrock (10-D, x₀ ~ N(0, I): final losses up to 1e5 without this,
    /// at most the starting loss with it). Set false for the reference's plain steps.
    /// </summary>
    public bool Backtracking { get; init; } = true;

    /// <summary>FoMoH (K = 1): the ε in η (∇f·v) / (|vᵀ∇²f v| + ε). Default 1e-12.</summary>
    public double CurvatureEpsilon { get; init; } = 1e-12;

    /// <summary>Stop early once f ≤ this. Default −∞ (never).</summary>
    public double TargetValue { get; init; } = double.NegativeInfinity;

    /// <summary>Record a per-iteration trace in the result. Default false.</summary>
    public bool RecordTrace { get; init; }

    /// <summary>Called with each iteration's record as the run goes (on the calling thread), e.g. for a verbose display; optional.</summary>
    public Action<IterationRecord>? OnIteration { get; init; }

    /// <summary>Refuses, before anything is allocated, a run whose state (K directions and a few n-vectors) cannot fit in memory.</summary>
    /// <param name="dimension">The number of variables n.</param>
    /// <exception cref="MemoryLimitException">It cannot fit.</exception>
    public void EnsureFits(int dimension) =>
        MemoryBudget.Ensure(8.0 * dimension * (Directions + 6), $"a {dimension}-variable forward-mode run with K = {Directions}");

    internal void Validate(bool usesDirections)
    {
        if (usesDirections && Directions is < 1 or > MaxDirections)
        {
            throw new ArgumentException($"Option Directions = {Directions} must lie in [1, {MaxDirections}].", "options");
        }

        if (!(LearningRate > 0.0) || !double.IsFinite(LearningRate))
        {
            throw new ArgumentException($"Option LearningRate = {LearningRate} must be positive and finite.", "options");
        }

        if (MaxIterations < 0)
        {
            throw new ArgumentException($"Option MaxIterations = {MaxIterations} must be ≥ 0.", "options");
        }

        if (CurvatureRepair is null)
        {
            throw new ArgumentException("Option CurvatureRepair must not be null.", "options");
        }

        CurvatureRepair.Validate();

        if (!(CurvatureEpsilon >= 0.0) || !double.IsFinite(CurvatureEpsilon))
        {
            throw new ArgumentException($"Option CurvatureEpsilon = {CurvatureEpsilon} must be finite and ≥ 0.", "options");
        }
    }
}
