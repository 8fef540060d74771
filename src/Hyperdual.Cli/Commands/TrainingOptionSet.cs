using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Data;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Tensors;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary>The options <c>train</c> and <c>compare</c> share (model, data, budget, evaluation, threads,
/// precision, forward-mode safeguards), defined once and turned into <see cref="TrainingOptions"/>.</summary>
/// <param name="defaultModel">The command's default model.</param>
internal sealed class TrainingOptionSet(string defaultModel)
{
    public Option<string> Model { get; } = CliOptions.Choice("--model", "The model.", ModelFactory.NamesFor(TrainingTask.Classify), defaultModel);

    public Option<int> BatchSize { get; } = CliOptions.Int("--batch-size", "The mini-batch size.", 1, 1 << 24, 1024);

    public Option<int?> MicroBatch { get; } = CliOptions.OptionalInt("--micro-batch",
        $"Evaluate each mini-batch this many examples at a time, adding up the means: the same step to rounding with less memory (default: forward-mode evaluations at most {MicroBatches.AutomaticLimit} at a time, gradients whole).",
        1, 1 << 24);

    public Option<long?> MemoryBudget { get; } = CliOptions.OptionalByteSize("--memory-budget",
        "Evaluate each mini-batch in the largest micro-batches whose workspace fits this size (512M, 2G, or bytes), measured on the model before training; not with --micro-batch.",
        1);

    public Option<int?> Steps { get; } = CliOptions.OptionalInt("--steps", "The number of steps (see --epochs).", 1, int.MaxValue);

    public Option<int?> Epochs { get; } = CliOptions.OptionalInt("--epochs", "Train for this many passes over the training set instead of --steps.", 1, 1_000_000);

    public Option<int> EvaluateEvery { get; } = CliOptions.Int("--eval-every", "Evaluate on the test (or validation) set every this many steps.", 1, int.MaxValue, 100);

    public Option<int?> Threads { get; } = CliOptions.OptionalInt("--threads", "The most threads the kernels use (default: every core).", 1, 1024);

    public Option<string> Precision { get; } = CliOptions.Choice("--precision", "The evaluation precision (parameters and optimizer state are float64).", ["float32", "float64"], "float32");

    public Option<string> Schedule { get; } = CliOptions.Choice("--schedule", "The learning-rate schedule.", ["constant", "cosine"], "constant");

    public Option<string> DirectionMode { get; } = CliOptions.Choice("--directions", "FoMoH-KD's directions: random, or momentum (one of them the previous update).", ["random", "momentum"], "random");

    public Option<bool> Backtracking { get; } = new("--backtracking") { Description = "Armijo backtracking of forward-mode steps on the same mini-batch." };

    public Option<double?> MaxUpdateNorm { get; } = CliOptions.OptionalDouble("--max-update-norm", "Clip forward-mode updates to this norm.", positive: true);

    public Option<double?> CurvatureFloor { get; } = CliOptions.OptionalDouble("--curvature-floor",
        $"FoMoH-KD's repair: raise every eigenvalue of H̃ to at least this fraction of the largest, in [0, 1] (default {TrainingOptions.DefaultRepair.RelativeFloor} on networks).");

    public Option<double?> CurvatureFloorAbsolute { get; } = CliOptions.OptionalDouble("--curvature-floor-absolute",
        "FoMoH-KD's repair: raise every eigenvalue of H̃ to at least this value, in the loss's units (default 0).");

    public Option<string> OnDivergence { get; } = CliOptions.Choice("--on-divergence", "On a non-finite loss or update: stop, or halve (roll back and halve the learning rate).", ["stop", "halve"], "stop");

    public Option<string> DataSet { get; } = new("--dataset") { Description = "mnist, fashion-mnist or csv:PATH.", DefaultValueFactory = _ => "mnist" };

    public Option<string?> DataDirectory { get; } = new("--data-dir") { Description = "Where the data sets are cached (default $HYPERDUAL_DATA, else ~/.cache/hyperdual)." };

    public Option<int> Validation { get; } = CliOptions.Int("--validation", "Carve this many examples out of train (seeded) and evaluate on them instead of the test set.", 0, int.MaxValue, 0);

    public Option<int?> Subset { get; } = CliOptions.OptionalInt("--subset", "Use only the first N training examples (and at most N test examples).", 1, int.MaxValue);

    public IEnumerable<Option> All =>
    [
        Model, BatchSize, MicroBatch, MemoryBudget, Steps, Epochs, EvaluateEvery, Threads, Precision, Schedule, DirectionMode, Backtracking, MaxUpdateNorm, CurvatureFloor,
        CurvatureFloorAbsolute, OnDivergence, DataSet, DataDirectory, Validation, Subset,
    ];

    /// <summary>The settings the options give, before the optimizer, K, rate and seed are filled in.</summary>
    public TrainingOptions Read(ParseResult parse, long defaultSteps)
    {
        if (parse.GetValue(Steps) is int steps && parse.GetValue(Epochs) is not null)
        {
            throw new CliUserException($"--steps {steps} and --epochs: give one of them");
        }

        if (parse.GetValue(MicroBatch) is int microBatch && parse.GetValue(MemoryBudget) is not null)
        {
            throw new CliUserException($"--micro-batch {microBatch} and --memory-budget: give one of them");
        }

        var repair = new CurvatureRepairOptions
        {
            RelativeFloor = parse.GetValue(CurvatureFloor) ?? TrainingOptions.DefaultRepair.RelativeFloor,
            AbsoluteFloor = parse.GetValue(CurvatureFloorAbsolute) ?? TrainingOptions.DefaultRepair.AbsoluteFloor,
        };
        try
        {
            repair.Validate();
        }
        catch (ArgumentException e)
        {
            string option = e.ParamName == nameof(CurvatureRepairOptions.AbsoluteFloor) ? "--curvature-floor-absolute" : "--curvature-floor";
            throw new CliUserException($"{option}: {FirstLine(e)}");
        }

        if (parse.GetValue(DataDirectory) is string dataDirectory)
        {
            CliOutput.CheckFolder("--data-dir", dataDirectory);
        }

        return new TrainingOptions
        {
            Model = parse.GetValue(Model)!,
            BatchSize = parse.GetValue(BatchSize),
            MicroBatch = parse.GetValue(MicroBatch),
            MemoryBudget = parse.GetValue(MemoryBudget),
            Steps = parse.GetValue(Steps) ?? defaultSteps,
            EvaluateEvery = parse.GetValue(EvaluateEvery),
            Threads = parse.GetValue(Threads),
            Precision = parse.GetValue(Precision) == "float64" ? Training.Precision.Double : Training.Precision.Single,
            Schedule = parse.GetValue(Schedule) == "cosine" ? ScheduleKind.Cosine : ScheduleKind.Constant,
            DirectionMode = parse.GetValue(DirectionMode) == "momentum" ? Optimizers.ForwardMode.DirectionMode.Momentum : Optimizers.ForwardMode.DirectionMode.Random,
            Backtracking = parse.GetValue(Backtracking),
            MaxUpdateNorm = parse.GetValue(MaxUpdateNorm) ?? double.PositiveInfinity,
            Repair = repair,
            OnDivergence = parse.GetValue(OnDivergence) == "halve" ? DivergencePolicy.Halve : DivergencePolicy.Stop,
            Data = new DataOptions
            {
                DataSet = parse.GetValue(DataSet)!,
                DataDirectory = parse.GetValue(DataDirectory),
                Validation = parse.GetValue(Validation),
                Subset = parse.GetValue(Subset),
            },
        };
    }

    /// <summary>The step budget: --epochs × batches per epoch when --epochs was given, else the settings' steps.</summary>
    public TrainingOptions ApplyEpochs(ParseResult parse, TrainingOptions options, DataSplits data) =>
        parse.GetValue(Epochs) is int epochs
            ? options with { Steps = (long)epochs * Math.Max(1, data.Train.Count / options.BatchSize) }
            : options;

    /// <summary>Loads the data of <paramref name="options"/> (acquisition reported on <paramref name="log"/>) and checks
    /// that the batch fits the training set, that a run under a memory budget has a micro-batch that fits it, and, for
    /// forward-mode runs, that a jet of the micro-batch fits in memory.</summary>
    public static DataSplits LoadData(TrainingOptions options, TextWriter log, IEnumerable<TrainingOptions> runs)
    {
        DataSplits data = DataCatalog.Load(options.Data with { Seed = options.Seed }, log);
        if ((data.Validation ?? data.Test).Count == 0)
        {
            throw new CliUserException($"--dataset {options.Data.DataSet}: there are no test examples to evaluate on; give a test file or carve a validation split with --validation N");
        }

        if (options.BatchSize > data.Train.Count)
        {
            throw new CliUserException($"--batch-size {options.BatchSize}: larger than the {data.Train.Count} training examples");
        }

        int bytes = options.Precision == Training.Precision.Double ? sizeof(double) : sizeof(float);
        foreach (TrainingOptions run in runs)
        {
            MicroBatchPlan plan;
            try
            {
                plan = MicroBatchPlan.For(run, data);
            }
            catch (ArgumentException e) when (e.ParamName == nameof(TrainingOptions.MemoryBudget))
            {
                throw new CliUserException($"--memory-budget: {FirstLine(e)}");
            }

            if (run.MemoryBudget is long budget)
            {
                bool jets = OptimizerCatalog.IsForward(run.Optimizer);
                long measured = (jets ? plan.JetWorkspaceBytes : plan.GradientWorkspaceBytes) ?? 0;
                int size = jets ? plan.Jet : plan.Gradient;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"--memory-budget {Hyperdual.MemoryBudget.Describe(budget)}: {run.Optimizer} evaluates {size} of {run.BatchSize} examples at a time (measured workspace {Hyperdual.MemoryBudget.Describe(measured)})"));
            }

            if (!OptimizerCatalog.IsForward(run.Optimizer))
            {
                continue;
            }

            int examples = Math.Min(run.BatchSize, plan.Jet);
            string option = run.MicroBatch is int given ? $"--micro-batch {given}" : run.MemoryBudget is null ? "--batch-size" : "--memory-budget";
            MemoryLimits.Check(option, () => JetLayout.EnsureFits((double)examples * data.Train.FeatureLength, run.Directions, bytes));
        }

        return data;
    }

    /// <summary>The first line of an argument exception's message, without the parameter-name suffix .NET appends.</summary>
    public static string FirstLine(ArgumentException e)
    {
        string message = e.Message.Split('\n')[0];
        int suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (suffix >= 0 ? message[..suffix] : message).TrimEnd('.');
    }
}
