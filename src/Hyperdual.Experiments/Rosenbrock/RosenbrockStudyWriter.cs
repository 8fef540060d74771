using System.Globalization;
using System.Text;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Reports;

namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>The Rosenbrock study's CSVs, markdown report and PNG plots, as one result set.</summary>
public static class RosenbrockStudyWriter
{
    /// <summary>The studies, in report order.</summary>
    public static readonly string[] Studies = ["2d", "5d", "10d"];

    /// <summary>The studies whose unsafeguarded FoMoH-KD rows get a plot of their own (2-D has one such row and shares its plot).</summary>
    public static readonly string[] SplitStudies = ["5d", "10d"];

    /// <summary>The files the study writes, in order.</summary>
    public static readonly IReadOnlyList<string> FileNames =
    [
        "rosenbrock.csv",
        "rosenbrock.md",
        .. Studies.Select(s => $"rosenbrock-{s}.png"),
        "rosenbrock-runs.csv",
        .. SplitStudies.Select(s => $"rosenbrock-{s}-unsafeguarded.png"),
    ];

    private static readonly string[] Headings = ["2-D, 1000 iterations", "5-D, 1000 iterations", "10-D, 100 iterations"];

    /// <summary>The contents of <see cref="FileNames"/>.</summary>
    /// <param name="result">The study's runs and summaries.</param>
    /// <returns>The files, in the order of <see cref="FileNames"/>.</returns>
    public static IEnumerable<ResultFile> Files(RosenbrockStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return ResultFile.Text("rosenbrock.csv", CsvTable.Render(
            ["study", "method", "seed", "iteration", "loss"],
            result.Runs.SelectMany(run => run.Losses.Select((loss, iteration) => (IReadOnlyList<string>)
                [run.Study, run.Method, Integer(run.Seed), Integer(iteration), CsvTable.Number(loss)]))));
        yield return ResultFile.Text("rosenbrock.md", Markdown(result));
        foreach (string study in Studies)
        {
            bool split = SplitStudies.Contains(study);
            yield return Plot(result, study, split ? m => m.Safeguarded : _ => true, $"rosenbrock-{study}.png", split ? " with safeguards" : string.Empty);
        }

        yield return ResultFile.Text("rosenbrock-runs.csv", CsvTable.Render(
            ["study", "method", "seed", "stop", "last_iteration", "final_loss", "directional_passes", "value_evaluations"],
            result.Runs.Select(run => (IReadOnlyList<string>)
                [run.Study, run.Method, Integer(run.Seed), run.Stop.ToString(), Integer(run.LastIteration), CsvTable.Number(run.FinalLoss), Integer(run.DirectionalPasses), Integer(run.ValueEvaluations)])));
        foreach (string study in SplitStudies)
        {
            yield return Plot(result, study, m => !m.Safeguarded, $"rosenbrock-{study}-unsafeguarded.png", " unsafeguarded (the reference's step)");
        }
    }

    /// <summary>
    /// The markdown report: the settings, the machine and the wall time, one table per study with the reference
    /// implementation's measured outcomes beside ours, every run that diverged, and every run that stopped before
    /// its budget.
    /// </summary>
    /// <param name="result">The study's runs and summaries.</param>
    /// <returns>The markdown text.</returns>
    public static string Markdown(RosenbrockStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = new StringBuilder();
        builder.Append("# Rosenbrock study (FoMoH paper, arXiv:2408.10419)\n\n");
        AppendSettings(builder, result);
        for (int s = 0; s < Studies.Length; s++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n## {Headings[s]}\n\n");
            builder.Append(MarkdownTable.Render(
                ["method", "median", "min", "max", $"< {RosenbrockStudy.SuccessThreshold:0e0}", "non-finite", "at budget", "directional passes per evaluation", "directional passes per run (median)", "value evaluations per run (median)", "seconds (all seeds)", RosenbrockReference.Source],
                result.Summaries.Where(x => x.Study == Studies[s]).Select(x => (IReadOnlyList<string>)
                [
                    x.Method,
                    Format(x.Median),
                    Format(x.Min),
                    Format(x.Max),
                    $"{x.BelowThreshold}/{x.Runs}",
                    $"{x.NonFinite}/{x.Runs}",
                    $"{x.AtBudget}/{x.Runs}",
                    Integer(x.DirectionalPassesPerEvaluation),
                    Count(x.MedianDirectionalPasses),
                    Count(x.MedianValueEvaluations),
                    x.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
                    string.IsNullOrEmpty(x.Reference) ? "—" : x.Reference,
                ]),
                [false, true, true, true, true, true, true, true, true, true, true, false]));
        }

        AppendDiverged(builder, result);
        AppendEarlyStops(builder, result);
        return builder.ToString();
    }

