using System.Diagnostics;
using System.Numerics;
using Hyperdual.Data;
using Hyperdual.Optimizers;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Optimizers.LinearAlgebra;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;
using Hyperdual.Training;

namespace Hyperdual.Distributed;

/// <summary>
/// <see cref="IReplica"/> in element type <typeparamref name="T"/>: the run's model, θ and optimizer built from the
/// options exactly as a single-machine run builds them, and the seeded batch order. Forward-mode shares are
/// <c>(L, g, H̃)</c> along the step's K directions (packed lower triangle of H̃, row by row); the step is the
/// optimizer's own <see cref="IForwardOptimizer.Step"/> from those numbers, so every replica regenerates the same
/// directions from the seed and takes the same repaired hyperplane step. Backprop shares are <c>(L, ∇L)</c>.
/// </summary>
/// <typeparam name="T">The evaluation element type.</typeparam>
public sealed class Replica<T> : IReplica where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly TrainingOptions _options;
    private readonly LabelledDataSet _train;
    private readonly SequentialModel _model;
    private readonly ILoss _loss = CrossEntropyLoss.Instance;
    private readonly IOptimizer _optimizer;
    private readonly ShuffledBatches _order;
    private readonly int[] _batchIndices;
    private readonly JetEvaluator<T> _jet;
    private readonly BackpropEvaluator<T> _backprop;
    private readonly PlainEvaluator<T> _plain;
    private readonly double[] _before;

    // The buffers every step reuses: the share Evaluate returns, and for backprop the shard's gradient in T.
    private readonly double[] _share;
    private readonly T[] _gradient;

    /// <summary>Creates the replica at the options' initial weights.</summary>
    /// <param name="options">The run's settings (forward mode other than FoMoH-BP, or a gradient optimizer; no backtracking).</param>
    /// <param name="train">The training set.</param>
    /// <exception cref="ArgumentException">The settings cannot run data-parallel.</exception>
    public Replica(TrainingOptions options, LabelledDataSet train)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(train);
        DistributedSupport.Check(options);
        _options = options;
        _train = train;
        _model = ModelFactory.Create(options.Model, train, options.Seed);
        Parameters = (double[])_model.Parameters.ValuesArray.Clone();
        _optimizer = OptimizerCatalog.Create(options, Parameters.Length, 1.0);
        _order = new ShuffledBatches(train.Count, options.BatchSize, options.Seed);
        _batchIndices = new int[options.BatchSize];
        _jet = new JetEvaluator<T>(_model, _loss);
        _backprop = new BackpropEvaluator<T>(_model, _loss);
        _plain = new PlainEvaluator<T>(_model);
        _before = new double[Parameters.Length];
        if (_optimizer is IForwardOptimizer forward)
        {
            int k = forward.DirectionCount;
            ShareLength = 1 + k + (k * (k + 1) / 2);
            PayloadWidth = sizeof(double);
        }
        else
        {
            ShareLength = 1 + Parameters.Length;
            PayloadWidth = typeof(T) == typeof(double) ? sizeof(double) : sizeof(float);
        }

        _share = new double[ShareLength];
        _gradient = _optimizer is IForwardOptimizer ? [] : new T[Parameters.Length];
    }

    /// <inheritdoc/>
    public double[] Parameters { get; }

    /// <inheritdoc/>
    public int PayloadWidth { get; }

    /// <inheritdoc/>
    public int ShareLength { get; }

    /// <inheritdoc/>
    public long Step => _optimizer.StepCount;

    /// <inheritdoc/>
    public ReadOnlySpan<double> Evaluate(int start, int count)
    {
        Batch<T> shard = Shard(start, count);
        double[] values = _share;
        if (_optimizer is IForwardOptimizer forward)
        {
            Directions directions = forward.NextDirections(ReadOnlySpan<double>.Empty);
            JetPairs? pairs = forward.UsesCurvature ? null : JetPairs.Of(directions.K);
            JetEvaluation evaluation = _jet.Evaluate(shard, Parameters, directions, pairs, _options.MicroBatch ?? MicroBatches.Automatic(shard.Size));
            values[0] = evaluation.Loss;
            int k = evaluation.K;
            evaluation.G.CopyTo(values, 1);
            int p = 1 + k;
            for (int i = 0; i < k; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    values[p++] = evaluation.H[i, j];
                }
            }
        }
        else
        {
            values[0] = _backprop.Evaluate(shard, Parameters, _gradient, _options.MicroBatch ?? shard.Size);
            for (int e = 0; e < _gradient.Length; e++)
            {
                values[1 + e] = double.CreateTruncating(_gradient[e]);
            }
        }

        return values;
    }

    /// <inheritdoc/>
    public StepRecord Apply(ReadOnlySpan<double> mean)
    {
        if (mean.Length != ShareLength)
        {
            throw new ArgumentException($"The combined share has {mean.Length} values; expected {ShareLength}.", nameof(mean));
        }

        if (!VectorOperations.AllFinite(mean))
        {
            throw new NonFiniteShareException($"the combined loss or derivatives of step {Step + 1} are not finite");
        }

        long started = Stopwatch.GetTimestamp();
        long step = Step + 1;
        Parameters.CopyTo(_before, 0);
        double loss = mean[0];
        double rate;
        double smallest = double.NaN;
        double largest = double.NaN;
        bool repaired = false;
        if (_optimizer is IForwardOptimizer forward)
        {
            int k = forward.DirectionCount;
            Directions directions = forward.NextDirections(ReadOnlySpan<double>.Empty);
            double[] g = mean.Slice(1, k).ToArray();
            var h = new double[k, k];
            int p = 1 + k;
            for (int i = 0; i < k; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    h[i, j] = h[j, i] = mean[p++];
                }
            }

            ForwardStepReport report = forward.Step(Parameters, directions, loss, g, h);
            (rate, smallest, largest, repaired) = (report.LearningRate, report.SmallestEigenvalue, report.LargestEigenvalue, report.Repaired);
        }
        else
        {
            var gradientOptimizer = (IGradientOptimizer<double>)_optimizer;
            rate = gradientOptimizer.LearningRate * gradientOptimizer.Schedule.Multiplier(step);
            gradientOptimizer.Step(Parameters, mean[1..], loss);
        }

        if (!VectorOperations.AllFinite(Parameters))
        {
            throw new NonFiniteShareException($"step {step} made the parameters non-finite (learning rate {rate:G4})");
        }

        for (int e = 0; e < _before.Length; e++)
        {
            _before[e] = Parameters[e] - _before[e];
        }

        return new StepRecord(step, loss, Stopwatch.GetElapsedTime(started).TotalSeconds, 0.0, rate, smallest, largest, repaired, VectorOperations.Norm(_before));
    }

    /// <inheritdoc/>
    public (double Loss, double Accuracy) EvaluateHeldOut(LabelledDataSet heldOut, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        double lossSum = 0.0;
        long correct = 0;
        foreach (Batch<T> batch in BatchLoader<T>.InOrder(heldOut, batchSize))
        {
            (double loss, int right) = _plain.Classify(_loss, batch, Parameters);
            lossSum += loss * batch.Size;
            correct += right;
        }

        return (lossSum / heldOut.Count, (double)correct / heldOut.Count);
    }

    /// <inheritdoc/>
    public byte[] SaveOptimizerState()
    {
        using var state = new MemoryStream();
        _optimizer.SaveState(state);
        return state.ToArray();
    }

    // Examples [start, start + count) of mini-batch Step of the seeded order: the same examples, in the same order,
    // that a single-machine run's batch holds at those positions.
    private Batch<T> Shard(int start, int count)
    {
        _order.Indices(Step, _batchIndices);
        return _train.CreateBatch<T>(_batchIndices.AsSpan(start, count));
    }
}
