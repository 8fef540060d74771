using System.Diagnostics;
using System.Globalization;
using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Experiments.Mnist;

/// <summary>
/// The FoMoH paper's MNIST study: for <c>logreg</c> and <c>cnn</c>, every row of <see cref="MnistMethods"/> gets its
/// learning rate from a log-spaced sweep judged on a validation split carved from the training set (or a fixed rate
/// quoted from the reference), then runs on the full training set for each seed and is evaluated on the test set.
/// Every method of a seed starts from the same weights and sees the same batches; a run that diverges is recorded
/// with the step it reached and the study goes on.
/// </summary>
public static class MnistStudy
{
    /// <summary>Runs the study.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="progress">Receives one line per run and per phase, or null.</param>
    /// <returns>The outcome.</returns>
    public static MnistStudyResult Run(MnistStudyOptions options, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var data = new DataOptions { DataSet = "mnist", DataDirectory = options.DataDirectory, Subset = options.Subset };
        DataSplits sweepData = DataCatalog.Load(data with { Validation = options.Validation }, progress);
        DataSplits testData = DataCatalog.Load(data, progress);
        double dataSeconds = clock.Elapsed.TotalSeconds;
        var models = new List<MnistModelResult>();
        foreach (MnistModelPlan plan in options.Models)
        {
            models.Add(RunModel(plan, options, sweepData, testData, progress));
        }

        return new MnistStudyResult(
            options, StudyMachine.Current(), started, clock.Elapsed.TotalSeconds, dataSeconds,
            testData.Train.Count, sweepData.Train.Count, sweepData.Validation!.Count, testData.Test.Count, models);
    }

    /// <summary>The shared settings of a model's runs: its batch size, with the sweep's or the final runs' budget.</summary>
    /// <param name="plan">The model's budgets.</param>
    /// <param name="options">The study's settings.</param>
    /// <param name="sweep">The sweep's budget (evaluated once, at the end) instead of the final runs'.</param>
    /// <returns>The settings.</returns>
    public static TrainingOptions SharedOptions(MnistModelPlan plan, MnistStudyOptions options, bool sweep)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        return new TrainingOptions
        {
            Model = plan.Model,
            BatchSize = plan.BatchSize,
            Steps = sweep ? plan.SweepSteps : plan.Steps,
            EvaluateEvery = sweep ? plan.SweepSteps : plan.EvaluateEvery,
            Data = new DataOptions { DataSet = "mnist", Subset = options.Subset, Validation = sweep ? options.Validation : 0 },
        };
    }

    private static MnistModelResult RunModel(MnistModelPlan plan, MnistStudyOptions options, DataSplits sweepData, DataSplits testData, TextWriter? progress)
    {
        IReadOnlyList<MnistMethod> methods = MnistMethods.For(plan.Model);
        TrainingOptions sweepOptions = SharedOptions(plan, options, sweep: true);
        TrainingOptions testOptions = SharedOptions(plan, options, sweep: false);
        ulong sweepSeed = plan.Seeds[0];

        var clock = Stopwatch.StartNew();
        progress?.WriteLine(FormattableString.Invariant(
            $"{plan.Model}: sweeping {plan.SweepPoints} rates per method, {plan.SweepSteps} steps each, seed {sweepSeed}, judged on {sweepData.Validation!.Count} validation examples"));
        var sweep = new List<StudyRun>();
        var choices = new List<RateChoice>();
        foreach (MnistMethod method in methods)
        {
            if (!method.IsSwept)
            {
                choices.Add(new RateChoice(method.Label, method.FixedRate!.Value, "fixed: the reference README's value", double.NaN));
                continue;
            }

            IReadOnlyList<double> rates = LogGrid.Spaced(method.SweepLow, method.SweepHigh, plan.SweepPoints);
            IReadOnlyList<StudyRun> runs = RateSweep.Run(method.Label, method.Choice, rates, sweepOptions, sweepSeed, sweepData,
                run => progress?.WriteLine(Line(run, "validation", clock.Elapsed.TotalSeconds)));
            sweep.AddRange(runs);
            StudyRun? best = RateSweep.Best(runs);
            choices.Add(best is null
                ? new RateChoice(method.Label, rates[0], "every candidate diverged: the smallest rate", double.NaN)
                : new RateChoice(method.Label, best.LearningRate, "best validation loss of the sweep", best.Final!.Loss));
        }

        double sweepSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        progress?.WriteLine(FormattableString.Invariant(
            $"{plan.Model}: final runs, {plan.Steps} steps, seeds {string.Join(", ", plan.Seeds)}, evaluated on {testData.Test.Count} test examples"));
        var testRuns = new List<StudyRun>();
        foreach (MnistMethod method in methods)
        {
            double rate = choices.Single(c => c.Label == method.Label).Rate;
            foreach (ulong seed in plan.Seeds)
            {
                StudyRun run = StudyRunner.Run(StudyRun.TestPhase, method.Label, method.Choice, rate, testOptions, seed, testData);
                testRuns.Add(run);
                progress?.WriteLine(Line(run, "test", clock.Elapsed.TotalSeconds));
            }
        }

        return new MnistModelResult(plan, methods, sweep, choices, testRuns, sweepSeconds, clock.Elapsed.TotalSeconds);
    }

    private static string Line(StudyRun run, string heldOut, double elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{run.Model} {run.Phase}  {run.Label}  η {MnistReportMarkdown.Rate(run.LearningRate)}  seed {run.Seed}: {heldOut} {run.Outcome}  ({run.WallSeconds:F1} s; {elapsed:F0} s into this phase)");
}
