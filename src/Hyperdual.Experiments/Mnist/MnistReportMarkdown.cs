using System.Globalization;
using System.Text;
using Hyperdual.Reports;

namespace Hyperdual.Experiments.Mnist;

/// <summary>The markdown of the MNIST study's report (<see cref="MnistReport.ReportFile"/>).</summary>
public static class MnistReportMarkdown
{
    /// <summary>What a cell shows for a number nobody measured (no run reached the step, or no reference row).</summary>
    public const string Missing = "–";

    /// <summary>Renders the report.</summary>
    /// <param name="result">The study.</param>
    /// <returns>The markdown text.</returns>
    public static string Render(MnistStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        MnistStudyOptions o = result.Options;
        text.Append(o.Quick ? "# MNIST study (quick variant)\n\n" : "# MNIST study\n\n");
        text.Append("FGD, FoMoH (K = 1), FoMoH-BP, FoMoH-KD (K = 2, 3, and 3 with momentum directions), backprop SGD, Adam and SOAA ");
        text.Append("on the logistic regression (`logreg`) and the FoMoH paper's CNN (`cnn`). For a given seed every method starts from the ");
        text.Append("same initial weights and sees the same mini-batches. Each method's learning rate is the best (lowest final validation loss) ");
        text.Append("of a log-spaced sweep inside the reference implementation's own sweep range, judged on a validation split carved from the ");
        text.Append("training set, never on the test set; the sweep runs train on the rest of the training set for a shorter budget than the final runs. ");
        text.Append("FoMoH also runs at the reference README's rate as its own row. The final runs train on the whole training set and are ");
        text.Append("evaluated on the test set; numbers are mean ± sample standard deviation over seeds. ");
        text.Append("A run that produced a non-finite value is recorded as diverged at its step and kept, never dropped.\n\n");

        text.Append("## Settings\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"- Data: MNIST, {result.TrainExamples} training examples for the final runs, {result.TestExamples} test examples; sweeps train on {result.SweepTrainExamples} and are judged on {result.ValidationExamples} validation examples carved (seed 0) from the training set{(o.Subset is int n ? $"; a subset of the first {n} training and test examples" : "")}.\n");
        foreach (MnistModelResult m in result.Models)
        {
            MnistModelPlan p = m.Plan;
            text.Append(CultureInfo.InvariantCulture,
                $"- `{p.Model}`: batch {p.BatchSize}; final runs {p.Steps} steps, test evaluation every {p.EvaluateEvery} steps, seeds {string.Join(", ", p.Seeds)}; sweep {p.SweepPoints} rates per method, {p.SweepSteps} steps each, seed {p.Seeds[0]}.\n");
        }

        text.Append("- Float32 evaluations, float64 parameters and optimizer state, constant learning rates, FoMoH-KD's default curvature repair (every eigenvalue of H̃ raised to at least 0.3 of the largest), divergence policy: stop the run and record it.\n");
        text.Append("- ").Append(result.Machine.MarkdownLine()).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"- Started {result.Started:yyyy-MM-dd HH:mm} UTC; wall time of the whole study {result.WallSeconds:F0} s (loading the data {result.DataSeconds:F1} s");
        foreach (MnistModelResult m in result.Models)
        {
            text.Append(CultureInfo.InvariantCulture, $"; `{m.Plan.Model}` sweep {m.SweepSeconds:F0} s, final runs {m.TestSeconds:F0} s");
        }

        text.Append(").\n");
        text.Append("- Seconds depend on the machine and on what else ran on it: compare them only as ratios within this study.\n\n");

        foreach (MnistModelResult m in result.Models)
        {
            AppendModel(text, m);
        }

        return text.ToString();
    }

