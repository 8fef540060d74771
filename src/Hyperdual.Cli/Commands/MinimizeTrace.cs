using System.Globalization;
using Hyperdual.Minimization;
using Hyperdual.Minimization.Constrained;
using Hyperdual.Reports;

namespace Hyperdual.Cli.Commands;

/// <summary>The CSV text of <c>minimize --trace</c>: one row per iteration (unconstrained) or per outer iteration (constrained).</summary>
internal static class MinimizeTrace
{
    /// <summary>
    /// Columns <c>iteration, value, gradient_norm, step_norm, trust_radius, evaluations, x1…xn</c>;
    /// <c>gradient_norm</c> and <c>trust_radius</c> only when the method records them (Newton trust
    /// region), not as a column of NaN (the forward-mode methods never form the gradient or a radius).
    /// </summary>
    public static string Render(IReadOnlyList<IterationRecord> trace, int n)
    {
        bool gradient = trace.Any(r => !double.IsNaN(r.GradientNorm));
        bool radius = trace.Any(r => !double.IsNaN(r.TrustRadius));
        var header = new List<string> { "iteration", "value" };
        header.AddRange(gradient ? ["gradient_norm"] : []);
        header.Add("step_norm");
        header.AddRange(radius ? ["trust_radius"] : []);
        header.Add("evaluations");
        header.AddRange(Enumerable.Range(1, n).Select(i => $"x{i}"));
        return CsvTable.Render(header, trace.Select(r =>
        {
            var row = new List<string> { r.Iteration.ToString(CultureInfo.InvariantCulture), CsvTable.Number(r.Value) };
            row.AddRange(gradient ? [CsvTable.Number(r.GradientNorm)] : []);
            row.Add(CsvTable.Number(r.StepNorm));
            row.AddRange(radius ? [CsvTable.Number(r.TrustRadius)] : []);
            row.Add(r.FunctionEvaluations.ToString(CultureInfo.InvariantCulture));
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
