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
/// gradients. The estimate (<see cref="WorkspaceEstimate"/>) comes from running the run's own evaluator, with the run's
/// model and loss, on the first mini-batch's first example and on its first <see cref="WorkspaceEstimate.ProbeExamples"/>
/// examples, whole and one at a time. The size itself is chosen by measurement, not by that line (kernels change
/// strategy with the batch — a convolution's chunking, for one — so a line through small probes can be far off):
/// micro-batch sizes double from the probe while two micro-batches of the size (or the whole batch) evaluate within
/// the budget, and the sizes between the last that fitted and the first that did not are bisected. A measurement
/// that does not fit briefly uses up to about twice the workspace of one that did.
/// </summary>
/// <param name="Jet">The micro-batch of jet evaluations (forward-mode optimizers).</param>
/// <param name="Gradient">The micro-batch of gradient evaluations (gradient optimizers and FoMoH-BP).</param>
/// <param name="JetEstimate">The jet workspace estimate the budget was checked against (null without a budget or without jets).</param>
/// <param name="GradientEstimate">The gradient workspace estimate the budget was checked against (null without a budget or without gradients).</param>
public sealed record MicroBatchPlan(int Jet, int Gradient, WorkspaceEstimate? JetEstimate, WorkspaceEstimate? GradientEstimate)
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
        int probe = Math.Min(batch.Size, WorkspaceEstimate.ProbeExamples);
        WorkspaceEstimate? jetEstimate = null, gradientEstimate = null;
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

            (jet, jetEstimate) = Fit(options.BatchSize, probe, budget, "jet", PeakOf);
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

            (gradient, gradientEstimate) = Fit(options.BatchSize, probe, budget, "gradient", PeakOf);
        }

        return new MicroBatchPlan(jet, gradient, jetEstimate, gradientEstimate);
    }

    private static MicroBatchPlan Unbudgeted(TrainingOptions options) =>
        new(options.MicroBatch ?? MicroBatches.Automatic(options.BatchSize), options.MicroBatch ?? options.BatchSize, null, null);

    // The largest micro-batch whose measured peak fits. peakOf(examples, microBatch): the workspace peak of the first
    // examples of the batch evaluated microBatch at a time. Sizes double from the probe while they fit (so a measurement
    // over the budget is at most about twice a size that fitted), then the sizes between the last that fitted and the
    // first that did not are bisected, every candidate a size the batch divides into (MicroBatches.PartSize).
    private static (int MicroBatch, WorkspaceEstimate Estimate) Fit(int batchSize, int probe, long budget, string what, Func<int, int, long> peakOf)
    {
        long Measure(int size)
        {
            long peak = size >= batchSize ? peakOf(batchSize, batchSize) : peakOf(Math.Min(batchSize, 2 * size), size);
            GC.Collect();
            return peak;
        }

        int Divided(int size) => MicroBatches.PartSize(batchSize, (batchSize + size - 1) / size);

        long one = peakOf(1, 1);
        WorkspaceEstimate estimate = WorkspaceEstimate.FromPeaks(one, probe, peakOf(probe, probe), peakOf(probe, 1));
        long smallest = Measure(1);
        if (smallest > budget)
        {
            throw Refused(what, smallest, budget);
        }

        int fits = 1, fails = batchSize + 1;
        for (int size = Divided(Math.Min(batchSize, probe)); size > fits && size < fails; size = Divided(Math.Min(batchSize, 2 * size)))
        {
            if (Measure(size) <= budget)
            {
                fits = size;
            }
            else
            {
                fails = size;
            }
        }

        while (true)
        {
            // The part size at the middle of (fits, fails), or else the next one above fits.
            int candidate = Divided(fits + ((fails - fits) / 2));
            if (candidate <= fits)
            {
                int fewerParts = ((batchSize + fits - 1) / fits) - 1;
                if (fewerParts < 1)
                {
                    return (fits, estimate);
                }

                candidate = MicroBatches.PartSize(batchSize, fewerParts);
            }

            if (candidate >= fails)
            {
                return (fits, estimate);
            }

            if (Measure(candidate) <= budget)
            {
                fits = candidate;
            }
            else
            {
                fails = candidate;
            }
        }
    }

    private static ArgumentOutOfRangeException Refused(string what, double bytes, long budget) =>
        new(nameof(TrainingOptions.MemoryBudget), budget,
            $"a {what} evaluation of one example needs about {MemoryBudget.Describe(bytes)} of workspace, more than the budget of {MemoryBudget.Describe(budget)}");
}
