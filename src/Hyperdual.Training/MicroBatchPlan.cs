using System.Numerics;
using Hyperdual.Data;
using Hyperdual.Optimizers;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training;

/// <summary>
/// The micro-batch sizes a run's evaluations use: <see cref="TrainingOptions.MicroBatch"/> when it is given; under a
/// <see cref="TrainingOptions.MemoryBudget"/>, for each kind of evaluation the run makes, the largest micro-batch whose
/// workspace estimate fits the budget; otherwise <see cref="MicroBatches.Automatic"/> for jets and the whole batch for
/// gradients. Under a budget the size is measured, with the workspace accounting the evaluators keep
/// (<see cref="Workspace{T}.PeakRentedBytes"/>): the run's own evaluator, with the run's model and loss, evaluates two
/// micro-batches of a candidate size from the first mini-batch (the whole batch for the whole size) and the peak is
/// compared with the budget. Candidates double from one example while they fit, then the sizes between the last that
/// fitted and the first that did not are bisected; a candidate that the line through the two largest fitting
/// measurements puts over the budget counts as not fitting without being evaluated. (A line through small probes alone
/// is not enough: kernels change strategy with the batch — a convolution's chunking, for one.) Every candidate is a
/// size the batch divides into (<see cref="MicroBatches.PartSize"/>).
/// </summary>
/// <param name="Jet">The micro-batch of jet evaluations (forward-mode optimizers).</param>
/// <param name="Gradient">The micro-batch of gradient evaluations (gradient optimizers and FoMoH-BP).</param>
/// <param name="JetWorkspaceBytes">The measured jet workspace peak at <paramref name="Jet"/> (null without a budget or without jets).</param>
/// <param name="GradientWorkspaceBytes">The measured gradient workspace peak at <paramref name="Gradient"/> (null without a budget or without gradients).</param>
public sealed record MicroBatchPlan(int Jet, int Gradient, long? JetWorkspaceBytes, long? GradientWorkspaceBytes)
{
    /// <summary>The plan of a run on <paramref name="data"/> (the model is built and, under a budget, probed).</summary>
    /// <param name="options">The run's settings (checked).</param>
    /// <param name="data">The data the run trains on.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The settings of a budgeted run are invalid, or not even one example fits the memory budget
    /// (<see cref="ArgumentException.ParamName"/> is <c>MemoryBudget</c>).</exception>
    public static MicroBatchPlan For(TrainingOptions options, DataSplits data)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        if (options.MemoryBudget is null)
        {
            return Unbudgeted(options);
        }

        options.Validate();

