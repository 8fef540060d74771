using System.Numerics;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// The entry point for forward-mode second-order optimizers: one jet evaluation of a model's loss
/// on a mini-batch gives <c>(L, g, H)</c> along K directions. Keeps a <see cref="Workspace{T}"/>, so
/// repeated evaluations with the same shapes reuse their buffers. Not thread-safe: one per thread.
/// </summary>
/// <typeparam name="T">The element type: <see cref="float"/> to train, <see cref="double"/> to verify.</typeparam>
public sealed class JetEvaluator<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IModel _model;
    private readonly ILoss _loss;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    public JetEvaluator(IModel model, ILoss loss)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _loss = loss ?? throw new ArgumentNullException(nameof(loss));
    }

    /// <summary>The buffers reused between evaluations.</summary>
    public Workspace<T> Workspace { get; } = new();

    /// <summary>Evaluates L, g and H at θ along the given directions.</summary>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ, as long as the model's parameter collection.</param>
    /// <param name="directions">The K directions.</param>
    /// <param name="pairs">The pairs (i, j) of H to compute (null: all; entries not computed are 0).
    /// <c>JetPairs.Of(2, (0, 1))</c> makes the evaluation one hyper-dual pass.</param>
    /// <returns>(L, g, H).</returns>
    public JetEvaluation Evaluate(Batch<T> batch, ReadOnlyMemory<double> parameters, Directions directions, JetPairs? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(directions);
        pairs ??= JetPairs.All(directions.K);
        _model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        int k = directions.K;
        using Workspace<T>.Scope scope = Workspace.Activate();
        try
        {
            var binder = new JetBinder<T>(parameters, directions, pairs);
            Jet<T> input = Jet<T>.Constant(batch.Inputs, pairs);
            var targets = new LossTargets<Jet<T>>(batch.Labels, batch.Targets is null ? null : Jet<T>.Constant(batch.Targets, pairs));
            Jet<T> loss = _loss.Compute(_model.Forward(input, binder), targets);
            if (loss.PartLength != 1)
            {
                throw new InvalidOperationException($"The loss must be a scalar; it has shape {TensorShape.Format(loss.Shape)}.");
            }

            double value = double.CreateTruncating(loss.Value[0]);
            var g = new double[k];
            var h = new double[k, k];
            for (int i = 0; i < k && loss.HasTangents; i++)
            {
                g[i] = double.CreateTruncating(loss.Tangent(i)[0]);
            }

            for (int p = 0; p < pairs.Count && loss.HasSecondOrder; p++)
            {
                (int i, int j) = pairs[p];
                h[i, j] = h[j, i] = double.CreateTruncating(loss.SecondAt(p)[0]);
            }

            return new JetEvaluation(value, g, h);
        }
        finally
        {
            Workspace.ReleaseAll();
        }
    }
}

/// <summary>One-call forms of <see cref="JetEvaluator{T}"/>.</summary>
public static class JetEvaluator
{
    /// <summary>(L, g, H) of <paramref name="loss"/> of <paramref name="model"/> on <paramref name="batch"/> at θ along the directions.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The K directions.</param>
    /// <returns>(L, g, H).</returns>
    public static JetEvaluation Evaluate<T>(IModel model, ILoss loss, Batch<T> batch, ReadOnlyMemory<double> parameters, Directions directions)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(directions);
        JetLayout.ValidateDirectionCount(directions.K);
        return new JetEvaluator<T>(model, loss).Evaluate(batch, parameters, directions);
    }

    /// <summary>(L, g, H) along K directions vᵢ ~ N(0, I) generated from <paramref name="seed"/> (see <see cref="Directions.FromSeed"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ.</param>
    /// <param name="seed">The direction seed.</param>
    /// <param name="k">The number of directions.</param>
    /// <returns>(L, g, H).</returns>
    public static JetEvaluation Evaluate<T>(IModel model, ILoss loss, Batch<T> batch, ReadOnlyMemory<double> parameters, ulong seed, int k)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Evaluate(model, loss, batch, parameters, Directions.FromSeed(seed, k, parameters.Length));
}
