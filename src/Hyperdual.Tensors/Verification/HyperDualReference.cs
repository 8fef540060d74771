using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Verification;

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
    /// g and H by central differences along the directions, with t-steps hᵢ = s/‖vᵢ‖ (s a step
    /// length in parameter space): gᵢ = [L(θ + hᵢvᵢ) − L(θ − hᵢvᵢ)]/2hᵢ from the float64 loss, and
    /// Hᵢⱼ = ½([gᵢ(θ + hⱼvⱼ) − gᵢ(θ − hⱼvⱼ)]/2hⱼ + [gⱼ(θ + hᵢvᵢ) − gⱼ(θ − hᵢvᵢ)]/2hᵢ) from the
    /// first-order parts of float64 jets at the shifted points (only the jet's second-order parts are
    /// under test there; its first-order parts are checked by the gᵢ above).
    /// </summary>
    /// <remarks>
    /// Why not the second difference of the loss: relu and max-pooling networks are only piecewise
    /// smooth, and a step that crosses a kink (a unit changing sign) ruins a difference quotient;
    /// steps short enough to miss every kink of a large network lose all digits of a second
    /// difference of L to rounding (measured on the 101,770-parameter mlp: no step from 10⁻² to 10⁻⁸
    /// gave H to 10⁻³), while a first difference of g keeps them. Every entry is estimated at the steps
    /// s = <paramref name="step"/>·10⁻ᵐ, m = 0..3, and taken from the pair of consecutive steps that
    /// agree best (the shorter of the two): kink-free estimates agree to within truncation and
    /// rounding, an estimate spoiled by a kink disagrees with its neighbours.
    /// </remarks>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">The batch (float64).</param>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The directions.</param>
    /// <param name="step">The longest step length in parameter space.</param>
    /// <returns>(L, g, H).</returns>
    public static JetEvaluation FiniteDifferences(IModel model, ILoss loss, Batch<double> batch, ReadOnlyMemory<double> parameters,
        Directions directions, double step = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        const int stepCount = 4;
        int k = directions.K, n = parameters.Length;
        var plain = new PlainEvaluator<double>(model);
        var jets = new JetEvaluator<double>(model, loss);
        var v = new double[k][];
        var norms = new double[k];
        for (int i = 0; i < k; i++)
        {
            v[i] = directions.ToArray(i);
            double norm = Math.Sqrt(v[i].Sum(x => x * x));
            norms[i] = norm > 0 ? norm : 1;
        }

        double[] Shifted(int index, double t)
        {
            double[] point = parameters.ToArray();
            double[] d = v[index];
            for (int e = 0; e < n; e++)
            {
                point[e] += t * d[e];
            }

            return point;
        }

        double l0 = plain.Loss(loss, batch, parameters);
        var g = new double[stepCount][];
        var h = new double[stepCount][,];
        for (int m = 0; m < stepCount; m++)
        {
            double s = step * Math.Pow(10, -m);
            g[m] = new double[k];
            h[m] = new double[k, k];
            for (int j = 0; j < k; j++)
            {
                double hj = s / norms[j];
                double[] plus = Shifted(j, hj), minus = Shifted(j, -hj);
                g[m][j] = (plain.Loss(loss, batch, plus) - plain.Loss(loss, batch, minus)) / (2 * hj);
                double[] gPlus = jets.Evaluate(batch, plus, directions).G, gMinus = jets.Evaluate(batch, minus, directions).G;
                for (int i = 0; i < k; i++)
                {
                    h[m][i, j] = (gPlus[i] - gMinus[i]) / (2 * hj);
                }
            }

            for (int i = 0; i < k; i++)
            {
                for (int j = i + 1; j < k; j++)
                {
                    h[m][i, j] = h[m][j, i] = 0.5 * (h[m][i, j] + h[m][j, i]);
                }
            }
        }

        var gBest = new double[k];
        var hBest = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            gBest[i] = MostStable(m => g[m][i], stepCount);
            for (int j = 0; j < k; j++)
            {
                hBest[i, j] = MostStable(m => h[m][i, j], stepCount);
            }
        }

        return new JetEvaluation(l0, gBest, hBest);
    }

    /// <summary>The shorter-step estimate of the consecutive pair that agrees best.</summary>
    private static double MostStable(Func<int, double> estimate, int count)
    {
        double best = double.PositiveInfinity, value = estimate(count - 1);
        for (int m = 0; m + 1 < count; m++)
        {
            double gap = Math.Abs(estimate(m) - estimate(m + 1));
            if (gap < best)
            {
                best = gap;
                value = estimate(m + 1);
            }
        }

        return value;
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