    /// <summary>A mean ± std cell with four decimals, noting how many runs reached the step when some did not.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="std">The standard deviation.</param>
    /// <param name="reached">How many runs reached the step.</param>
    /// <param name="runs">How many runs there were.</param>
    /// <returns>The cell.</returns>
    public static string MeanStd(double mean, double std, int reached, int runs)
    {
        if (reached == 0)
        {
            return Missing;
        }

        string cell = string.Create(CultureInfo.InvariantCulture, $"{Fixed4(mean)} ± {Fixed4(std)}");
        return reached < runs ? string.Create(CultureInfo.InvariantCulture, $"{cell} ({reached} of {runs} runs)") : cell;
    }

    /// <summary>A number with four decimals (large ones in exponent form), or NaN/Infinity spelled out.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Fixed4(double value) =>
        !double.IsFinite(value) ? NumberFormat.Exact(value)
        : Math.Abs(value) >= 1e4 ? NumberFormat.Significant(value, 4)
        : value.ToString("F4", CultureInfo.InvariantCulture);

    /// <summary>A learning rate as the tables show it (four significant digits).</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The text.</returns>
    public static string Rate(double rate) => NumberFormat.Significant(rate, 4);

    private static void AppendModel(StringBuilder text, MnistModelResult m)
    {
        MnistModelPlan p = m.Plan;
        IReadOnlyList<long> checkpoints = p.Checkpoints;
        IReadOnlyList<RunSummary> summaries = m.Summaries;
        text.Append(CultureInfo.InvariantCulture, $"## `{p.Model}`, batch {p.BatchSize}\n\n");

        text.Append(CultureInfo.InvariantCulture, $"### Test loss and accuracy after {string.Join(", ", checkpoints)} steps (seeds {string.Join(", ", p.Seeds)})\n\n");
        var header = new List<string> { "method", "η" };
        foreach (long step in checkpoints)
        {
            header.Add($"test loss @{step}");
            header.Add($"test accuracy @{step}");
        }

        text.Append(MarkdownTable.Render(header, m.Methods.Select(method =>
        {
            var row = new List<string> { method.Label, Rate(m.Choices.Single(c => c.Label == method.Label).Rate) };
            foreach (long step in checkpoints)
            {
                RunSummary s = summaries.Single(x => x.Label == method.Label && x.Step == step);
                row.Add(MeanStd(s.LossMean, s.LossStd, s.Reached, s.Runs));
                row.Add(MeanStd(s.AccuracyMean, s.AccuracyStd, s.Reached, s.Runs));
            }

            return (IReadOnlyList<string>)row;
        }), [false, .. Enumerable.Repeat(true, header.Count - 1)]));
        text.Append('\n');

        AppendReference(text, m);
        AppendTiming(text, m);
        AppendRates(text, m);
        AppendProblems(text, m);

        text.Append(CultureInfo.InvariantCulture, $"![{p.Model}: test loss against steps]({MnistReport.StepsPlot(p.Model)})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"![{p.Model}: test loss against training seconds]({MnistReport.SecondsPlot(p.Model)})\n\n");
    }

    private static void AppendReference(StringBuilder text, MnistModelResult m)
    {
        MnistModelPlan p = m.Plan;
        int step = MnistReference.Step(p.Model);
        IReadOnlyList<MnistReference> reference = MnistReference.For(p.Model);
        text.Append(CultureInfo.InvariantCulture, $"### Against the {MnistReference.Source}, at step {step}\n\n");
        if (!p.ReachesReferenceStep)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Our final runs are not evaluated at step {step} (budget {p.Steps} steps, evaluated every {p.EvaluateEvery}); our columns show step {p.Steps} instead, so they are not like for like with the reference's.\n\n");
        }
        else if (p.Steps != step)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Our budget is {p.Steps} steps and the reference's {step}; both columns are at step {step}.\n\n");
        }

