using System.Globalization;
using System.Text;
using Hyperdual.Optimizers;
using Hyperdual.Reports;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>The SOAA study's markdown report: protocol, settings, machine, every run that diverged, and per task the
/// end-of-training table and the per-epoch tables (each cell mean ± sample standard deviation over seeds, four
/// significant digits, from <c>summary.csv</c> and <c>epoch-summary.csv</c>) with the plots.</summary>
public static class SoaaReport
{
    /// <summary>The statement every report opens with: whose protocol this is.</summary>
    public const string ProtocolStatement =
        "SOAA's paper (Vo 2024, arXiv:2410.02293) claims faster and more stable convergence than Adam under the same budget, " +
        "but does not publish its experimental settings. This study therefore uses the protocol of SOAA's closest published " +
        "ancestor, Tadam (Yang, Cho & Lee 2023): the protocol is Tadam's, not SOAA's paper's.";

    /// <summary>The digits of every number in the report's tables.</summary>
    public const int SignificantDigits = 4;

    /// <summary>The report.</summary>
    /// <param name="result">The study.</param>
    /// <returns>The markdown text.</returns>
    public static string Markdown(SoaaStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        SoaaStudyOptions o = result.Options;
        var b = new StringBuilder();
        b.Append("# SOAA against Adam and AdamW (Tadam's protocol)\n\n");
        b.Append(ProtocolStatement).Append("\n\n");
        if (o.IsQuick)
        {
            b.Append("**Quick run** (`--quick`): one seed, one learning rate, a data subset and two short epochs — it checks that the study runs end to end; its numbers are not a result.\n\n");
        }

        b.Append("## Settings\n\n");
        long steps = result.Tasks.Count == 0 ? 0 : (long)o.Epochs * result.Tasks[0].StepsPerEpoch;
        foreach ((SoaaStudyTask task, SoaaTaskData data) in o.Tasks.Zip(result.Tasks))
        {
            b.Append(CultureInfo.InvariantCulture, $"- `{task.Name}`: {task.Description}; {data.Parameters:N0} parameters; {data.TrainExamples:N0} training and {data.TestExamples:N0} test examples; {data.StepsPerEpoch} steps per epoch.\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"- Budget: {o.Epochs} epoch(s) per run at batch {SoaaStudyOptions.BatchSize}; an epoch is ⌊training examples / {SoaaStudyOptions.BatchSize}⌋ full batches of a fresh seeded shuffle (the remainder of each shuffle is not used that epoch). Tadam trains longer; the budget here is sized to the machine and is the same for every optimizer.\n");
        b.Append(CultureInfo.InvariantCulture, $"- Seeds {string.Join(", ", o.Seeds)} (initial weights and batch order; every optimizer and rate sees the same ones); learning rates {string.Join(", ", o.LearningRates.Select(SoaaStudyFiles.Rate))}, constant.\n");
        foreach (string line in OptimizerSettings(steps))
        {
            b.Append("- ").Append(line).Append('\n');
        }

        b.Append("- Data: pixels standardised with the training set's mean and standard deviation ((p/255 − mean)/std); the autoencoder reconstructs the standardised pixels with a linear output, so its MSE (the mean over all 784 outputs) is in standardised units (multiply by std² ≈ 0.095 for MNIST, 0.125 for Fashion-MNIST, to get [0, 1]-pixel units).\n");
        b.Append("- Train loss per epoch: the mean of that epoch's mini-batch losses, each at the parameters before its step (not a second pass). Test loss: the whole test set after the epoch's last step; epoch 0 is the initial weights. Seconds: wall-clock time in training steps only, evaluations excluded.\n");
        b.Append("- Statistics: mean ± sample standard deviation over seeds; plots show the mean with a min–max band over seeds. A diverged run is left out of the end-of-training statistics and counted in the `diverged` column.\n");
        b.Append("- ").Append(result.Machine.MarkdownLine()).Append('\n');
        b.Append(CultureInfo.InvariantCulture, $"- Started {result.StartedUtc:yyyy-MM-dd HH:mm} UTC; wall time {result.WallSeconds:F0} s for {result.Runs.Count} runs (data loading and evaluations included). The host may have been shared with other work, so seconds compare only within this run.\n\n");

        b.Append("## Runs that diverged or hit a budget\n\n");
        SoaaRun[] diverged = [.. result.Runs.Where(r => r.Status != SoaaRunStatus.Completed)];
        if (diverged.Length == 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"None: all {result.Runs.Count} runs completed their budget. No run has a time limit; the only budget is the epoch count.\n\n");
        }
        else
        {
            b.Append(MarkdownTable.Render(
                ["task", "optimizer", "learning rate", "seed", "steps taken", "what happened"],
                diverged.Select(r => (IReadOnlyList<string>)[r.Task, r.Optimizer, SoaaStudyFiles.Rate(r.LearningRate), r.Seed.ToString(CultureInfo.InvariantCulture), r.StepsTaken.ToString(CultureInfo.InvariantCulture), r.Message])));
            b.Append('\n');
        }

        IReadOnlyList<SoaaSummary> summaries = result.Summaries;
        IReadOnlyList<SoaaEpochSummary> epochs = result.EpochSummaries;
        foreach (SoaaStudyTask task in o.Tasks)
        {
            b.Append(CultureInfo.InvariantCulture, $"## {task.Name}: {task.Description}\n\n");
            b.Append(CultureInfo.InvariantCulture, $"### End of training\n\n");
            bool accuracy = task.Task == TrainingTask.Classify;
            string[] header = ["optimizer", "learning rate", "runs", "diverged", "epoch", $"train {task.LossName}", $"test {task.LossName}", .. accuracy ? (string[])["test accuracy"] : [], "seconds"];
            b.Append(MarkdownTable.Render(header,
                summaries.Where(s => s.Task == task.Name).Select(s => (IReadOnlyList<string>)
                [
                    s.Optimizer, SoaaStudyFiles.Rate(s.LearningRate), s.Runs.ToString(CultureInfo.InvariantCulture), s.Diverged.ToString(CultureInfo.InvariantCulture), s.Epoch.ToString(CultureInfo.InvariantCulture),
                    MeanStd(s.Final.TrainLoss), MeanStd(s.Final.TestLoss), .. accuracy ? (string[])[MeanStd(s.Final.TestAccuracy)] : [], MeanStd(s.Final.Seconds),
                ]),
                [false, true, true, true, true, true, true, .. accuracy ? (bool[])[true] : [], true]));
            b.Append('\n');
            AppendBest(b, summaries.Where(s => s.Task == task.Name).ToArray(), task);
            SoaaEpochSummary[] rows = [.. epochs.Where(e => e.Task == task.Name)];
            AppendEpochTable(b, $"### Test {task.LossName} per epoch", rows, e => e.TestLoss, fromEpoch: 0);
            AppendEpochTable(b, $"### Train {task.LossName} per epoch", rows, e => e.TrainLoss, fromEpoch: 1);
            foreach (double rate in o.LearningRates)
            {
                b.Append(CultureInfo.InvariantCulture, $"![{task.Name} lr {SoaaStudyFiles.Rate(rate)} test loss per epoch]({SoaaStudyFiles.EpochPlot(task.Name, rate, "test")})\n");
                b.Append(CultureInfo.InvariantCulture, $"![{task.Name} lr {SoaaStudyFiles.Rate(rate)} train loss per epoch]({SoaaStudyFiles.EpochPlot(task.Name, rate, "train")})\n");
                b.Append(CultureInfo.InvariantCulture, $"![{task.Name} lr {SoaaStudyFiles.Rate(rate)} against seconds]({SoaaStudyFiles.SecondsPlot(task.Name, rate)})\n\n");
            }

            b.Append(CultureInfo.InvariantCulture, $"SOAA's trust-region factor d at every step (`trust-region.csv`):\n\n![{task.Name} trust region]({SoaaStudyFiles.TrustRegionPlot(task.Name)})\n\n");
        }

        b.Append("## Files\n\n");
        b.Append("`epochs.csv` (every run's every epoch), `epoch-summary.csv` and `summary.csv` (the tables above, unrounded, with min and max), `trust-region.csv` (SOAA's d at every step of every run), `study.json` (settings, machine, every run's outcome), and the plots.\n");
        return b.ToString();
    }

    /// <summary>Each optimizer's settings in words (all but the learning rate, which the study sets).</summary>
    /// <param name="plannedSteps">SOAA's T: the run's step budget.</param>
    /// <returns>One line per optimizer.</returns>
    public static IReadOnlyList<string> OptimizerSettings(long plannedSteps)
    {
        var adam = new AdamOptions();
        var adamW = new AdamWOptions();
        var soaa = new SoaaOptions { PlannedSteps = Math.Max(1, plannedSteps) };
        SoaaOptions tadam = SoaaOptions.Tadam(Math.Max(1, plannedSteps));
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"adam: β = ({adam.Beta1}, {adam.Beta2}), ε = {adam.Epsilon:0e0}, no weight decay."),
            string.Create(CultureInfo.InvariantCulture, $"adamw: β = ({adamW.Beta1}, {adamW.Beta2}), ε = {adamW.Epsilon:0e0}, decoupled weight decay {adamW.WeightDecay}."),
            string.Create(CultureInfo.InvariantCulture, $"soaa: SOAA with Vo 2024's defaults (`SoaaOptions`): β = ({soaa.Beta1}, {soaa.Beta2}), γ = {soaa.Gamma}, ε = {soaa.Epsilon:0e0}, weight decay {soaa.WeightDecay}, d rule {soaa.TrustRegionRule}, Fisher factor {soaa.FisherScale}, T = {soaa.PlannedSteps} (the run's steps)."),
            string.Create(CultureInfo.InvariantCulture, $"soaa-tadam: SOAA with Tadam's choices (`SoaaOptions.Tadam(T)`): γ = {tadam.Gamma}, d rule {tadam.TrustRegionRule}, Fisher factor {tadam.FisherScale}, otherwise as soaa; Tadam's centred variance state is not reproduced."),
        ];
    }

    /// <summary>mean ± std at <see cref="SignificantDigits"/> digits; — where not applicable.</summary>
    /// <param name="spread">The values.</param>
    /// <returns>The cell.</returns>
    public static string MeanStd(Spread spread) => double.IsNaN(spread.Mean)
        ? "—"
        : $"{NumberFormat.Significant(spread.Mean, SignificantDigits)} ± {NumberFormat.Significant(spread.Std, SignificantDigits)}";

    private static void AppendBest(StringBuilder b, SoaaSummary[] rows, SoaaStudyTask task)
    {
        SoaaSummary[] finite = [.. rows.Where(r => double.IsFinite(r.Final.TestLoss.Mean))];
        if (finite.Length == 0)
        {
            return;
        }

        foreach (IGrouping<string, SoaaSummary> optimizer in finite.GroupBy(r => r.Optimizer))
        {
            SoaaSummary best = optimizer.MinBy(r => r.Final.TestLoss.Mean)!;
            b.Append(CultureInfo.InvariantCulture, $"- {optimizer.Key}: lowest mean test {task.LossName} {MeanStd(best.Final.TestLoss)} at learning rate {SoaaStudyFiles.Rate(best.LearningRate)}.\n");
        }

        b.Append('\n');
    }

    private static void AppendEpochTable(StringBuilder b, string title, SoaaEpochSummary[] rows, Func<SoaaEpochSummary, Spread> value, int fromEpoch)
    {
        int last = rows.Length == 0 ? -1 : rows.Max(r => r.Epoch);
        int[] columns = [.. Enumerable.Range(fromEpoch, Math.Max(0, last - fromEpoch + 1))];
        b.Append(title).Append("\n\n");
        b.Append(MarkdownTable.Render(
            ["optimizer", "learning rate", .. columns.Select(e => $"epoch {e}")],
            rows.GroupBy(r => (r.Optimizer, r.LearningRate)).Select(g => (IReadOnlyList<string>)
            [
                g.Key.Optimizer, SoaaStudyFiles.Rate(g.Key.LearningRate),
                .. columns.Select(e => g.FirstOrDefault(r => r.Epoch == e) is SoaaEpochSummary r ? MeanStd(value(r)) : "—"),
            ]),
            [false, true, .. columns.Select(_ => true)]));
        b.Append('\n');
    }
}
