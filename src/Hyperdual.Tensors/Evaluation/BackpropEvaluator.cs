using System.Numerics;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// The entry point for gradient (backprop) optimizers, beside <see cref="JetEvaluator{T}"/>: one taped
/// forward pass of a model's loss on a mini-batch and one reverse pass give <c>(L, ∇L)</c> over the
/// flat parameter vector in <see cref="ParameterCollection"/> order — what
/// <c>IGradientOptimizer&lt;T&gt;.Step(parameters, gradient, loss)</c> takes. Keeps a
/// <see cref="Workspace{T}"/> and a <see cref="Tape{T}"/>, so repeated evaluations with the same
/// shapes reuse their buffers. Not thread-safe: one per thread.
/// </summary>
/// <typeparam name="T">The element type: <see cref="float"/> to train, <see cref="double"/> to verify.</typeparam>
public sealed class BackpropEvaluator<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IModel _model;
    private readonly ILoss _loss;
    private readonly Tape<T> _tape = new();
    private readonly MicroBatches<T> _microBatches = new();
    private T[] _partGradient = [];

    /// <summary>Creates the evaluator.</summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    public BackpropEvaluator(IModel model, ILoss loss)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _loss = loss ?? throw new ArgumentNullException(nameof(loss));
    }

    /// <summary>The buffers reused between evaluations (activations, saved tensors and gradients).</summary>
    public Workspace<T> Workspace { get; } = new();

    /// <summary>The number of nodes the last evaluation recorded (leaves included).</summary>
    public int LastNodeCount { get; private set; }

    /// <summary>Evaluates L and writes ∇L at θ into <paramref name="gradient"/> (in steady state no new buffers, only small bookkeeping objects).</summary>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ, as long as the model's parameter collection.</param>
    /// <param name="gradient">Receives ∇L, as long as θ.</param>
    /// <returns>L(θ).</returns>
    public double Evaluate(Batch<T> batch, ReadOnlyMemory<double> parameters, T[] gradient)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(gradient);
        _model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        _model.Parameters.CheckLength(gradient.Length, nameof(gradient));
        Array.Clear(gradient);
        using Workspace<T>.Scope scope = Workspace.Activate();
        try
        {
            var binder = new TapeBinder<T>(_tape, parameters, gradient);
            TapeTensor<T> input = TapeTensor<T>.Constant(batch.Inputs);
            var targets = new LossTargets<TapeTensor<T>>(batch.Labels, batch.Targets is null ? null : TapeTensor<T>.Constant(batch.Targets));
            TapeTensor<T> loss = _loss.Compute(_model.Forward(input, binder), targets);
            if (loss.Value.Length != 1)
            {
                throw new InvalidOperationException($"The loss must be a scalar; it has shape {TensorShape.Format(loss.Shape)}.");
            }

            double value = double.CreateTruncating(loss.Value[0]);
            LastNodeCount = _tape.NodeCount;
            if (loss.RequiresGradient)
            {
                _tape.Backward(loss);
            }

            return value;
        }
        finally
        {
            _tape.Clear();
            Workspace.ReleaseAll();
        }
    }

    /// <summary>
    /// Evaluates L and writes ∇L at θ into <paramref name="gradient"/> one micro-batch at a time (gradient
    /// accumulation): the loss is a mean over examples, so L and ∇L are the micro-batches' values weighted by
    /// their share of the batch — the whole batch's numbers up to rounding, with one micro-batch's activations.
    /// </summary>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ, as long as the model's parameter collection.</param>
    /// <param name="gradient">Receives ∇L, as long as θ.</param>
    /// <param name="microBatch">The most examples evaluated at once (at least 1; the batch size or more evaluates it whole).</param>
    /// <returns>L(θ).</returns>
    public double Evaluate(Batch<T> batch, ReadOnlyMemory<double> parameters, T[] gradient, int microBatch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentOutOfRangeException.ThrowIfLessThan(microBatch, 1);
        ReadOnlySpan<Batch<T>> parts = _microBatches.Split(batch, microBatch);
        if (parts.Length == 1)
        {
            return Evaluate(batch, parameters, gradient);
        }

        _model.Parameters.CheckLength(gradient.Length, nameof(gradient));
        if (_partGradient.Length != gradient.Length)
        {
            _partGradient = new T[gradient.Length];
        }

        Array.Clear(gradient);
        double loss = 0.0;
        foreach (Batch<T> part in parts)
        {
            double share = (double)part.Size / batch.Size;
            loss += share * Evaluate(part, parameters, _partGradient);
            T weight = T.CreateTruncating(share);
            for (int e = 0; e < gradient.Length; e++)
            {
                gradient[e] += weight * _partGradient[e];
            }
        }

        return loss;
    }

    /// <summary>Evaluates L and ∇L at θ.</summary>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ.</param>
    /// <returns>(L, ∇L) with ∇L in parameter-collection order, a new array.</returns>
    public (double Loss, T[] Gradient) Evaluate(Batch<T> batch, ReadOnlyMemory<double> parameters)
    {
        var gradient = new T[parameters.Length];
        double loss = Evaluate(batch, parameters, gradient);
        return (loss, gradient);
    }
}

/// <summary>One-call form of <see cref="BackpropEvaluator{T}"/>.</summary>
public static class BackpropEvaluator
{
    /// <summary>(L, ∇L) of <paramref name="loss"/> of <paramref name="model"/> on <paramref name="batch"/> at θ, by reverse mode.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ.</param>
    /// <returns>(L, ∇L) over the flat parameter vector.</returns>
    public static (double Loss, T[] Gradient) Evaluate<T>(IModel model, ILoss loss, Batch<T> batch, ReadOnlyMemory<double> parameters)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        new BackpropEvaluator<T>(model, loss).Evaluate(batch, parameters);
}