        long ours = p.ReachesReferenceStep ? step : p.Steps;
        text.Append(CultureInfo.InvariantCulture, $"Columns marked \"reference\" quote the {MnistReference.Source}; the others are ours.\n\n");
        text.Append(MarkdownTable.Render(
            ["method", "η", $"test loss @{ours}", $"test accuracy @{ours}", "η (reference)", "seeds (reference)", $"test loss @{step} (reference)", $"test accuracy @{step} (reference)"],
            m.Methods.Select(method =>
            {
                RunSummary s = RunSummary.At(method.Label, [.. m.TestRuns.Where(r => r.Label == method.Label)], ours);
                MnistReference? r = reference.FirstOrDefault(x => x.Label == method.Label);
                return (IReadOnlyList<string>)
                [
                    method.Label, Rate(s.LearningRate), MeanStd(s.LossMean, s.LossStd, s.Reached, s.Runs), MeanStd(s.AccuracyMean, s.AccuracyStd, s.Reached, s.Runs),
                    r?.LearningRate ?? Missing, r?.Seeds ?? Missing, r?.TestLoss ?? Missing, r?.TestAccuracy ?? Missing,
                ];
            }),
            [false, true, true, true, true, true, true, true]));
        text.Append('\n');
    }

    private static void AppendTiming(StringBuilder text, MnistModelResult m)
    {
        text.Append("### Seconds per step\n\n");
        text.Append("Median over the final runs of each run's median wall-clock step time, and its ratio to our own backprop SGD step in the same study.\n\n");
        text.Append(MarkdownTable.Render(
            ["method", "ms / step", "× sgd step"],
            m.Methods.Select(method => (IReadOnlyList<string>)
            [
                method.Label,
                (m.SecondsPerStep(method.Label) * 1e3).ToString("F2", CultureInfo.InvariantCulture),
                m.RatioToSgd(method.Label).ToString("F2", CultureInfo.InvariantCulture),
            ]),
            [false, true, true]));
        text.Append(CultureInfo.InvariantCulture,
            $"\nThe {MnistReference.Source}: FoMoH-KD K = 3 step over its backprop SGD step {MnistReference.StepRatio(m.Plan.Model)}.\n\n");
    }

    private static void AppendRates(StringBuilder text, MnistModelResult m)
    {
        text.Append("### Learning rates chosen\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Each swept method tried {m.Plan.SweepPoints} log-spaced rates, {m.Plan.SweepSteps} steps each (the final runs take {m.Plan.Steps}), judged by the final validation loss.\n\n");
        text.Append(MarkdownTable.Render(
            ["method", "range", "η chosen", "how", "validation loss"],
            m.Methods.Select(method =>
            {
                RateChoice c = m.Choices.Single(x => x.Label == method.Label);
                return (IReadOnlyList<string>)
                [
                    method.Label,
                    method.IsSwept ? $"{Rate(method.SweepLow)} … {Rate(method.SweepHigh)}" : Missing,
                    Rate(c.Rate), c.How, double.IsNaN(c.ValidationLoss) ? Missing : Fixed4(c.ValidationLoss),
                ];
            }),
            [false, false, true, false, true]));
        text.Append("\n#### Every sweep candidate\n\n");
        text.Append(MarkdownTable.Render(
            ["method", "η", "validation loss", "validation accuracy", "status"],
            m.Sweep.Select(r => (IReadOnlyList<string>)
            [
                r.Label, Rate(r.LearningRate), Fixed4(MnistReport.FinalLoss(r)), Fixed4(MnistReport.FinalAccuracy(r)),
                MnistReport.Status(r) + (MnistReport.IsChosen(m, r) ? ", chosen" : ""),
            ]),
            [false, true, true, true, false]));
        text.Append('\n');
    }

    private static void AppendProblems(StringBuilder text, MnistModelResult m)
    {
        StudyRun[] diverged = [.. m.Sweep.Concat(m.TestRuns).Where(r => r.Diverged)];
        text.Append("### Runs that diverged\n\n");
        if (diverged.Length == 0)
        {
            text.Append("None: every run finished its step budget with finite values.\n\n");
            return;
        }

        foreach (StudyRun r in diverged)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- {r.Phase} run {r.Label}, η {Rate(r.LearningRate)}, seed {r.Seed}: diverged at step {r.DivergedAtStep} of {r.StepBudget} ({r.DivergenceMessage}).\n");
        }

        text.Append('\n');
    }
}