        SequentialModel model = ModelFactory.Create(options.Model, data.Train, options.Seed);
        int threads = options.Threads ?? Environment.ProcessorCount;
        return options.Precision == Precision.Double
            ? For(options, model, TaskObjective<double>.For(options.Task), new BatchLoader<double>(data.Train, options.BatchSize, options.Seed).Get(0), threads)
            : For(options, model, TaskObjective<float>.For(options.Task), new BatchLoader<float>(data.Train, options.BatchSize, options.Seed).Get(0), threads);
    }

    /// <summary>The plan of a run whose model, objective and first mini-batch already exist.</summary>
    internal static MicroBatchPlan For<T>(TrainingOptions options, IModel model, TaskObjective<T> objective, Batch<T> loaded, int threads)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (options.MemoryBudget is not long budget)
        {
            return Unbudgeted(options);
        }

        OptimizerKind kind = OptimizerCatalog.Kind(options.Optimizer);
        bool jets = OptimizerCatalog.IsForward(options.Optimizer);
        bool gradients = !jets || kind == OptimizerKind.FomohBp;
        Batch<T> batch = objective.WithTargets(loaded);
        double[] theta = model.Parameters.ValuesArray;
        long? jetBytes = null, gradientBytes = null;
        int jet = MicroBatches.Automatic(options.BatchSize), gradient = options.BatchSize;
        if (jets)
        {
            int k = kind == OptimizerKind.FomohKd ? options.Directions : 1;
            Directions directions = Directions.FromSeed(0, k, theta.Length);
            JetPairs? pairs = kind == OptimizerKind.Fgd ? JetPairs.Of(k) : null;
            long PeakOf(int examples, int microBatch)
            {
                var evaluator = new JetEvaluator<T>(model, objective.Loss, threads);
                Batch<T> part = new MicroBatches<T>().Split(batch, examples)[0];
                _ = evaluator.Evaluate(part, theta, directions, pairs, microBatch);
                return evaluator.Workspace.PeakRentedBytes;
            }

            (jet, jetBytes) = Fit(options.BatchSize, budget, "jet", PeakOf);
        }

        if (gradients)
        {
            var accumulated = new T[theta.Length];
            long PeakOf(int examples, int microBatch)
            {
                var evaluator = new BackpropEvaluator<T>(model, objective.Loss);
                Batch<T> part = new MicroBatches<T>().Split(batch, examples)[0];
                _ = evaluator.Evaluate(part, theta, accumulated, microBatch);
                return evaluator.Workspace.PeakRentedBytes;
            }

            (gradient, gradientBytes) = Fit(options.BatchSize, budget, "gradient", PeakOf);
        }

        return new MicroBatchPlan(jet, gradient, jetBytes, gradientBytes);
    }

    private static MicroBatchPlan Unbudgeted(TrainingOptions options) =>
        new(options.MicroBatch ?? MicroBatches.Automatic(options.BatchSize), options.MicroBatch ?? options.BatchSize, null, null);

    // The largest micro-batch whose measured peak fits, and that peak. peakOf(examples, microBatch): the workspace peak
    // of the first examples of the batch evaluated microBatch at a time.
    private static (int MicroBatch, long Peak) Fit(int batchSize, long budget, string what, Func<int, int, long> peakOf)
    {
        int Divided(int size) => MicroBatches.PartSize(batchSize, (batchSize + size - 1) / size);
        (int Size, long Peak) fits = (1, peakOf(Math.Min(batchSize, 2), 1)), below = (0, 0);
        if (fits.Peak > budget)
        {
            throw Refused(what, fits.Peak, budget);
        }

        int fails = batchSize + 1;
        bool Try(int size)
        {
            // Over the budget on the line through the two largest fitting sizes: not evaluated.
            if (below.Size > 0 && fits.Peak + ((double)(fits.Peak - below.Peak) / (fits.Size - below.Size) * (size - fits.Size)) > budget)
            {
                fails = size;
                return false;
            }

            long peak = size >= batchSize ? peakOf(batchSize, batchSize) : peakOf(Math.Min(batchSize, 2 * size), size);
            GC.Collect();
            if (peak > budget)
            {
                fails = size;
                return false;
            }

            (below, fits) = (fits, (size, peak));
            return true;
        }

        for (int size = Divided(Math.Min(batchSize, 2)); size > fits.Size && size < fails && Try(size); size = Divided(Math.Min(batchSize, 2 * size)))
        {
        }

        while (true)
        {
            // The part size at the middle of (fits, fails), or else the next one above fits.
            int candidate = Divided(fits.Size + ((fails - fits.Size) / 2));
            if (candidate <= fits.Size)
            {
                int fewerParts = ((batchSize + fits.Size - 1) / fits.Size) - 1;
                if (fewerParts < 1)
                {
                    return fits;
                }

                candidate = MicroBatches.PartSize(batchSize, fewerParts);
            }

            if (candidate >= fails)
            {
                return fits;
            }

            _ = Try(candidate);
        }
    }

    private static ArgumentOutOfRangeException Refused(string what, double bytes, long budget) =>
        new(nameof(TrainingOptions.MemoryBudget), budget,
            $"a {what} evaluation of one example needs about {MemoryBudget.Describe(bytes)} of workspace, more than the budget of {MemoryBudget.Describe(budget)}");
}
