using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// The independent references a jet evaluation is checked against: separate hyper-dual passes (the
/// model on <c>Tensor&lt;HyperDual&lt;double&gt;&gt;</c>, one pass per pair, as the fomoh reference
/// does) and central finite differences of the float64 loss along the directions.
/// </summary>
public static class HyperDualReference
{
    /// <summary>One hyper-dual pass: the loss at θ + ε₁vₐ + ε₂v_b.</summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The batch (float64).</param>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The directions.</param>
    /// <param name="a">The direction on ε₁.</param>
    /// <param name="b">The direction on ε₂.</param>
    /// <returns>(L, ∇L·vₐ, ∇L·v_b, vₐᵀ∇²L v_b).</returns>
    public static HyperDual<double> Pass(IModel model, ILoss loss, Batch<double> batch, ReadOnlyMemory<double> parameters,
        Directions directions, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(batch);
        model.Parameters.CheckLength(parameters.Length, nameof(parameters));
        var binder = new HyperDualBinder(parameters, directions, a, b);
        Tensor<HyperDual<double>> inputs = Lift(batch.Inputs);
        Tensor<HyperDual<double>>? targets = batch.Targets is null ? null : Lift(batch.Targets);
        Tensor<HyperDual<double>> value = loss.Compute(model.Forward(inputs, binder), new LossTargets<Tensor<HyperDual<double>>>(batch.Labels, targets));
        if (value.Length != 1)
        {
            throw new InvalidOperationException($"The loss must be a scalar; it has shape {TensorShape.Format(value.Shape)}.");
        }

        return value[0];
    }

    /// <summary>g and H from K(K+1)/2 separate hyper-dual passes, one per pair i ≤ j.</summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The batch (float64).</param>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The directions.</param>
    /// <returns>(L, g, H).</returns>
    public static JetEvaluation PairPasses(IModel model, ILoss loss, Batch<double> batch, ReadOnlyMemory<double> parameters, Directions directions)
    {
        ArgumentNullException.ThrowIfNull(directions);
        int k = directions.K;
        var g = new double[k];
        var h = new double[k, k];
        double value = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                HyperDual<double> r = Pass(model, loss, batch, parameters, directions, i, j);
                value = r.Value;
                if (i == j)
                {
                    g[i] = r.Epsilon1;
                }

                h[i, j] = h[j, i] = r.Epsilon12;
            }
        }

        return new JetEvaluation(value, g, h);
    }

    /// <summary>
    /// g and H by central differences of the float64 loss along the directions, with second-order
    /// steps of length <paramref name="step"/> in parameter space (t-step hᵢ = step/‖vᵢ‖) and
    /// first-order steps ten times shorter (their truncation error is larger relative to rounding):
    /// gᵢ = [L(+) − L(−)]/2hᵢ', Hᵢᵢ = [L(+) − 2L + L(−)]/hᵢ², Hᵢⱼ = [L(++) − L(+−) − L(−+) + L(−−)]/4hᵢhⱼ.
    /// Measured on small relu/tanh networks, a step of 10⁻³ balances truncation against rounding
    /// (errors ≈ 10⁻⁷–10⁻⁵); much longer steps cross relu/max-pool kinks.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The batch (float64).</param>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The directions.</param>
    /// <param name="step">The step length in parameter space.</param>
    /// <returns>(L, g, H).</returns>
    public static JetEvaluation FiniteDifferences(IModel model, ILoss loss, Batch<double> batch, ReadOnlyMemory<double> parameters,
        Directions directions, double step = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        int k = directions.K, n = parameters.Length;
        var evaluator = new PlainEvaluator<double>(model);
        var v = new double[k][];
        var hStep = new double[k];
        for (int i = 0; i < k; i++)
        {
            v[i] = directions.ToArray(i);
            double norm = Math.Sqrt(v[i].Sum(x => x * x));
            hStep[i] = norm > 0 ? step / norm : step;
        }

        var point = new double[n];
        double L(params (int Index, double T)[] moves)
        {
            parameters.Span.CopyTo(point);
            foreach ((int index, double t) in moves)
            {
                double[] d = v[index];
                for (int e = 0; e < n; e++)
                {
                    point[e] += t * d[e];
                }
            }

            return evaluator.Loss(loss, batch, point);
        }

        double l0 = L();
        var g = new double[k];
        var h = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            double hi = hStep[i];
            double lp = L((i, hi)), lm = L((i, -hi));
            g[i] = (L((i, hi / 10)) - L((i, -hi / 10))) / (2 * hi / 10);
            h[i, i] = (lp - (2 * l0) + lm) / (hi * hi);
            for (int j = i + 1; j < k; j++)
            {
                double hj = hStep[j];
                double lpp = L((i, hi), (j, hj)), lpm = L((i, hi), (j, -hj)), lmp = L((i, -hi), (j, hj)), lmm = L((i, -hi), (j, -hj));
                h[i, j] = h[j, i] = (lpp - lpm - lmp + lmm) / (4 * hi * hj);
            }
        }

        return new JetEvaluation(l0, g, h);
    }

    private static Tensor<HyperDual<double>> Lift(Tensor<double> tensor)
    {
        var lifted = new Tensor<HyperDual<double>>(tensor.Shape.ToArray());
        ReadOnlySpan<double> source = tensor.Span;
        Span<HyperDual<double>> dest = lifted.Span;
        for (int e = 0; e < source.Length; e++)
        {
            dest[e] = new HyperDual<double>(source[e]);
        }

        return lifted;
    }
}
