using Hyperdual.Minimization;

namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>One run of a study: a method on one seed, with its loss after every iteration and how it ended.</summary>
/// <param name="Study">The study name, e.g. <c>2d</c>.</param>
/// <param name="Method">The method label, e.g. <c>FoMoH-KD K=3</c>.</param>
/// <param name="Seed">The seed of the start point and of the directions.</param>
/// <param name="Losses">The loss at iteration 0 (the start), 1, 2, …; shorter than the budget when a method stopped early (Newton-TR at convergence, any method that diverged).</param>
/// <param name="Stop">Why the minimiser stopped.</param>
/// <param name="DirectionalPasses">The directional (hyper-dual) passes the run spent (<see cref="RosenbrockMethod.DirectionalPasses"/>).</param>
/// <param name="ValueEvaluations">The plain evaluations of f the minimiser counted (backtracking trials, trust-region candidates, the final value).</param>
public sealed record StudyRun(string Study, string Method, ulong Seed, IReadOnlyList<double> Losses, StopReason Stop, long DirectionalPasses, int ValueEvaluations)
{
    /// <summary>Whether the run diverged: a value, a derivative or a step became NaN or infinite.</summary>
    public bool Diverged => Stop == StopReason.NonFinite;

    /// <summary>The iteration the run stopped at (the index of its last recorded loss).</summary>
    public int LastIteration => Losses.Count - 1;

    /// <summary>
    /// The run's final loss: the loss at the last recorded iteration, except for a run that diverged on a
    /// non-finite step, whose last recorded loss is that of the point before the step: its final point is not
    /// finite, and its final loss is NaN.
    /// </summary>
    public double FinalLoss => Diverged && double.IsFinite(Losses[^1]) ? double.NaN : Losses[^1];
}
