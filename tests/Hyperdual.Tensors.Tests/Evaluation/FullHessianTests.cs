using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Evaluation;

/// <summary>
/// The jet's g and H against the full gradient and Hessian of a tiny model's loss from
/// <see cref="Derivatives"/> (n(n+1)/2 scalar hyper-dual passes over the flat parameters),
/// projected on the directions: gᵢ = ∇L·vᵢ, Hᵢⱼ = vᵢᵀ∇²L vⱼ.
/// </summary>
public sealed class FullHessianTests
{
    public static TheoryData<string> Models() => ["mlp", "cnn"];

    [Theory]
    [MemberData(nameof(Models))]
    public void JetEqualsProjectedFullHessian(string name)
    {
        IModel model = name == "mlp"
            ? ModelZoo.Mlp(inputs: 3, hidden: [4], classes: 2, activation: ActivationKind.Tanh, seed: 1)
            : ModelZoo.Cnn(new CnnOptions { Height = 8, Width = 8, Conv1Channels = 2, Conv2Channels = 2, KernelSize = 2, Hidden = 3, Classes = 2 }, seed: 2);
        int[] shape = name == "mlp" ? [3] : [1, 8, 8];
        Batch<double> batch = TestModels.RandomBatch<double>(shape, 2, 3, 7);
        var function = new ModelLossFunction(model, CrossEntropyLoss.Instance, batch);
        double[] theta = model.Parameters.ValuesArray;
        (double value, double[] gradient, double[,] hessian) = Derivatives.ValueGradientHessian(function, theta);

        const int k = 3;
        Directions directions = Directions.FromSeed(5, k, theta.Length);
        JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, theta, directions);
        double[][] v = Enumerable.Range(0, k).Select(directions.ToArray).ToArray();
        Assert.Equal(value, jet.Loss, 12);
        for (int i = 0; i < k; i++)
        {
            double gi = gradient.Select((x, e) => x * v[i][e]).Sum();
            Assert.Equal(gi, jet.G[i], 10);
            for (int j = 0; j < k; j++)
            {
                double hij = 0;
                for (int a = 0; a < theta.Length; a++)
                {
                    for (int b = 0; b < theta.Length; b++)
                    {
                        hij += v[i][a] * hessian[a, b] * v[j][b];
                    }
                }

                Assert.True(Math.Abs(hij - jet.H[i, j]) <= 1e-10 * (1 + Math.Abs(hij)), $"H[{i},{j}]: full {hij}, jet {jet.H[i, j]}");
            }
        }
    }
}
