using System.Globalization;
using Hyperdual.Reports;

namespace Hyperdual.Experiments.Mnist;

/// <summary>
/// The MNIST study's files: <c>report.md</c> (tables and image links), <c>sweep.csv</c> (every sweep candidate),
/// <c>runs.csv</c> (every evaluation of every run), <c>summary.csv</c> (the tabulated means and deviations and seconds
/// per step), <c>study.json</c> (settings, machine, wall times, rates chosen, summaries) and per model two PNG plots of
/// the test loss (mean over seeds, shaded min–max band) against steps and against training seconds.
/// </summary>
public static class MnistReport
{
    /// <summary>The report's markdown file.</summary>
    public const string ReportFile = "report.md";

    /// <summary>Every sweep candidate.</summary>
    public const string SweepFile = "sweep.csv";

    /// <summary>Every evaluation of every run.</summary>
    public const string RunsFile = "runs.csv";

    /// <summary>The numbers of the report's result tables.</summary>
    public const string SummaryFile = "summary.csv";

    /// <summary>The settings, machine, wall times, rates chosen and summaries as JSON.</summary>
    public const string JsonFile = "study.json";

    /// <summary>The columns of <see cref="SummaryFile"/>.</summary>
    public static IReadOnlyList<string> SummaryHeader { get; } =
        ["model", "method", "learning_rate", "step", "runs", "reached", "test_loss_mean", "test_loss_std", "test_accuracy_mean", "test_accuracy_std", "seconds_per_step", "ratio_to_sgd"];

    /// <summary>The file names written for the models <c>logreg</c> and <c>cnn</c>, in the order written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = NamesFor(["logreg", "cnn"]);

    /// <summary>The file names written for <paramref name="models"/>.</summary>
    /// <param name="models">The models.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> NamesFor(IEnumerable<string> models) =>
        [ReportFile, SweepFile, RunsFile, SummaryFile, JsonFile, .. models.SelectMany(m => new[] { StepsPlot(m), SecondsPlot(m) })];

    /// <summary>The plot of a model's test loss against steps.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The file name.</returns>
    public static string StepsPlot(string model) => $"{model}-test-loss-steps.png";

    /// <summary>The plot of a model's test loss against training seconds.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The file name.</returns>
    public static string SecondsPlot(string model) => $"{model}-test-loss-seconds.png";

    /// <summary>The report's files, to be written as one set.</summary>
    /// <param name="result">The study.</param>
    /// <returns>The files, named as in <see cref="NamesFor"/> for the study's models.</returns>
    public static IReadOnlyList<ResultFile> Files(MnistStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new List<ResultFile>
        {
            ResultFile.Text(ReportFile, MnistReportMarkdown.Render(result)),
            ResultFile.Text(SweepFile, SweepCsv(result)),
            ResultFile.Text(RunsFile, RunsCsv(result)),
            ResultFile.Text(SummaryFile, SummaryCsv(result)),
            ResultFile.Text(JsonFile, MnistStudyJson.Render(result)),
        };
        foreach (MnistModelResult model in result.Models)
        {
            string title = string.Create(CultureInfo.InvariantCulture,
                $"{model.Plan.Model}, batch {model.Plan.BatchSize}: test loss, mean and min–max over seeds {string.Join(", ", model.Plan.Seeds)}");
            LossBand[] bands = [.. model.Methods.Select(m => LossBand.Of(m.Label, [.. model.TestRuns.Where(r => r.Label == m.Label)]))];
            files.Add(ResultFile.Bytes(StepsPlot(model.Plan.Model), LinePlot.RenderPng(title, "step", "test loss", [.. bands.Select(b => Series(b, bySeconds: false))], logY: false, width: 1100, legendOutside: true)));
            files.Add(ResultFile.Bytes(SecondsPlot(model.Plan.Model), LinePlot.RenderPng(title, "training seconds, evaluations excluded (mean over seeds)", "test loss", [.. bands.Select(b => Series(b, bySeconds: true))], logY: false, width: 1100, legendOutside: true)));
        }

        return files;
    }

