using System.CommandLine;
using Hyperdual.Data;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary>The options <c>train</c> and <c>compare</c> share (model, data, budget, evaluation, threads,
/// precision, forward-mode safeguards), defined once and turned into <see cref="TrainingOptions"/>.</summary>
internal sealed class TrainingOptionSet(string defaultModel)
{
    public Option<string> Model { get; } = new("--model", "-m") { Description = $"The model: logreg, mlp or cnn (default {defaultModel}).", DefaultValueFactory = _ => defaultModel };

    public Option<int> BatchSize { get; } = new("--batch-size", "-b") { Description = "The mini-batch size.", DefaultValueFactory = _ => 1024 };

    public Option<long?> Steps { get; } = new("--steps") { Description = "The number of steps (default 1000 for train; see --epochs)." };

    public Option<int?> Epochs { get; } = new("--epochs") { Description = "Train for this many passes over the training set instead of --steps." };

    public Option<int> EvaluateEvery { get; } = new("--eval-every") { Description = "Evaluate on the test (or validation) set every this many steps.", DefaultValueFactory = _ => 100 };

    public Option<int?> Threads { get; } = new("--threads") { Description = "The most threads the kernels use (default: every core)." };

    public Option<string> Precision { get; } = new("--precision") { Description = "The evaluation precision: float32 or float64 (parameters and optimizer state are float64).", DefaultValueFactory = _ => "float32" };

    public Option<string> Schedule { get; } = new("--schedule") { Description = "The learning-rate schedule: constant or cosine.", DefaultValueFactory = _ => "constant" };

    public Option<string> DirectionMode { get; } = new("--directions") { Description = "FoMoH-KD's directions: random, or momentum (one of them the previous update).", DefaultValueFactory = _ => "random" };

    public Option<bool> Backtracking { get; } = new("--backtracking") { Description = "Armijo backtracking of forward-mode steps on the same mini-batch." };

    public Option<double?> MaxUpdateNorm { get; } = new("--max-update-norm") { Description = "Clip forward-mode updates to this norm." };

    public Option<double?> CurvatureFloor { get; } = new("--curvature-floor") { Description = "FoMoH-KD's repair: raise every eigenvalue of H̃ to at least this fraction of the largest (default 0.3 on networks)." };

    public Option<double?> CurvatureFloorAbsolute { get; } = new("--curvature-floor-absolute") { Description = "FoMoH-KD's repair: raise every eigenvalue of H̃ to at least this value, in the loss's units (default 0)." };

    public Option<string> OnDivergence { get; } = new("--on-divergence") { Description = "On a non-finite loss or update: stop, or halve (roll back one step and halve the learning rate).", DefaultValueFactory = _ => "stop" };

    public Option<string> DataSet { get; } = new("--dataset") { Description = "mnist, fashion-mnist or csv:PATH.", DefaultValueFactory = _ => "mnist" };

    public Option<string?> DataDirectory { get; } = new("--data-dir") { Description = "Where the data sets are cached (default $HYPERDUAL_DATA, else ~/.cache/hyperdual)." };

    public Option<int> Validation { get; } = new("--validation") { Description = "Carve this many examples out of train (seeded) and evaluate on them instead of the test set." };

    public Option<int?> Subset { get; } = new("--subset") { Description = "Use only the first N training examples (and at most N test examples)." };

    public IEnumerable<Option> All =>
    [
        Model, BatchSize, Steps, Epochs, EvaluateEvery, Threads, Precision, Schedule, DirectionMode, Backtracking, MaxUpdateNorm, CurvatureFloor, CurvatureFloorAbsolute, OnDivergence,
        DataSet, DataDirectory, Validation, Subset,
    ];

    /// <summary>The settings the options give, before the optimizer, K, rate and seed are filled in.</summary>
    public TrainingOptions Read(ParseResult parse, long defaultSteps)
    {
        string model = parse.GetValue(Model)!.ToLowerInvariant();
        if (!ModelFactory.Names.Contains(model))
        {
            throw new CliUserException($"--model: unknown model '{model}'; expected one of {string.Join(", ", ModelFactory.Names)}");
        }

        int batch = Positive(parse.GetValue(BatchSize), "--batch-size");
        int evaluateEvery = Positive(parse.GetValue(EvaluateEvery), "--eval-every");
        if (parse.GetValue(Steps) is long steps && parse.GetValue(Epochs) is not null)
        {
            throw new CliUserException($"--steps {steps} and --epochs: give one of them");
        }

        if (parse.GetValue(Threads) is int threads && threads < 1)
        {
            throw new CliUserException($"--threads must be at least 1, got {threads}");
        }

        if (parse.GetValue(MaxUpdateNorm) is double norm && !(norm > 0.0))
        {
            throw new CliUserException($"--max-update-norm must be positive, got {norm}");
        }

        int validation = parse.GetValue(Validation);
        if (validation < 0)
        {
            throw new CliUserException($"--validation must be 0 or positive, got {validation}");
        }

        if (parse.GetValue(Subset) is int subset && subset < 1)
        {
            throw new CliUserException($"--subset must be at least 1, got {subset}");
        }

        return new TrainingOptions
        {
            Model = model,
            BatchSize = batch,
            Steps = parse.GetValue(Steps) ?? defaultSteps,
            EvaluateEvery = evaluateEvery,
            Threads = parse.GetValue(Threads),
            Precision = Choice(parse.GetValue(Precision)!, "--precision", ("float32", Training.Precision.Single), ("float64", Training.Precision.Double)),
            Schedule = Choice(parse.GetValue(Schedule)!, "--schedule", ("constant", ScheduleKind.Constant), ("cosine", ScheduleKind.Cosine)),
            DirectionMode = Choice(parse.GetValue(DirectionMode)!, "--directions", ("random", Optimizers.ForwardMode.DirectionMode.Random), ("momentum", Optimizers.ForwardMode.DirectionMode.Momentum)),
            Backtracking = parse.GetValue(Backtracking),
            MaxUpdateNorm = parse.GetValue(MaxUpdateNorm) ?? double.PositiveInfinity,
            Repair = new CurvatureRepairOptions
            {
                RelativeFloor = parse.GetValue(CurvatureFloor) ?? TrainingOptions.DefaultRepair.RelativeFloor,
                AbsoluteFloor = parse.GetValue(CurvatureFloorAbsolute) ?? TrainingOptions.DefaultRepair.AbsoluteFloor,
            },
            OnDivergence = Choice(parse.GetValue(OnDivergence)!, "--on-divergence", ("stop", DivergencePolicy.Stop), ("halve", DivergencePolicy.Halve)),
            Data = new DataOptions
            {
                DataSet = parse.GetValue(DataSet)!,
                DataDirectory = parse.GetValue(DataDirectory),
                Validation = validation,
                Subset = parse.GetValue(Subset),
            },
        };
    }

    /// <summary>The step budget: --epochs × batches per epoch when --epochs was given, else the settings' steps.</summary>
    public TrainingOptions ApplyEpochs(ParseResult parse, TrainingOptions options, DataSplits data)
    {
        if (parse.GetValue(Epochs) is not int epochs)
        {
            return options;
        }

        if (epochs < 1)
        {
            throw new CliUserException($"--epochs must be at least 1, got {epochs}");
        }

        return options with { Steps = (long)epochs * Math.Max(1, data.Train.Count / options.BatchSize) };
    }

    /// <summary>Loads the data of <paramref name="options"/>, reporting acquisition on <paramref name="log"/>.</summary>
    public static DataSplits LoadData(TrainingOptions options, TextWriter log)
    {
        try
        {
            return DataCatalog.Load(options.Data with { Seed = options.Seed }, log);
        }
        catch (DataException e)
        {
            throw new CliUserException(e.Message);
        }
    }

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new CliUserException($"{name} must be at least 1, got {value}");

    private static T Choice<T>(string text, string name, params (string Name, T Value)[] choices)
    {
        foreach ((string choiceName, T value) in choices)
        {
            if (string.Equals(text, choiceName, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new CliUserException($"{name}: unknown value '{text}'; expected one of {string.Join(", ", choices.Select(c => c.Name))}");
    }
}
