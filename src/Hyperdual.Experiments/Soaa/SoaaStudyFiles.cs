using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hyperdual.Reports;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>
/// The SOAA study's result set: <c>report.md</c>, the CSV files behind every number in it (<c>epochs.csv</c>: every
/// run's every epoch; <c>epoch-summary.csv</c>; <c>summary.csv</c>; <c>trust-region.csv</c>: SOAA's d at every step),
/// <c>study.json</c> (settings, machine, wall time, every run's outcome) and the PNG plots.
/// </summary>
public static class SoaaStudyFiles
{
    /// <summary>The markdown report's file name.</summary>
    public const string Report = "report.md";

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The files a study with <paramref name="options"/> writes, in order (known before it runs).</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The file names.</returns>
    public static IReadOnlyList<string> FileNames(SoaaStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            Report, "epochs.csv", "epoch-summary.csv", "summary.csv", "trust-region.csv", "study.json",
            .. options.Tasks.SelectMany(t => options.LearningRates.SelectMany(r => (string[])[EpochPlot(t.Name, r, "test"), EpochPlot(t.Name, r, "train"), SecondsPlot(t.Name, r)])),
            .. options.Tasks.Select(t => TrustRegionPlot(t.Name)),
        ];
    }

    /// <summary>The contents of <see cref="FileNames"/>.</summary>
    /// <param name="result">The study.</param>
    /// <returns>The files.</returns>
    public static IEnumerable<ResultFile> Files(SoaaStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return ResultFile.Text(Report, SoaaReport.Markdown(result));
        yield return ResultFile.Text("epochs.csv", EpochsCsv(result));
        yield return ResultFile.Text("epoch-summary.csv", EpochSummaryCsv(result.EpochSummaries));
        yield return ResultFile.Text("summary.csv", SummaryCsv(result.Summaries));
        yield return ResultFile.Text("trust-region.csv", TrustRegionCsv(result));
        yield return ResultFile.Text("study.json", StudyJson(result));
        IReadOnlyList<SoaaEpochSummary> epochs = result.EpochSummaries;
        foreach (SoaaStudyTask task in result.Options.Tasks)
        {
            foreach (double rate in result.Options.LearningRates)
            {
                SoaaEpochSummary[] rows = [.. epochs.Where(e => e.Task == task.Name && e.LearningRate == rate)];
                foreach (string split in (string[])["test", "train"])
                {
                    yield return ResultFile.Bytes(EpochPlot(task.Name, rate, split), LinePlot.RenderPng(
                        $"{task.Name}, learning rate {Rate(rate)}: {split} loss per epoch (mean, band min–max over seeds)", "epoch", $"{split} {task.LossName} (log scale)",
                        [.. SoaaStudyOptions.Optimizers.Select(o => EpochSeries(rows.Where(r => r.Optimizer == o).ToArray(), o, split == "test"))], logY: true, width: 1000, legendOutside: true));
                }

                yield return ResultFile.Bytes(SecondsPlot(task.Name, rate), LinePlot.RenderPng(
                    $"{task.Name}, learning rate {Rate(rate)}: test loss against training time (mean, band min–max)", "training seconds (mean over seeds)", $"test {task.LossName} (log scale)",
                    [.. SoaaStudyOptions.Optimizers.Select(o => SecondsSeries(rows.Where(r => r.Optimizer == o).ToArray(), o))], logY: true, width: 1000, legendOutside: true));
            }

            yield return ResultFile.Bytes(TrustRegionPlot(task.Name), LinePlot.RenderPng(
                $"{task.Name}: SOAA's trust-region factor d per step (mean, band min–max over seeds)", "step", "d",
                [.. TrustRegionSeries(result.Runs.Where(r => r.Task == task.Name && r.TrustRegion.Count > 0).ToArray(), result.Options.LearningRates)], logY: false, width: 1000, legendOutside: true));
        }
    }

    /// <summary>A learning rate as file names and tables write it: <c>3e-4</c>, <c>1e-3</c>, <c>2.5e-3</c>.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The text.</returns>
    public static string Rate(double rate) => rate.ToString("0.###e0", CultureInfo.InvariantCulture);

    internal static string EpochPlot(string task, double rate, string split) => $"{task}-lr{Rate(rate)}-{split}.png";

    internal static string SecondsPlot(string task, double rate) => $"{task}-lr{Rate(rate)}-seconds.png";

    internal static string TrustRegionPlot(string task) => $"{task}-trust-region.png";

    // The test loss from epoch 0 (the initial weights), the train loss from epoch 1 (epoch 0 has no steps).
    private static PlotSeries EpochSeries(SoaaEpochSummary[] rows, string optimizer, bool test)
    {
        SoaaEpochSummary[] shown = test ? rows : [.. rows.Where(r => r.Epoch > 0)];
        return Band(optimizer, [.. shown.Select(r => (double)r.Epoch)], [.. shown.Select(r => test ? r.TestLoss : r.TrainLoss)]);
    }

    private static PlotSeries SecondsSeries(SoaaEpochSummary[] rows, string optimizer) =>
        Band(optimizer, [.. rows.Select(r => r.Seconds.Mean)], [.. rows.Select(r => r.TestLoss)]);

    private static PlotSeries Band(string label, double[] x, Spread[] y) =>
        new(label, x, [.. y.Select(s => s.Mean)]) { Lower = [.. y.Select(s => s.Min)], Upper = [.. y.Select(s => s.Max)] };

    private static IEnumerable<PlotSeries> TrustRegionSeries(SoaaRun[] runs, IReadOnlyList<double> rates)
    {
        foreach (IGrouping<(string Optimizer, double LearningRate), SoaaRun> group in runs.GroupBy(r => (r.Optimizer, r.LearningRate)).OrderBy(g => g.Key.Optimizer, StringComparer.Ordinal).ThenBy(g => g.Key.LearningRate))
        {
            int steps = group.Max(r => r.TrustRegion.Count);
            double[] x = new double[steps];
            var y = new Spread[steps];
            for (int s = 0; s < steps; s++)
            {
                x[s] = s + 1;
                y[s] = Spread.Of(group.Where(r => r.TrustRegion.Count > s).Select(r => r.TrustRegion[s]));
            }

            yield return Band($"{group.Key.Optimizer} lr {Rate(group.Key.LearningRate)}", x, y);
        }
    }

    private static string EpochsCsv(SoaaStudyResult result) => CsvTable.Render(
        ["task", "optimizer", "learning_rate", "seed", "status", "epoch", "step", "train_loss", "test_loss", "test_accuracy", "seconds"],
        result.Runs.SelectMany(run => run.Epochs.Select(e => (IReadOnlyList<string>)
        [
            run.Task, run.Optimizer, CsvTable.Number(run.LearningRate), Whole(run.Seed), Status(run.Status), Whole(e.Epoch), Whole(e.Step),
            Cell(e.TrainLoss), Cell(e.TestLoss), Cell(e.TestAccuracy), CsvTable.Number(e.Seconds),
        ])));

    private static string EpochSummaryCsv(IReadOnlyList<SoaaEpochSummary> rows) => CsvTable.Render(
        ["task", "optimizer", "learning_rate", "epoch", "runs", .. SpreadHeader("train_loss"), .. SpreadHeader("test_loss"), .. SpreadHeader("test_accuracy"), .. SpreadHeader("seconds")],
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.Task, r.Optimizer, CsvTable.Number(r.LearningRate), Whole(r.Epoch), Whole(r.Runs),
            .. SpreadCells(r.TrainLoss), .. SpreadCells(r.TestLoss), .. SpreadCells(r.TestAccuracy), .. SpreadCells(r.Seconds),
        ]));

    private static string SummaryCsv(IReadOnlyList<SoaaSummary> rows) => CsvTable.Render(
        ["task", "optimizer", "learning_rate", "runs", "diverged", "epoch", .. SpreadHeader("train_loss"), .. SpreadHeader("test_loss"), .. SpreadHeader("test_accuracy"), .. SpreadHeader("seconds")],
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.Task, r.Optimizer, CsvTable.Number(r.LearningRate), Whole(r.Runs), Whole(r.Diverged), Whole(r.Epoch),
            .. SpreadCells(r.Final.TrainLoss), .. SpreadCells(r.Final.TestLoss), .. SpreadCells(r.Final.TestAccuracy), .. SpreadCells(r.Final.Seconds),
        ]));

    private static string TrustRegionCsv(SoaaStudyResult result) => CsvTable.Render(
        ["task", "optimizer", "learning_rate", "seed", "step", "d"],
        result.Runs.Where(r => r.TrustRegion.Count > 0).SelectMany(run => run.TrustRegion.Select((d, i) => (IReadOnlyList<string>)
            [run.Task, run.Optimizer, CsvTable.Number(run.LearningRate), Whole(run.Seed), Whole(i + 1), CsvTable.Number(d)])));

    private static string StudyJson(SoaaStudyResult result)
    {
        SoaaStudyOptions o = result.Options;
        var document = new
        {
            study = "SOAA against Adam and AdamW, Tadam's protocol",
            protocol = SoaaReport.ProtocolStatement,
            quick = o.IsQuick,
            startedUtc = result.StartedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            wallSeconds = result.WallSeconds,
            machine = result.Machine,
            machineLine = result.Machine.MarkdownLine(),
            settings = new
            {
                batchSize = SoaaStudyOptions.BatchSize,
                epochs = o.Epochs,
                subset = o.Subset,
                seeds = o.Seeds,
                learningRates = o.LearningRates,
                optimizers = SoaaStudyOptions.Optimizers,
                optimizerSettings = SoaaReport.OptimizerSettings(result.Tasks.Count == 0 ? 1 : (long)o.Epochs * result.Tasks[0].StepsPerEpoch),
                threads = result.Machine.Threads,
            },
            tasks = o.Tasks.Zip(result.Tasks, (t, d) => new { t.Name, t.DataSet, t.Model, task = t.Task.ToString(), t.Description, d.TrainExamples, d.TestExamples, d.StepsPerEpoch, d.Parameters }),
            runs = result.Runs.Select(r => new { r.Task, r.Optimizer, r.LearningRate, r.Seed, status = Status(r.Status), r.Message, r.StepsTaken, epochsCompleted = Math.Max(0, r.Epochs.Count - 1), r.WallSeconds }),
        };
        return JsonSerializer.Serialize(document, Json) + "\n";
    }

    private static string[] SpreadHeader(string name) => [$"{name}_mean", $"{name}_std", $"{name}_min", $"{name}_max"];

    private static string[] SpreadCells(Spread s) => [Cell(s.Mean), Cell(s.Std), Cell(s.Min), Cell(s.Max)];

    // NaN (not applicable: epoch 0's train loss, a reconstruction's accuracy) is an empty cell.
    private static string Cell(double value) => double.IsNaN(value) ? string.Empty : CsvTable.Number(value);

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Whole(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Status(SoaaRunStatus status) => status == SoaaRunStatus.Completed ? "completed" : "diverged";
}
