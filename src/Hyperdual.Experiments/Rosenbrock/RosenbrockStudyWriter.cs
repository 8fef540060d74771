using System.Globalization;
using System.Text;
using Hyperdual.Minimization;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Reports;

namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>The Rosenbrock study's CSV, markdown table and PNG plots, as one result set.</summary>
public static class RosenbrockStudyWriter
{
    /// <summary>The studies, in report order.</summary>
    public static readonly string[] Studies = ["2d", "5d", "10d"];

    /// <summary>The files the study writes, in order.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["rosenbrock.csv", "rosenbrock.md", .. Studies.Select(s => $"rosenbrock-{s}.png")];

    /// <summary>The contents of <see cref="FileNames"/>.</summary>
    /// <param name="result">The study's runs and summaries.</param>
    /// <returns>The files, in the order of <see cref="FileNames"/>.</returns>
    public static IEnumerable<ResultFile> Files(RosenbrockStudyResult result)
    {
        yield return ResultFile.Text("rosenbrock.csv", CsvTable.Render(
            ["study", "method", "seed", "iteration", "loss"],
            result.Runs.SelectMany(run => run.Losses.Select((loss, iteration) => (IReadOnlyList<string>)
                [run.Study, run.Method, run.Seed.ToString(CultureInfo.InvariantCulture), iteration.ToString(CultureInfo.InvariantCulture), CsvTable.Number(loss)]))));
        yield return ResultFile.Text("rosenbrock.md", Markdown(result));
        foreach (string study in Studies)
        {
            var series = new List<PlotSeries>();
            foreach (IGrouping<string, StudyRun> method in result.Runs.Where(r => r.Study == study).GroupBy(r => r.Method))
            {
                double[] median = MedianCurve(method.ToList());
                series.Add(new PlotSeries(method.Key, Enumerable.Range(0, median.Length).Select(i => (double)i).ToArray(), median));
            }

            yield return ResultFile.Bytes($"rosenbrock-{study}.png", LinePlot.RenderPng(
                $"Rosenbrock {study.ToUpperInvariant()}: median loss over {RosenbrockStudy.SeedCount} seeds", "iteration", "loss (log scale; 0 drawn at 1e-30)", series, logY: true));
        }
    }

    /// <summary>The markdown report: one table per study, with the outcome the reference implementation (fomoh f0da7ae) reports beside ours.</summary>
    /// <param name="result">The study's runs and summaries.</param>
    /// <returns>The markdown text.</returns>
    public static string Markdown(RosenbrockStudyResult result)
    {
        var builder = new StringBuilder();
        builder.Append("# Rosenbrock study (FoMoH paper, arXiv:2408.10419)\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"Final loss over {RosenbrockStudy.SeedCount} seeds per method, x₀ ~ N(0, I) per seed; chained Rosenbrock. ");
        CurvatureRepairOptions repair = new ForwardModeOptions().CurvatureRepair;
        string absoluteFloor = repair.AbsoluteFloor > 0.0 ? string.Create(CultureInfo.InvariantCulture, $", {repair.AbsoluteFloor:0.###e0}") : string.Empty;
        builder.Append(CultureInfo.InvariantCulture, $"FoMoH-KD uses this library's defaults: eigenvalue repair max(|λ|, {repair.RelativeFloor:0.###e0}·max|λ|{absoluteFloor}) and Armijo backtracking (the reference has neither). ");
        builder.Append("Newton-TR is this library's trust-region Newton (the reference takes plain Newton steps); it stops once ‖∇f‖ ≤ 1e-10.\n");
        string[] headings = ["2-D, 1000 iterations", "5-D, 1000 iterations", "10-D, 100 iterations"];
        for (int s = 0; s < Studies.Length; s++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n## {headings[s]}\n\n");
            builder.Append(MarkdownTable.Render(
                ["method", "median", "min", "max", $"< {RosenbrockStudy.SuccessThreshold:0e0}", "non-finite", "reference implementation (fomoh f0da7ae)"],
                result.Summaries.Where(x => x.Study == Studies[s]).Select(x => (IReadOnlyList<string>)
                [
                    x.Method,
                    Format(x.Median),
                    Format(x.Min),
                    Format(x.Max),
                    $"{x.BelowThreshold}/{x.Runs}",
                    $"{x.NonFinite}/{x.Runs}",
                    string.IsNullOrEmpty(x.Reference) ? "—" : x.Reference,
                ]),
                [false, true, true, true, true, true, false]));
        }

        return builder.ToString();
    }

    /// <summary>A loss as the report prints it: three decimals in scientific notation; NaN and ±∞ as the CSV writes them.</summary>
    /// <param name="value">The loss.</param>
    /// <returns>The text.</returns>
    public static string Format(double value) => double.IsFinite(value) ? value.ToString("0.000e+00", CultureInfo.InvariantCulture) : CsvTable.Number(value);

    /// <summary>The per-iteration median over seeds (runs that stopped early hold their last loss).</summary>
    private static double[] MedianCurve(IReadOnlyList<StudyRun> runs)
    {
        int length = runs.Max(r => r.Losses.Count);
        var curve = new double[length];
        var column = new double[runs.Count];
        for (int i = 0; i < length; i++)
        {
            for (int r = 0; r < runs.Count; r++)
            {
                IReadOnlyList<double> losses = runs[r].Losses;
                double value = losses[Math.Min(i, losses.Count - 1)];
                column[r] = double.IsNaN(value) ? double.PositiveInfinity : value;
            }

            Array.Sort(column);
            int n = column.Length;
            curve[i] = n % 2 == 1 ? column[n / 2] : 0.5 * (column[(n / 2) - 1] + column[n / 2]);
        }

        return curve;
    }
}
