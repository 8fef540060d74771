using System.Globalization;
using System.Text;
using Hyperdual.Reports;

namespace Hyperdual.Training;

/// <summary>
/// The files of a comparison: <c>compare.csv</c> (every evaluation of every run), <c>compare.md</c> (per
/// optimizer: mean ± std over seeds of the final test loss and accuracy, seconds per step and its ratio to
/// backprop SGD's when SGD ran, the derivative evaluation's share) and two PNG plots of the test loss (mean over
/// seeds) against steps and against training seconds, one line per optimizer, legend outside the data.
/// </summary>
public static class ComparisonReport
{
    /// <summary>The file names, in the order written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["compare.csv", "compare.md", "compare-test-loss-steps.png", "compare-test-loss-seconds.png"];

    /// <summary>The report's files, to be written as one set (see <see cref="ResultFolder"/>).</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The files, named as in <see cref="FileNames"/>.</returns>
    public static IReadOnlyList<ResultFile> Files(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string csv = CsvTable.Render(["optimizer", "seed", "learning_rate", "step", "training_seconds", "test_loss", "test_accuracy"],
            result.Runs.SelectMany(run => run.Result.Evaluations.Select(e => (IReadOnlyList<string>)
            [
                run.Label, run.Seed.ToString(CultureInfo.InvariantCulture), CsvTable.Number(run.Result.Options.EffectiveLearningRate),
                e.Step.ToString(CultureInfo.InvariantCulture), CsvTable.Number(e.TrainingSeconds), CsvTable.Number(e.Loss), CsvTable.Number(e.Accuracy),
            ])));
        string title = $"{result.Options.Model}, batch {result.Options.BatchSize}, mean over {result.Seeds.Count} seed{(result.Seeds.Count == 1 ? "" : "s")}";
        return
        [
            ResultFile.Text(FileNames[0], csv),
            ResultFile.Text(FileNames[1], Markdown(result)),
            ResultFile.Bytes(FileNames[2], LinePlot.RenderPng(title, "step", "test loss", MeanCurves(result, e => e.Step), logY: false, legendOutside: true)),
            ResultFile.Bytes(FileNames[3], LinePlot.RenderPng(title, "training seconds", "test loss", MeanCurves(result, e => e.TrainingSeconds), logY: false, legendOutside: true)),
        ];
    }

    /// <summary>The markdown summary table with the settings above it.</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The markdown text.</returns>
    public static string Markdown(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        IReadOnlyList<ComparisonSummary> summaries = result.Summaries;
        double sgd = summaries.FirstOrDefault(s => s.Label == "sgd")?.SecondsPerStep ?? double.NaN;
        TrainingOptions o = result.Options;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {o.Model}: {o.Steps} steps, batch {o.BatchSize}, seeds {string.Join(", ", result.Seeds)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Data: {o.Data.DataSet}; final test metrics after step {o.Steps}; mean ± sample std over seeds. ");
        text.Append("Every optimizer starts from the same weights and sees the same mini-batches for a given seed. ");
        text.Append("Seconds are medians of per-step wall-clock times; \"derivatives\" is the jet or backprop evaluation's share of the step.\n\n");
        text.Append(MarkdownTable.Render(
            ["optimizer", "η", "test loss", "test accuracy", "ms / step", "× sgd step", "derivatives"],
            summaries.Select(s => (IReadOnlyList<string>)
            [
                s.Label,
                s.LearningRate.ToString("G4", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{s.TestLossMean:F4} ± {s.TestLossStd:F4}"),
                string.Create(CultureInfo.InvariantCulture, $"{s.TestAccuracyMean:F4} ± {s.TestAccuracyStd:F4}"),
                (s.SecondsPerStep * 1e3).ToString("F2", CultureInfo.InvariantCulture),
                double.IsFinite(sgd) ? (s.SecondsPerStep / sgd).ToString("F2", CultureInfo.InvariantCulture) : "–",
                (s.DerivativeSecondsPerStep / s.SecondsPerStep).ToString("P0", CultureInfo.InvariantCulture),
            ]),
            [false, true, true, true, true, true, true]));
        return text.ToString();
    }

    // One series per optimizer: the test loss averaged over seeds at each evaluation (x from the first seed's run,
    // averaged over seeds too, so the seconds axis shows the mean time to reach each evaluation).
    private static List<PlotSeries> MeanCurves(ComparisonResult result, Func<EvaluationRecord, double> x)
    {
        var series = new List<PlotSeries>();
        foreach (string label in result.Labels)
        {
            IReadOnlyList<EvaluationRecord>[] runs = [.. result.Runs.Where(r => r.Label == label).Select(r => r.Result.Evaluations)];
            int points = runs.Min(r => r.Count);
            var xs = new double[points];
            var ys = new double[points];
            for (int p = 0; p < points; p++)
            {
                xs[p] = runs.Average(r => x(r[p]));
                ys[p] = runs.Average(r => r[p].Loss);
            }

            series.Add(new PlotSeries(label, xs, ys));
        }

        return series;
    }
}
