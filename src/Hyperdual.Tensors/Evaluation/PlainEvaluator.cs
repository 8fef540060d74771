using System.Numerics;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>Evaluates a model's output or loss on plain tensors (no derivatives), reusing buffers.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class PlainEvaluator<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IModel _model;

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
}
