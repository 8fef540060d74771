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
    private readonly MicroBatches<T> _microBatches = new();
    private readonly int? _maxThreads;
    private JetBinder<T>? _binder;

    // The empty keep-set of ReturnAllExcept: between parts only the drawn parameters survive.
    private static readonly HashSet<T[]> NothingElse = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the evaluator.</summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="maxThreads">The most threads that draw the directions of a large parameter (null: the kernels'
    /// <see cref="Kernels.KernelSettings.MaxThreads"/> at each evaluation).</param>
    public JetEvaluator(IModel model, ILoss loss, int? maxThreads = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _loss = loss ?? throw new ArgumentNullException(nameof(loss));
        if (maxThreads is { } threads)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(maxThreads));
        }

        _maxThreads = maxThreads;
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
        return Evaluate(batch, parameters, directions, pairs, batch.Size);
    }

    /// <summary>
    /// Evaluates L, g and H at θ along the given directions one micro-batch at a time: the loss is a mean over
    /// examples, so L, g and H are the micro-batches' values weighted by their share of the batch. The same
    /// numbers as one evaluation of the whole batch up to rounding, with the buffers of one micro-batch plus,
    /// when there is more than one part, one copy of every parameter's value and K directions
    /// (<see cref="JetBinder{T}.DrawnLength"/>): the directions are drawn once, on the first part, and every
    /// later part reuses them.
    /// </summary>
    /// <param name="batch">The mini-batch.</param>
    /// <param name="parameters">θ, as long as the model's parameter collection.</param>
    /// <param name="directions">The K directions.</param>
    /// <param name="pairs">The pairs (i, j) of H to compute (null: all).</param>
    /// <param name="microBatch">The most examples evaluated at once (at least 1; the batch size or more evaluates it whole).</param>
    /// <returns>(L, g, H).</returns>
    public JetEvaluation Evaluate(Batch<T> batch, ReadOnlyMemory<double> parameters, Directions directions, JetPairs? pairs, int microBatch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentOutOfRangeException.ThrowIfLessThan(microBatch, 1);
        pairs ??= JetPairs.All(directions.K);
        _model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        int k = directions.K;
        int threads = _maxThreads ?? Kernels.KernelSettings.MaxThreads;
        if (_binder is null)
        {
            _binder = new JetBinder<T>(parameters, directions, pairs, threads);
        }
        else
        {
            _binder.Reset(parameters, directions, pairs, threads);
        }

        var g = new double[k];
        var h = new double[k, k];
        ReadOnlySpan<Batch<T>> parts = _microBatches.Split(batch, microBatch);
        double loss = 0.0;
        using Workspace<T>.Scope scope = Workspace.Activate();
        try
        {
            T[]? drawn = parts.Length == 1 ? null : Workspace.Rent(checked((int)JetBinder<T>.DrawnLength(parameters.Length, k)), clear: false);
            _binder.HoldDrawn(drawn);
            for (int p = 0; p < parts.Length; p++)
            {
                double weight = parts.Length == 1 ? 1.0 : (double)parts[p].Size / batch.Size;
                loss = Accumulate(parts[p], _binder, pairs, weight, p > 0, loss, g, h);
                if (drawn is not null)
                {
                    Workspace.ReturnAllExcept(NothingElse, drawn);
                }
            }
        }
        finally
        {
            _binder.HoldDrawn(null);
            Workspace.ReleaseAll();
        }

        return new JetEvaluation(loss, g, h);
    }

    // Adds weight × (L, g, H) of one batch to (loss, g, h) — or writes it, for the first part — and returns the loss.
    private double Accumulate(Batch<T> batch, JetBinder<T> binder, JetPairs pairs, double weight, bool add, double loss, double[] g, double[,] h)
    {
        Jet<T> input = Jet<T>.ConstantView(batch.Inputs, pairs); // every op reads its inputs and writes new jets
        var targets = new LossTargets<Jet<T>>(batch.Labels, batch.Targets is null ? null : Jet<T>.Constant(batch.Targets, pairs));
        Jet<T> output = _loss.Compute(_model.Forward(input, binder), targets);
        if (output.PartLength != 1)
        {
            throw new InvalidOperationException($"The loss must be a scalar; it has shape {TensorShape.Format(output.Shape)}.");
        }

        double value = weight * double.CreateTruncating(output.Value[0]);
        for (int i = 0; i < g.Length && output.HasTangents; i++)
        {
            double gi = weight * double.CreateTruncating(output.Tangent(i)[0]);
            g[i] = add ? g[i] + gi : gi;
        }

        for (int p = 0; p < pairs.Count && output.HasSecondOrder; p++)
        {
            (int i, int j) = pairs[p];
            double hij = weight * double.CreateTruncating(output.SecondAt(p)[0]);
            h[i, j] = h[j, i] = add ? h[i, j] + hij : hij;
        }

        return add ? loss + value : value;
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