    /// <summary>A band as a plot series: the mean line with the min–max shaded.</summary>
    /// <param name="band">The band.</param>
    /// <param name="bySeconds">Against training seconds instead of steps.</param>
    /// <returns>The series.</returns>
    public static PlotSeries Series(LossBand band, bool bySeconds)
    {
        ArgumentNullException.ThrowIfNull(band);
        IReadOnlyList<double> x = bySeconds ? band.Seconds : [.. band.Steps.Select(s => (double)s)];
        return new PlotSeries(band.Label, x, band.Mean, band.Min, band.Max);
    }

    private static string SweepCsv(MnistStudyResult result) => CsvTable.Render(
        ["model", "method", "learning_rate", "seed", "steps", "validation_loss", "validation_accuracy", "status", "chosen"],
        result.Models.SelectMany(m => m.Sweep.Select(r => (IReadOnlyList<string>)
        [
            m.Plan.Model, r.Label, CsvTable.Number(r.LearningRate), Whole(r.Seed), Whole(r.StepBudget),
            CsvTable.Number(FinalLoss(r)), CsvTable.Number(FinalAccuracy(r)), Status(r),
            IsChosen(m, r) ? "true" : "false",
        ])));

    private static string RunsCsv(MnistStudyResult result) => CsvTable.Render(
        ["model", "phase", "held_out", "method", "learning_rate", "seed", "step", "training_seconds", "loss", "accuracy", "run_status"],
        result.Models.SelectMany(m => m.Sweep.Concat(m.TestRuns)).SelectMany(r => r.Evaluations.Select(e => (IReadOnlyList<string>)
        [
            r.Model, r.Phase, r.Phase == StudyRun.SweepPhase ? "validation" : "test", r.Label, CsvTable.Number(r.LearningRate), Whole(r.Seed),
            Whole(e.Step), CsvTable.Number(e.TrainingSeconds), CsvTable.Number(e.Loss), CsvTable.Number(e.Accuracy), Status(r),
        ])));

    private static string SummaryCsv(MnistStudyResult result) => CsvTable.Render(
        SummaryHeader,
        result.Models.SelectMany(m => m.Summaries.Select(s => (IReadOnlyList<string>)
        [
            m.Plan.Model, s.Label, CsvTable.Number(s.LearningRate), Whole(s.Step), Whole(s.Runs), Whole(s.Reached),
            CsvTable.Number(s.LossMean), CsvTable.Number(s.LossStd), CsvTable.Number(s.AccuracyMean), CsvTable.Number(s.AccuracyStd),
            CsvTable.Number(m.SecondsPerStep(s.Label)), CsvTable.Number(m.RatioToSgd(s.Label)),
        ])));

    /// <summary>Whether a sweep candidate is the one its row's final runs used.</summary>
    internal static bool IsChosen(MnistModelResult model, StudyRun candidate) =>
        model.Choices.Any(c => c.Label == candidate.Label && c.Rate == candidate.LearningRate && !double.IsNaN(c.ValidationLoss));

    /// <summary>A run's outcome as a table cell: <c>finished</c> or <c>diverged at step N</c>.</summary>
    internal static string Status(StudyRun run) => run.Diverged ? $"diverged at step {run.DivergedAtStep}" : "finished";

    /// <summary>The run's held-out loss at its budget (NaN when it did not get there).</summary>
    internal static double FinalLoss(StudyRun run) => run.At(run.StepBudget)?.Loss ?? double.NaN;

    /// <summary>The run's held-out accuracy at its budget (NaN when it did not get there).</summary>
    internal static double FinalAccuracy(StudyRun run) => run.At(run.StepBudget)?.Accuracy ?? double.NaN;

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Whole(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
