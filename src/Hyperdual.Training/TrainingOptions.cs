using Hyperdual.Data;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Tensors;

namespace Hyperdual.Training;

/// <summary>Every setting of a training run. A run is reproduced bit for bit by the same options and thread count.</summary>
public sealed record TrainingOptions
{
    /// <summary>The built-in model: <c>logreg</c>, <c>mlp</c>, <c>cnn</c> or <c>autoencoder</c>, with hidden widths where
    /// the model takes them (<c>mlp:256</c>; see <see cref="ModelFactory"/>).</summary>
    public string Model { get; init; } = "logreg";

    /// <summary>What the model is trained to do (the loss and what evaluations report); the model must serve it.</summary>
    public TrainingTask Task { get; init; } = TrainingTask.Classify;

    /// <summary>The optimizer: one of <see cref="OptimizerCatalog.Names"/>.</summary>
    public string Optimizer { get; init; } = "fomoh-kd";

    /// <summary>K, FoMoH-KD's number of directions.</summary>
    public int Directions { get; init; } = 3;

    /// <summary>Where FoMoH-KD's directions come from.</summary>
    public DirectionMode DirectionMode { get; init; } = DirectionMode.Random;

    /// <summary>The base learning rate; null: <see cref="OptimizerCatalog.DefaultLearningRate"/> of the optimizer.</summary>
    public double? LearningRate { get; init; }

    /// <summary>The learning-rate schedule.</summary>
    public ScheduleKind Schedule { get; init; } = ScheduleKind.Constant;

    /// <summary>The mini-batch size.</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>The number of steps (mini-batches).</summary>
    public long Steps { get; init; } = 1000;

    /// <summary>Evaluate on the test (or validation) set every this many steps, and after the last.</summary>
    public int EvaluateEvery { get; init; } = 100;

    /// <summary>The batch size of evaluations (does not change their result beyond float round-off). Small enough that
    /// scoring the test set never needs more memory than a step: at 2,000 the cnn's evaluation set a run's peak RSS
    /// (815 MB for FoMoH-KD and Adam alike, 590 and 640 MB at 256).</summary>
    public int EvaluationBatchSize { get; init; } = 256;

    /// <summary>The most examples a step evaluates at once; the step's numbers are means over the batch, so splitting
    /// it changes them only by rounding. Null: forward-mode evaluations use <see cref="MicroBatches.Automatic"/>
    /// and gradient evaluations the whole batch.</summary>
    public int? MicroBatch { get; init; }

    /// <summary>The most bytes one derivative evaluation's workspace may hold: each evaluation takes the largest
    /// micro-batch (dividing the batch as <see cref="MicroBatches"/> does) whose workspace, measured by
    /// <see cref="MicroBatchPlan"/> with the evaluator's own accounting, fits. Null: no budget. Given with
    /// <see cref="MicroBatch"/> it is refused (the two would choose the same thing two ways). The process also holds
    /// the data, θ and the optimizer state, which the budget does not count.</summary>
    public long? MemoryBudget { get; init; }

    /// <summary>Write a checkpoint every this many steps (0: only after the last step); needs an output folder.</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>The seed of the initial weights, the batch order and the directions.</summary>
    public ulong Seed { get; init; }

    /// <summary>The most threads the kernels use; null: every core.</summary>
    public int? Threads { get; init; }

    /// <summary>The element type of evaluations.</summary>
    public Precision Precision { get; init; } = Precision.Single;

    /// <summary>Armijo backtracking of forward-mode steps on the same mini-batch.</summary>
    public bool Backtracking { get; init; }

    /// <summary>The largest forward-mode update norm (∞: no clipping).</summary>
    public double MaxUpdateNorm { get; init; } = double.PositiveInfinity;

    /// <summary>FoMoH-KD's curvature repair on networks: every eigenvalue of H̃ raised to at least 0.3 of the largest.
    /// (The function minimisers keep 1e-8, which lets Newton converge on ill-conditioned functions; on a network's
    /// mini-batch loss a near-singular or indefinite H̃ in a random plane otherwise gives steps that raise the
    /// loss many times over.)</summary>
    public static CurvatureRepairOptions DefaultRepair { get; } = new() { RelativeFloor = 0.3 };

    /// <summary>FoMoH-KD's curvature repair (default <see cref="DefaultRepair"/>).</summary>
    public CurvatureRepairOptions Repair { get; init; } = DefaultRepair;

    /// <summary>What to do when training produces a non-finite loss, derivative or parameter.</summary>
    public DivergencePolicy OnDivergence { get; init; } = DivergencePolicy.Stop;

    /// <summary>The data set and its splits.</summary>
    public DataOptions Data { get; init; } = new();

    /// <summary>The learning rate the run uses: <see cref="LearningRate"/> or the optimizer's default.</summary>
    public double EffectiveLearningRate => LearningRate ?? OptimizerCatalog.DefaultLearningRate(Optimizer);

    /// <summary>Checks every setting; throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        OptimizerCatalog.Kind(Optimizer);
        if (!Enum.IsDefined(Task))
        {
            throw new ArgumentOutOfRangeException(nameof(Task), Task, "Unknown training task.");
        }

        ModelFactory.Check(Model, Task);

        Positive(BatchSize, nameof(BatchSize));
        Positive(Steps, nameof(Steps));
        Positive(EvaluateEvery, nameof(EvaluateEvery));
        Positive(EvaluationBatchSize, nameof(EvaluationBatchSize));
        if (CheckpointEvery < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CheckpointEvery), CheckpointEvery, "CheckpointEvery must be 0 (only at the end) or positive.");
        }

        if (MicroBatch is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MicroBatch), MicroBatch, "MicroBatch must be at least 1.");
        }

        if (MemoryBudget is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryBudget), MemoryBudget, "MemoryBudget must be at least 1 byte.");
        }

        if (MemoryBudget is not null && MicroBatch is not null)
        {
            throw new ArgumentException("Give MicroBatch or MemoryBudget, not both.", nameof(MemoryBudget));
        }

        if (Threads is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads must be at least 1.");
        }

        if (Directions < 1 || Directions > JetLayout.MaxDirections)
        {
            throw new ArgumentOutOfRangeException(nameof(Directions), Directions, $"K must lie in [1, {JetLayout.MaxDirections}].");
        }

        if (LearningRate is double rate && !(rate > 0.0 && double.IsFinite(rate)))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), rate, "The learning rate must be finite and positive.");
        }

        ArgumentNullException.ThrowIfNull(Data, nameof(Data));
        ArgumentNullException.ThrowIfNull(Repair, nameof(Repair));
        Repair.Validate();
    }

    private static void Positive(long value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
        }
    }
}
