using Hyperdual.Minimization;
using Hyperdual.Optimizers.ForwardMode;

namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>
/// One row of the Rosenbrock study: a minimiser with its settings, the study it belongs to and what one
/// evaluation of its derivative information costs.
/// </summary>
/// <param name="Study">The study: <c>2d</c>, <c>5d</c> or <c>10d</c>.</param>
/// <param name="Label">The method's label in the CSV and the tables, unique within the study.</param>
/// <param name="Dimension">n, the number of variables.</param>
/// <param name="Kind">The minimiser.</param>
/// <param name="Directions">K, the number of directions per iteration (1 for FGD and FoMoH; unused by Newton-TR).</param>
/// <param name="LearningRate">η (unused by Newton-TR).</param>
/// <param name="Iterations">The iteration budget.</param>
/// <param name="Safeguarded">FoMoH-KD: whether it runs with this library's safeguards (eigenvalue repair and Armijo
/// backtracking, the defaults of <see cref="ForwardModeOptions"/>) or without them (H̃ solved as it is and the full
/// step taken: the reference implementation's algorithm). The other methods have no such switch and are marked true.</param>
public sealed record RosenbrockMethod(
    string Study, string Label, int Dimension, RosenbrockMethodKind Kind, int Directions, double LearningRate, int Iterations, bool Safeguarded)
{
    /// <summary>
    /// Directional passes (pairs of directions evaluated: a hyper-dual evaluation of f along the pair, or the pair's
    /// share of one evaluation on K-direction jets) per evaluation of the method's derivative information, from the
    /// method's definition: FGD and FoMoH need ∇f·v and vᵀ∇²f v along one direction
    /// (1 pass); FoMoH-KD needs g̃ᵢ and H̃ᵢⱼ for every pair i ≤ j (K(K+1)/2 passes); Newton-TR needs the whole Hessian,
    /// one pass per entry of its upper triangle (n(n+1)/2 passes).
    /// </summary>
    public long DirectionalPassesPerEvaluation => Kind switch
    {
        RosenbrockMethodKind.ForwardGradient or RosenbrockMethodKind.Fomoh => 1,
        RosenbrockMethodKind.FomohKd => (long)Directions * (Directions + 1) / 2,
        _ => (long)Dimension * (Dimension + 1) / 2,
    };

    /// <summary>
    /// The directional passes a finished run spent: <see cref="DirectionalPassesPerEvaluation"/> times the number of
    /// derivative evaluations. A forward-mode method evaluates its derivatives once per iteration, and once more at
    /// the iteration where it stopped early (a non-finite value or step); Newton-TR evaluates the Hessian at the start
    /// and after every accepted step (a rejected step costs one plain value). The ‖∇f‖ the minimisers report at the
    /// end (n dual passes) is not part of the method and is not counted.
    /// </summary>
    /// <param name="result">The run's result.</param>
    /// <returns>The number of passes.</returns>
    public long DirectionalPasses(MinimizationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        long evaluations = Kind == RosenbrockMethodKind.NewtonTrustRegion
            ? result.DerivativeEvaluations
            : result.Iterations + (result.Reason == StopReason.MaxIterations ? 0 : 1);
        return evaluations * DirectionalPassesPerEvaluation;
    }

    /// <summary>Runs the method from <paramref name="start"/>, recording the loss at every iteration.</summary>
    /// <param name="function">The function to minimise.</param>
    /// <param name="start">x₀, of length <see cref="Dimension"/>.</param>
    /// <param name="seed">The seed of the random directions (forward-mode methods).</param>
    /// <returns>The result, with its trace.</returns>
    public MinimizationResult Run(IScalarFunction function, ReadOnlySpan<double> start, ulong seed)
    {
        if (Kind == RosenbrockMethodKind.NewtonTrustRegion)
        {
            return Minimizer.NewtonTrustRegion(function, start, new NewtonTrustRegionOptions { MaxIterations = Iterations, RecordTrace = true });
        }

        var options = new ForwardModeOptions
        {
            Directions = Directions,
            LearningRate = LearningRate,
            MaxIterations = Iterations,
            Seed = seed,
            RecordTrace = true,
            CurvatureRepair = Safeguarded ? new CurvatureRepairOptions() : new CurvatureRepairOptions { Enabled = false },
            Backtracking = Safeguarded,
        };
        return Kind switch
        {
            RosenbrockMethodKind.ForwardGradient => Minimizer.ForwardGradientDescent(function, start, options),
            RosenbrockMethodKind.Fomoh => Minimizer.Fomoh(function, start, options),
            _ => Minimizer.FomohKd(function, start, options),
        };
    }
}
