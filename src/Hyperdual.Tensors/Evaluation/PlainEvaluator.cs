using System.Numerics;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>Evaluates a model's output or loss on plain tensors (no derivatives), reusing buffers.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class PlainEvaluator<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IModel _model;
    private readonly MicroBatches<T> _microBatches = new();

    /// <summary>Creates the evaluator.</summary>
    /// <param name="model">The model.</param>
    public PlainEvaluator(IModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The buffers reused between evaluations.</summary>
    public Workspace<T> Workspace { get; } = new();

    /// <summary>The model output at θ (a fresh tensor, not in the workspace).</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="parameters">θ.</param>
    /// <returns>The output.</returns>
    public Tensor<T> Forward(Tensor<T> inputs, ReadOnlyMemory<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        using Workspace<T>.Scope scope = Workspace.Activate();
        try
        {
            Tensor<T> output = _model.Forward(inputs, new TensorBinder<T>(parameters));
            return new Tensor<T>(output.ToArray(), output.Shape.ToArray());
        }
        finally
        {
            Workspace.ReleaseAll();
        }
    }

    /// <summary>The loss at θ.</summary>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ.</param>
    /// <returns>L(θ) as a double.</returns>
    public double Loss(ILoss loss, Batch<T> batch, ReadOnlyMemory<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(batch);
        _model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        using Workspace<T>.Scope scope = Workspace.Activate();
        try
        {
            Tensor<T> value = loss.Compute(
                _model.Forward(batch.Inputs, new TensorBinder<T>(parameters)),
                new LossTargets<Tensor<T>>(batch.Labels, batch.Targets));
            if (value.Length != 1)
            {
                throw new InvalidOperationException($"The loss must be a scalar; it has shape {TensorShape.Format(value.Shape)}.");
            }

            return double.CreateTruncating(value[0]);
        }
        finally
        {
            Workspace.ReleaseAll();
        }
    }

    /// <summary>The loss at θ, one micro-batch at a time (each weighted by its share of the batch; the loss is a mean over examples).</summary>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ.</param>
    /// <param name="microBatch">The most examples evaluated at once (at least 1).</param>
    /// <returns>L(θ) as a double.</returns>
    public double Loss(ILoss loss, Batch<T> batch, ReadOnlyMemory<double> parameters, int microBatch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfLessThan(microBatch, 1);
        ReadOnlySpan<Batch<T>> parts = _microBatches.Split(batch, microBatch);
        if (parts.Length == 1)
        {
            return Loss(loss, batch, parameters);
        }

        double sum = 0.0;
        foreach (Batch<T> part in parts)
        {
            sum += (double)part.Size / batch.Size * Loss(loss, part, parameters);
        }

        return sum;
    }

    /// <summary>The loss and the number of correctly classified examples at θ, from one forward pass:
    /// an example counts as correct when its largest output (the first, on ties) is at its label.</summary>
    /// <param name="loss">The loss (e.g. cross-entropy).</param>
    /// <param name="batch">A mini-batch with labels; the model's output must be <c>[n, classes]</c>.</param>
    /// <param name="parameters">θ.</param>
    /// <returns>L(θ) on the batch and the count of correct predictions.</returns>
    public (double Loss, int Correct) Classify(ILoss loss, Batch<T> batch, ReadOnlyMemory<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(batch);
        int[] labels = batch.Labels ?? throw new ArgumentException("Classification needs labels in the batch.", nameof(batch));
        _model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        using Workspace<T>.Scope scope = Workspace.Activate();
        try
        {
            Tensor<T> output = _model.Forward(batch.Inputs, new TensorBinder<T>(parameters));
            if (output.Rank != 2 || output.Dim(0) != labels.Length)
            {
                throw new InvalidOperationException($"Classification needs an output of shape [n, classes]; it has {TensorShape.Format(output.Shape)}.");
            }

            int classes = output.Dim(1);
            ReadOnlySpan<T> logits = output.Span;
            int correct = 0;
            for (int row = 0; row < labels.Length; row++)
            {
                ReadOnlySpan<T> scores = logits.Slice(row * classes, classes);
                int best = 0;
                for (int c = 1; c < classes; c++)
                {
                    if (scores[c] > scores[best])
                    {
                        best = c;
                    }
                }

                correct += best == labels[row] ? 1 : 0;
            }

            Tensor<T> value = loss.Compute(output, new LossTargets<Tensor<T>>(batch.Labels, batch.Targets));
            return (double.CreateTruncating(value[0]), correct);
        }
        finally
        {
            Workspace.ReleaseAll();
        }
    }
}