    /// <summary>A loss as the report prints it: three decimals in scientific notation; NaN and ±∞ as the CSV writes them.</summary>
    /// <param name="value">The loss.</param>
    /// <returns>The text.</returns>
    public static string Format(double value) => double.IsFinite(value) ? value.ToString("0.000e+00", CultureInfo.InvariantCulture) : CsvTable.Number(value);

    private static void AppendSettings(StringBuilder builder, RosenbrockStudyResult result)
    {
        CurvatureRepairOptions repair = new();
        string absoluteFloor = repair.AbsoluteFloor > 0.0 ? string.Create(CultureInfo.InvariantCulture, $", {repair.AbsoluteFloor:0.###e0}") : string.Empty;
        builder.Append(CultureInfo.InvariantCulture, $"Final loss over {RosenbrockStudy.SeedCount} seeds per method (seeds 0–{RosenbrockStudy.SeedCount - 1}), chained Rosenbrock Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)² in float64. ");
        builder.Append("Seed s starts at x₀ ~ N(0, I) (stream 1 of the counter-based generator under s) and draws iteration t's directions v ~ N(0, I) from stream 0 (element t). ");
        builder.Append("FGD η = 1e-4, FoMoH and FoMoH-KD η = 1, as in the reference.\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"- **FoMoH-KD** rows run with this library's safeguards: eigenvalue repair max(|λ|, {repair.RelativeFloor:0.###e0}·max|λ|{absoluteFloor}) of the K×K curvature H̃, and Armijo backtracking (sufficient decrease 1e-4, the step halved until it holds, else no step).\n");
        builder.Append("- **unsafeguarded** rows are the same FoMoH-KD without either: H̃κ = −g̃ solved as it is and the full step η Σ κᵢvᵢ taken, the reference implementation's algorithm. The reference's measured outcomes stand beside these rows.\n");
        builder.Append("- **Newton-TR** is this library's trust-region Newton on the exact Hessian (the reference takes plain Newton steps with η = 1); it stops once ‖∇f‖ ≤ 1e-10.\n");
        builder.Append("- **Costs.** A directional pass is one pair of directions evaluated: a hyper-dual evaluation of f along the pair, or the pair's share of one evaluation of f on K-direction jets (how this library evaluates FoMoH-KD's pairs for K ≤ 8, all in one evaluation). Per evaluation of its derivative information FGD and FoMoH spend 1, FoMoH-KD K(K+1)/2 (one per pair i ≤ j), Newton-TR n(n+1)/2 (one per Hessian entry; it evaluates the Hessian at the start and after each accepted step). Value evaluations are plain evaluations of f: backtracking trials, trust-region candidates and the final value. The ‖∇f‖ the minimisers report at the end is not counted.\n");
        builder.Append("- **Columns.** Non-finite: runs that diverged (a value, derivative or step became NaN or infinite; such a run's final loss is NaN and sorts above every finite one). At budget: runs that used all their iterations. Seconds: wall time of the method's runs on a shared, loaded machine; compare them only as ratios within this report.\n");
        builder.Append("- **Reference.** ").Append(RosenbrockReference.Source).Append(": the FoMoH reference (SRI-CSL/fomoh f0da7ae, PyTorch 1.13.1, float32). Its 2-D and 5-D runs are one start each (torch seed 0; in 2-D x₀ = (1.5410, −0.2934)); its 10-D runs are ten seeds of torch's generator. The starts differ from this study's: compare outcomes, not seeds. Its steps are undamped, so float32 round-off changes individual seeds between its runs.\n");
        builder.Append("- **Plots.** Median loss per iteration over the seeds (log scale, 0 drawn at 1e-30) with the min–max band over the seeds still finite at that iteration; 5-D and 10-D have one plot with the safeguards and one without.\n\n");
        builder.Append(result.Machine.MarkdownLine()).Append('\n');
        builder.Append(CultureInfo.InvariantCulture, $"Wall time of the whole study: {result.WallSeconds:0.0} s.\n");
    }

    private static void AppendDiverged(StringBuilder builder, RosenbrockStudyResult result)
    {
        builder.Append("\n## Runs that diverged\n\n");
        StudyRun[] diverged = result.Runs.Where(r => r.Diverged || !double.IsFinite(r.FinalLoss)).ToArray();
        if (diverged.Length == 0)
        {
            builder.Append("None.\n");
            return;
        }

        foreach (StudyRun run in diverged)
        {
            double lastFinite = run.Losses.LastOrDefault(double.IsFinite, double.NaN);
            builder.Append(CultureInfo.InvariantCulture, $"- {run.Study} {run.Method}, seed {run.Seed}: non-finite at iteration {run.LastIteration}");
            builder.Append(double.IsFinite(lastFinite) ? $" (last finite loss {Format(lastFinite)})" : string.Empty).Append('\n');
        }
    }

    private static void AppendEarlyStops(StringBuilder builder, RosenbrockStudyResult result)
    {
        builder.Append("\n## Runs that stopped before their budget without diverging\n\n");
        StudyRun[] early = result.Runs.Where(r => !r.Diverged && r.Stop != Minimization.StopReason.MaxIterations).ToArray();
        if (early.Length == 0)
        {
            builder.Append("None.\n");
            return;
        }

        foreach (IGrouping<(string Study, string Method), StudyRun> method in early.GroupBy(r => (r.Study, r.Method)))
        {
            builder.Append(CultureInfo.InvariantCulture, $"- {method.Key.Study} {method.Key.Method}: ");
            builder.AppendJoin("; ", method.Select(r => string.Create(CultureInfo.InvariantCulture, $"seed {r.Seed} {r.Stop} at iteration {r.LastIteration} (loss {Format(r.FinalLoss)})")));
            builder.Append('\n');
        }
    }

    private static ResultFile Plot(RosenbrockStudyResult result, string study, Func<RosenbrockMethod, bool> include, string fileName, string titleSuffix)
    {
        var series = new List<PlotSeries>();
        foreach (RosenbrockMethod method in result.Methods.Where(m => m.Study == study && include(m)))
        {
            StudyRun[] runs = result.Runs.Where(r => r.Study == study && r.Method == method.Label).ToArray();
            LossBand band = LossBand.Of(runs);
            double[] iterations = Enumerable.Range(0, band.Median.Length).Select(i => (double)i).ToArray();
            series.Add(new PlotSeries(method.Label, iterations, band.Median, band.Min, band.Max));
        }

        return ResultFile.Bytes(fileName, LinePlot.RenderPng(
            $"Rosenbrock {study.ToUpperInvariant()}{titleSuffix}: median and min–max over {RosenbrockStudy.SeedCount} seeds",
            "iteration",
            "loss (log scale; 0 drawn at 1e-30)",
            series,
            logY: true,
            width: 1100,
            height: 600,
            legendOutside: true));
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Integer(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
