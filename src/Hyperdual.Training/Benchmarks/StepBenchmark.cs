using System.Diagnostics;
using Hyperdual.Data;
using Hyperdual.Tensors.Models;

namespace Hyperdual.Training.Benchmarks;

/// <summary>
/// Times whole training steps of a built-in model in float32 on a synthetic MNIST-shaped set (28×28 inputs, 10
/// classes), through the same run loop <c>train</c> uses: FoMoH-KD's step (its K directions drawn, the jet
/// evaluation of L, g, H̃, the update that regenerates the directions) or Adam's (the backprop evaluation of L, ∇L
/// and the update). Warm-up steps first, until the JIT has compiled the step's code at its optimised tier (a small
/// model's step takes milliseconds, and the runtime recompiles a method only after it has been called 30 times and
/// a delay has passed), then the median of the repeats, with the median of the evaluation alone beside it.
/// </summary>
public static class StepBenchmark
{
    /// <summary>How long the warm-up steps run at least, unless <see cref="MaxWarmUpSteps"/> come first.</summary>
    public static readonly TimeSpan DefaultWarmUp = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most warm-up steps. The warm-up must outlast tiered compilation, not only reach its call counts: after 200
    /// steps (0.2 s of a logreg step) the timed logreg backprop steps were still 1.0-1.1 ms against 0.7 ms fully
    /// optimised; a 1 s warm-up of a sub-millisecond step now runs about a thousand steps.
    /// </summary>
    public const int MaxWarmUpSteps = 5000;

    /// <summary>Measures one configuration.</summary>
    /// <param name="model">A built-in model's name.</param>
    /// <param name="method">Jet (FoMoH-KD) or backprop (Adam).</param>
    /// <param name="k">The number of directions (jet only).</param>
    /// <param name="batch">The batch size.</param>
    /// <param name="microBatch">The most examples evaluated at once (null: the whole batch, or what the budget allows).</param>
    /// <param name="memoryBudget">The workspace budget that chooses the micro-batch (<see cref="TrainingOptions.MemoryBudget"/>; null: none).</param>
    /// <param name="repeat">The timed steps.</param>
    /// <param name="warmUp">How long the untimed warm-up steps run at least (null: <see cref="DefaultWarmUp"/>); there is
    /// always at least one, and at most <see cref="MaxWarmUpSteps"/>.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentException">Not even one example fits the budget (parameter <c>MemoryBudget</c>).</exception>
    public static BenchmarkRow Run(string model, BenchmarkMethod method, int k, int batch, int? microBatch, long? memoryBudget, int repeat, TimeSpan? warmUp = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        int[] shape = ModelZoo.InputShape(model);
        ModelFlops flops = ModelFlops.Count(ModelZoo.Create(model, 0), shape);
        bool jet = method == BenchmarkMethod.Jet;
        var options = new TrainingOptions
        {
            Model = model,
            Optimizer = jet ? "fomoh-kd" : "adam",
            Directions = jet ? k : new TrainingOptions().Directions,
            BatchSize = batch,
            MicroBatch = memoryBudget is null ? microBatch ?? batch : null,
            MemoryBudget = memoryBudget,
            Steps = MaxWarmUpSteps + repeat,
            EvaluateEvery = int.MaxValue,
            EvaluationBatchSize = 1,
        };
        options.Validate();
        DataSplits data = SyntheticData(batch, shape);
        bool own = ProcessMemory.ResetPeak();
        using var done = new CancellationTokenSource();
        var steps = new StepTimes(warmUp ?? DefaultWarmUp, repeat, done);
        var run = new TrainingRun<float>(options, data, steps);
        _ = run.Run(null, null, null, done.Token);
        double count = jet ? flops.Jet(batch, k) : flops.Backprop(batch);
        return new BenchmarkRow(model, method, jet ? k : 0, batch, jet ? run.Plan.Jet : run.Plan.Gradient,
            Statistics.Median([.. steps.StepMilliseconds]), Statistics.Median([.. steps.EvaluationMilliseconds]), count,
            jet ? run.JetWorkspacePeakBytes : run.GradientWorkspacePeakBytes, ProcessMemory.PeakResidentBytes(), own,
            steps.WarmUpSteps, steps.StepMilliseconds.Count);
    }

    /// <summary>A synthetic set of <paramref name="size"/> training examples (and one test example): inputs uniform in
    /// [0, 1), labels uniform over 10 classes, from a fixed seed.</summary>
    /// <param name="size">The number of training examples.</param>
    /// <param name="sampleShape">The shape of one example.</param>
    /// <returns>The splits.</returns>
    public static DataSplits SyntheticData(int size, IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(sampleShape);
        var random = new Random(0);
        int features = sampleShape.Aggregate(1, (product, d) => product * d);
        LabelledDataSet Make(int count)
        {
            var values = new float[count * features];
            for (int e = 0; e < values.Length; e++)
            {
                values[e] = random.NextSingle();
            }

            var labels = new int[count];
            for (int r = 0; r < count; r++)
            {
                labels[r] = random.Next(10);
            }

            return new LabelledDataSet("synthetic", values, labels, sampleShape, 10);
        }

        return new DataSplits(Make(size), Make(1), null);
    }

    // The timed steps' whole and evaluation times: the steps before the warm-up has ended are not kept, and the run is
    // stopped once the timed steps are in.
    private sealed class StepTimes(TimeSpan warmUp, int repeat, CancellationTokenSource done) : ITrainingObserver
    {
        private readonly long _start = Stopwatch.GetTimestamp();

        public int WarmUpSteps { get; private set; }

        public List<double> StepMilliseconds { get; } = [];

        public List<double> EvaluationMilliseconds { get; } = [];

        public void OnStep(StepRecord record, long totalSteps)
        {
            if (WarmUpSteps == 0)
            {
                if (record.Step >= MaxWarmUpSteps || Stopwatch.GetElapsedTime(_start) >= warmUp)
                {
                    WarmUpSteps = (int)record.Step;
                }

                return;
            }

            StepMilliseconds.Add(record.Seconds * 1e3);
            EvaluationMilliseconds.Add(record.DerivativeSeconds * 1e3);
            if (StepMilliseconds.Count == repeat)
            {
                done.Cancel();
            }
        }

        public void OnEvaluation(EvaluationRecord record)
        {
        }

        public void OnMessage(string message)
        {
        }
    }
}
