using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Evaluation;

/// <summary>Jet results against hand-derived closed forms, computed naively in the test.</summary>
public sealed class ClosedFormTests
{
    /// <summary>
    /// Logistic regression, L = (1/n) Σ_r CE(softmax(W x_r + b), y_r). Along direction v = (V, v_b) the
    /// logits move by z_v = V x + v_b, so gᵢ = (1/n) Σ ⟨p − e_y, z_vᵢ⟩ and
    /// Hᵢⱼ = (1/n) Σ (⟨p, z_vᵢ z_vⱼ⟩ − ⟨p, z_vᵢ⟩⟨p, z_vⱼ⟩).
    /// </summary>
    [Fact]
    public void LogisticRegressionMatchesClosedForm()
    {
        const int inputs = 6, classes = 3, n = 4, k = 3;
        var model = ModelZoo.LogisticRegression(inputs, classes, seed: 9);
        Batch<double> batch = TestModels.RandomBatch<double>([inputs], classes, n, 5);
        Directions directions = Directions.FromSeed(99, k, model.Parameters.Count);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);

        double[] theta = model.Parameters.ValuesArray;
        double[][] v = Enumerable.Range(0, k).Select(directions.ToArray).ToArray();
        double[] Logits(double[] w, int r, bool withBias)
        {
            var z = new double[classes];
            for (int c = 0; c < classes; c++)
            {
                double s = withBias ? w[(classes * inputs) + c] : 0;
                for (int q = 0; q < inputs; q++)
                {
                    s += w[(c * inputs) + q] * batch.Inputs[(r * inputs) + q];
                }

                z[c] = s;
            }

            return z;
        }

        double loss = 0;
        var g = new double[k];
        var h = new double[k, k];
        for (int r = 0; r < n; r++)
        {
            double[] z = Logits(theta, r, true);
            double max = z.Max();
            double[] e = z.Select(x => Math.Exp(x - max)).ToArray();
            double sum = e.Sum();
            double[] p = e.Select(x => x / sum).ToArray();
            int y = batch.Labels![r];
            loss += -Math.Log(p[y]);
            double[][] zv = v.Select(d => Logits(d, r, true)).ToArray();
            double[] mean = zv.Select(d => d.Select((x, c) => p[c] * x).Sum()).ToArray();
            for (int i = 0; i < k; i++)
            {
                g[i] += mean[i] - zv[i][y];
                for (int j = 0; j < k; j++)
                {
                    h[i, j] += zv[i].Select((x, c) => p[c] * x * zv[j][c]).Sum() - (mean[i] * mean[j]);
                }
            }
        }

        Assert.Equal(loss / n, jet.Loss, 12);
        for (int i = 0; i < k; i++)
        {
            Assert.Equal(g[i] / n, jet.G[i], 11);
            for (int j = 0; j < k; j++)
            {
                Assert.Equal(h[i, j] / n, jet.H[i, j], 11);
            }
        }
    }

    /// <summary>Product rule on a hand example: f(x, y) = x·y with x = 2 + t₀, y = 3 + t₁ + t₀t₁ gives
    /// f₀ = 3, f₁ = 2, f₀₀ = 0·…, f₀₁ = 1 + 2·1 = 3, f₁₁ = 0; and sin-free chain: exp(x) along t₀: exp(2), exp(2).</summary>
    [Fact]
    public void HandExampleOfProductAndChainRules()
    {
        Jet<double> x = Jet<double>.Allocate([], 2, true, true);
        x.Value[0] = 2;
        x.Tangent(0)[0] = 1;
        Jet<double> y = Jet<double>.Allocate([], 2, true, true);
        y.Value[0] = 3;
        y.Tangent(1)[0] = 1;
        y.Second(0, 1)[0] = 1;
        Jet<double> f = Jet<double>.Multiply(x, y);
        Assert.Equal(6, f.Value[0]);
        Assert.Equal(3, f.Tangent(0)[0]);
        Assert.Equal(2, f.Tangent(1)[0]);
        Assert.Equal(0, f.Second(0, 0)[0]);
        Assert.Equal(3, f.Second(0, 1)[0]);
        Assert.Equal(0, f.Second(1, 1)[0]);
        Jet<double> e = Jet<double>.Exp(x);
        Assert.Equal(Math.Exp(2), e.Tangent(0)[0], 14);
        Assert.Equal(Math.Exp(2), e.Second(0, 0)[0], 14);
        Assert.Equal(0, e.Second(0, 1)[0]);
    }

    /// <summary>Perturbation confusion guard: x·x with x = t₀ + t₁ (value 0) has f₀₁ = 2, f₀₀ = 2.</summary>
    [Fact]
    public void SquareOfSumHasTwoAsEveryMixedPart()
    {
        Jet<double> x = Jet<double>.Allocate([], 2, true, false);
        x.Tangent(0)[0] = 1;
        x.Tangent(1)[0] = 1;
        Jet<double> f = Jet<double>.Multiply(x, x);
        Assert.Equal(2, f.Second(0, 0)[0]);
        Assert.Equal(2, f.Second(0, 1)[0]);
        Assert.Equal(2, f.Second(1, 1)[0]);
    }
}
