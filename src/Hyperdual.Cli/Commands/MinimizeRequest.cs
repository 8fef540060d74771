using Hyperdual.Minimization;

namespace Hyperdual.Cli.Commands;

/// <summary>What <c>minimize</c> was asked for, as parsed: the options whose meaning depends on each other are checked by <see cref="MinimizeRun"/>.</summary>
/// <param name="Method">The <c>--method</c> value.</param>
/// <param name="Dimension">The <c>--dim</c> value, if given.</param>
/// <param name="K">The <c>--k</c> value, if given.</param>
/// <param name="LearningRate">The <c>--lr</c> value, if given.</param>
/// <param name="MaxIterations">The <c>--max-iter</c> value, if given.</param>
/// <param name="Seed">The <c>--seed</c> value.</param>
/// <param name="Start">The <c>--start</c> list, if given.</param>
/// <param name="TracePath">The <c>--trace</c> path, if given.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
/// <param name="Tolerances"><c>--gtol</c>, <c>--xtol</c>, <c>--ftol</c>.</param>
/// <param name="OnIteration">The <c>--verbose</c> line writer, if asked for.</param>
internal sealed record MinimizeRequest(string Method, int? Dimension, int? K, double? LearningRate, int? MaxIterations, ulong Seed, string? Start, string? TracePath, bool Json, MinimizeTolerances Tolerances, Action<IterationRecord>? OnIteration)
{
    /// <summary>Whether the method is one of the trust-region Newton methods (they take <c>--xtol</c> and <c>--ftol</c>).</summary>
    public bool IsNewton => Method is "newton-tr" or "newton-cg";
}
