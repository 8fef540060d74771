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

namespace Hyperdual.Training;

/// <summary>
/// One run's loop in element type <typeparamref name="T"/>: θ and the optimizer state are float64; each step
/// evaluates the model in <typeparamref name="T"/> on mini-batch <c>step − 1</c> of the seeded order, then the
/// optimizer updates θ. Evaluations on the held-out set run every <see cref="TrainingOptions.EvaluateEvery"/> steps.
/// </summary>
internal sealed class TrainingRun<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int MaxHalvings = 20;
    private readonly TrainingOptions _options;
    private readonly SequentialModel _model;
    private readonly TaskObjective<T> _objective;
    private readonly ILoss _loss;
    private readonly double[] _theta;
    private readonly BatchLoader<T> _loader;
    private readonly LabelledDataSet _heldOut;
    private readonly JetEvaluator<T> _jet;
    private readonly BackpropEvaluator<T> _backprop;
    private readonly PlainEvaluator<T> _plain;
    private readonly MicroBatchPlan _plan;
    private readonly T[] _gradientT;
    private readonly double[] _gradient;
    private readonly double[] _before;
    private readonly List<StepRecord> _steps = [];
    private readonly List<EvaluationRecord> _evaluations = [];
    private readonly ITrainingObserver? _observer;
    private IOptimizer _optimizer;
    private int _halvings;
    private double _trainingSeconds;
    private Snapshot? _previous;
    private Snapshot? _current;
    private Snapshot? _snapshotA;
    private Snapshot? _snapshotB;

    public TrainingRun(TrainingOptions options, DataSplits data, ITrainingObserver? observer)
    {
        _options = options;
        _observer = observer;
        _model = ModelFactory.Create(options.Model, data.Train, options.Seed);
        _objective = TaskObjective<T>.For(options.Task);
        _loss = _objective.Loss;
        _theta = (double[])_model.Parameters.ValuesArray.Clone();
        int n = _theta.Length;
        _optimizer = OptimizerCatalog.Create(options, n, 1.0);
        if (options.BatchSize > data.Train.Count)
        {
            throw new ArgumentException($"The batch size {options.BatchSize} exceeds the {data.Train.Count} training examples.", nameof(options));
        }

        _loader = new BatchLoader<T>(data.Train, options.BatchSize, options.Seed);
        _heldOut = data.Validation ?? data.Test;
        _jet = new JetEvaluator<T>(_model, _loss, options.Threads ?? Environment.ProcessorCount);
        _backprop = new BackpropEvaluator<T>(_model, _loss);
        _plain = new PlainEvaluator<T>(_model);
        _plan = MicroBatchPlan.For(options, _model, _objective, _loader.Get(0), options.Threads ?? Environment.ProcessorCount);
        _gradientT = new T[n];
        _gradient = new double[n];
        _before = new double[n];
    }

    public long Step { get; private set; }

    /// <summary>The micro-batch sizes the run's evaluations use.</summary>
    public MicroBatchPlan Plan => _plan;

    /// <summary>The most bytes a jet evaluation's workspace has held so far.</summary>
    public long JetWorkspacePeakBytes => _jet.Workspace.PeakRentedBytes;

    /// <summary>The most bytes a gradient evaluation's workspace has held so far.</summary>
    public long GradientWorkspacePeakBytes => _backprop.Workspace.PeakRentedBytes;

    public TrainingResult Run(
        TrainingCheckpoint? resumeFrom,
        Action<TrainingCheckpoint>? checkpoint,
        Action<IReadOnlyList<StepRecord>, IReadOnlyList<EvaluationRecord>>? diverged,
        CancellationToken cancellation)
    {
        if (resumeFrom is not null)
        {
            Restore(resumeFrom);
        }
        else
        {
            Evaluate();
        }

        bool interrupted = false;
        while (Step < _options.Steps)
        {
            if (cancellation.IsCancellationRequested)
            {
                interrupted = true;
                _observer?.OnMessage($"interrupted after step {Step}");
                break;
            }

            long step = Step + 1;
            if (_options.OnDivergence == DivergencePolicy.Halve)
            {
                // Two snapshot buffers, reused: the state before this step and before the previous one.
                _previous = _current;
                _current = ReferenceEquals(_previous, _snapshotA) ? (_snapshotB ??= new Snapshot(_theta.Length)) : (_snapshotA ??= new Snapshot(_theta.Length));
                _current.Capture(Step, _theta, _optimizer, _trainingSeconds);
            }

            StepRecord record;
            try
            {
                record = TakeStep(step);
            }
            catch (NonFiniteStepException e)
            {
                try
                {
                    Recover(step, e);
                }
                catch (TrainingDivergedException)
                {
                    diverged?.Invoke(_steps, _evaluations);
                    throw;
                }

                continue;
            }

            _steps.Add(record);
            _trainingSeconds += record.Seconds;
            Step = step;
            _observer?.OnStep(record, _options.Steps);
            if (step % _options.EvaluateEvery == 0 || step == _options.Steps)
            {
                Evaluate();
            }

            if (checkpoint is not null && _options.CheckpointEvery > 0 && step % _options.CheckpointEvery == 0 && step != _options.Steps)
            {
                checkpoint(CreateCheckpoint());
            }
        }

        checkpoint?.Invoke(CreateCheckpoint());
        return new TrainingResult(_options, Step, interrupted, (double[])_theta.Clone(), [.. _steps], [.. _evaluations], _halvings);
    }

    public TrainingCheckpoint CreateCheckpoint()
    {
        using var state = new MemoryStream();
        _optimizer.SaveState(state);
        return new TrainingCheckpoint(_options, Step, _halvings, _trainingSeconds, (double[])_theta.Clone(), state.ToArray(), [.. _steps], [.. _evaluations]);
    }

    private void Restore(TrainingCheckpoint checkpoint)
    {
        if (checkpoint.Parameters.Length != _theta.Length)
        {
            throw new InvalidDataException($"The checkpoint holds {checkpoint.Parameters.Length} parameters; the model has {_theta.Length}.");
        }

        checkpoint.Parameters.CopyTo(_theta, 0);
        _halvings = checkpoint.LearningRateHalvings;
        _optimizer = OptimizerCatalog.Create(_options, _theta.Length, Math.Pow(0.5, _halvings));
        using (var state = new MemoryStream(checkpoint.OptimizerState, writable: false))
        {
            _optimizer.LoadState(state);
        }

        _steps.AddRange(checkpoint.Steps);
        _evaluations.AddRange(checkpoint.Evaluations);
        _trainingSeconds = checkpoint.TrainingSeconds;
        Step = checkpoint.Step;
    }

    private StepRecord TakeStep(long step)
    {
        Batch<T> batch = _objective.WithTargets(_loader.Get(step - 1));
        long start = Stopwatch.GetTimestamp();
        _theta.CopyTo(_before, 0);
        (double loss, double derivativeSeconds, double rate, double smallest, double largest, bool repaired) = _optimizer switch
        {
            IForwardOptimizer forward => ForwardStep(forward, batch),
            IGradientOptimizer<double> gradient => GradientStep(gradient, batch, step),
            _ => throw new InvalidOperationException($"Unsupported optimizer {_optimizer.Kind}."),
        };

        if (!VectorOperations.AllFinite(_theta))
        {
            throw new NonFiniteStepException($"the update made the parameters non-finite (learning rate {rate:G4})", beforeUpdate: false);
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        for (int e = 0; e < _theta.Length; e++)
        {
            _before[e] = _theta[e] - _before[e];
        }

        return new StepRecord(step, loss, seconds, derivativeSeconds, rate, smallest, largest, repaired, VectorOperations.Norm(_before))
        {
            TrustRegion = _optimizer is SoaaOptimizer<double> soaa ? soaa.State.TrustRegion : double.NaN,
        };
    }

    private (double Loss, double DerivativeSeconds, double Rate, double Smallest, double Largest, bool Repaired) ForwardStep(IForwardOptimizer forward, Batch<T> batch)
    {
        long start = Stopwatch.GetTimestamp();
        if (forward.UsesGradientDirection)
        {
            double gradientLoss = _backprop.Evaluate(batch, _theta, _gradientT, _plan.Gradient);
            ConvertGradient(gradientLoss);
        }

        Directions directions = forward.NextDirections(forward.UsesGradientDirection ? _gradient : ReadOnlySpan<double>.Empty);
        JetPairs? pairs = forward.UsesCurvature ? null : JetPairs.Of(directions.K);
        JetEvaluation evaluation = _jet.Evaluate(batch, _theta, directions, pairs, _plan.Jet);
        double derivativeSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (!double.IsFinite(evaluation.Loss))
        {
            throw new NonFiniteStepException($"the mini-batch loss is {evaluation.Loss}", beforeUpdate: true);
        }

        if (!VectorOperations.AllFinite(evaluation.G) || (forward.UsesCurvature && !VectorOperations.AllFinite(evaluation.H)))
        {
            throw new NonFiniteStepException("the directional derivatives are not finite", beforeUpdate: true);
        }

        Func<double[], double>? lossAt = _options.Backtracking ? theta => _plain.Loss(_loss, batch, theta, _plan.Jet) : null;
        ForwardStepReport report = forward.Step(_theta, directions, evaluation.Loss, evaluation.G, evaluation.H, lossAt);
        return (evaluation.Loss, derivativeSeconds, report.LearningRate, report.SmallestEigenvalue, report.LargestEigenvalue, report.Repaired);
    }

    private (double Loss, double DerivativeSeconds, double Rate, double Smallest, double Largest, bool Repaired) GradientStep(IGradientOptimizer<double> optimizer, Batch<T> batch, long step)
    {
        long start = Stopwatch.GetTimestamp();
        double loss = _backprop.Evaluate(batch, _theta, _gradientT, _plan.Gradient);
        double derivativeSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        ConvertGradient(loss);
        double rate = optimizer.LearningRate * optimizer.Schedule.Multiplier(step);
        optimizer.Step(_theta, _gradient, loss);
        return (loss, derivativeSeconds, rate, double.NaN, double.NaN, false);
    }

    private void ConvertGradient(double loss)
    {
        if (!double.IsFinite(loss))
        {
            throw new NonFiniteStepException($"the mini-batch loss is {loss}", beforeUpdate: true);
        }

        for (int e = 0; e < _gradient.Length; e++)
        {
            double value = double.CreateTruncating(_gradientT[e]);
            if (!double.IsFinite(value))
            {
                throw new NonFiniteStepException("the gradient is not finite", beforeUpdate: true);
            }

            _gradient[e] = value;
        }
    }

    // Stop, or roll back and halve the rate: a failed evaluation at the step's start means the previous update
    // caused it, so the run goes back to before that update; a failed update goes back to before this step.
    private void Recover(long step, NonFiniteStepException e)
    {
        string what = $"training diverged at step {step}: {e.Message}";
        if (_options.OnDivergence == DivergencePolicy.Stop)
        {
            throw new TrainingDivergedException(step, $"{what}; lower the learning rate, or pass --on-divergence halve");
        }

        Snapshot? target = e.BeforeUpdate ? _previous : _current;
        if (target is null)
        {
            throw new TrainingDivergedException(step, $"{what}; there is no earlier state to roll back to (the run started or resumed at step {Step})");
        }

        if (_halvings >= MaxHalvings)
        {
            throw new TrainingDivergedException(step, $"{what} after halving the learning rate {MaxHalvings} times");
        }

        _halvings++;
        target.Theta.CopyTo(_theta, 0);
        _optimizer = OptimizerCatalog.Create(_options, _theta.Length, Math.Pow(0.5, _halvings));
        target.OptimizerState.Position = 0;
        _optimizer.LoadState(target.OptimizerState);

        _steps.RemoveAll(s => s.Step > target.Step);
        _evaluations.RemoveAll(r => r.Step > target.Step);
        _trainingSeconds = target.TrainingSeconds;
        Step = target.Step;
        _previous = null;
        _current = target;
        _observer?.OnMessage($"{what}; rolled back to step {target.Step} and halved the learning rate (×{Math.Pow(0.5, _halvings):G4} of the base rate)");
    }

    private void Evaluate()
    {
        double lossSum = 0.0;
        long correct = 0;
        foreach (Batch<T> batch in BatchLoader<T>.InOrder(_heldOut, _options.EvaluationBatchSize))
        {
            (double loss, int right) = _objective.Score(_plain, batch, _theta);
            lossSum += loss * batch.Size;
            correct += right;
        }

        double accuracy = _objective.HasAccuracy ? (double)correct / _heldOut.Count : double.NaN;
        var record = new EvaluationRecord(Step, lossSum / _heldOut.Count, accuracy, _trainingSeconds);
        _evaluations.Add(record);
        _observer?.OnEvaluation(record);
    }

    // The state at the start of a step: θ, the optimizer's saved state, and the bookkeeping to roll back to it.
    private sealed class Snapshot(int parameterCount)
    {
        public long Step { get; private set; }

        public double[] Theta { get; } = new double[parameterCount];

        public MemoryStream OptimizerState { get; } = new();

        public double TrainingSeconds { get; private set; }

        public void Capture(long step, double[] theta, IOptimizer optimizer, double trainingSeconds)
        {
            Step = step;
            theta.CopyTo(Theta, 0);
            OptimizerState.SetLength(0);
            optimizer.SaveState(OptimizerState);
            TrainingSeconds = trainingSeconds;
        }
    }
}
