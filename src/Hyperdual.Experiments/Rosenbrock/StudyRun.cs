namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>One run of a study: a method on one seed, with its loss after every iteration.</summary>
/// <param name="Study">The study name, e.g. <c>2d</c>.</param>
/// <param name="Method">The method label, e.g. <c>FoMoH-KD K=3</c>.</param>
/// <param name="Seed">The seed of the start point and of the directions.</param>
/// <param name="Losses">The loss at iteration 0 (the start), 1, 2, …; shorter than the budget when a method stopped early (Newton-TR at convergence).</param>
public sealed record StudyRun(string Study, string Method, ulong Seed, IReadOnlyList<double> Losses)
{
    /// <summary>The loss at the last recorded iteration.</summary>
    public double FinalLoss => Losses[^1];
}
