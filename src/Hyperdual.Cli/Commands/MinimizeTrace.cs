using System.Globalization;
using Hyperdual.Minimization;
using Hyperdual.Minimization.Constrained;
using Hyperdual.Reports;

namespace Hyperdual.Cli.Commands;

/// <summary>The CSV text of <c>minimize --trace</c>: one row per iteration (unconstrained) or per outer iteration (constrained).</summary>
internal static class MinimizeTrace
{
    /// <summary>Columns <c>iteration, value, gradient_norm, step_norm, trust_radius, evaluations, x1…xn</c>.</summary>
    public static string Render(IReadOnlyList<IterationRecord> trace, int n)
    {
        var header = new List<string> { "iteration", "value", "gradient_norm", "step_norm", "trust_radius", "evaluations" };
        header.AddRange(Enumerable.Range(1, n).Select(i => $"x{i}"));
        return CsvTable.Render(header, trace.Select(r =>
        {
            var row = new List<string>
            {
                r.Iteration.ToString(CultureInfo.InvariantCulture),
                CsvTable.Number(r.Value),
                CsvTable.Number(r.GradientNorm),
                CsvTable.Number(r.StepNorm),
                CsvTable.Number(r.TrustRadius),
                r.FunctionEvaluations.ToString(CultureInfo.InvariantCulture),
            };
            row.AddRange(r.Point.Select(CsvTable.Number));
            return (IReadOnlyList<string>)row;
        }));
    }

    /// <summary>Columns <c>outer_iteration, value, violation, penalty, inner_iterations, inner_reason</c>.</summary>
    public static string Render(IReadOnlyList<ConstrainedIterationRecord> trace) => CsvTable.Render(
        ["outer_iteration", "value", "violation", "penalty", "inner_iterations", "inner_reason"],
        trace.Select(r => (IReadOnlyList<string>)
        [
            r.OuterIteration.ToString(CultureInfo.InvariantCulture),
            CsvTable.Number(r.Value),
            CsvTable.Number(r.Violation),
            CsvTable.Number(r.Penalty),
            r.InnerIterations.ToString(CultureInfo.InvariantCulture),
            r.InnerReason.ToString(),
        ]));
}
