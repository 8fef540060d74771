using Hyperdual;
using Hyperdual.Samples.CustomModel;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Verification;

// A synthetic classification batch: 16 points in 6 dimensions, 3 classes.
const int features = 6, classes = 3, size = 16;
var rng = new Random(1);
double[] inputs = Enumerable.Range(0, size * features).Select(_ => rng.NextDouble() - 0.5).ToArray();
int[] labels = Enumerable.Range(0, size).Select(_ => rng.Next(classes)).ToArray();
var batch = new Batch<double>(Tensor<double>.FromDoubles(inputs, size, features), labels);

var model = new GatedResidualModel(features, classes, seed: 7);
double[] theta = model.Parameters.ValuesArray;
Console.WriteLine($"model: gated residual block, {model.Parameters.Count} parameters");

// One jet evaluation: loss, g = Vᵀ∇L and H = Vᵀ∇²L V along K = 3 seeded directions.
Directions directions = Directions.FromSeed(seed: 11, k: 3, dimension: theta.Length);
JetEvaluation jet = JetEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, theta, directions);
Console.WriteLine($"loss {jet.Loss:F6}");
Console.WriteLine($"g    [{string.Join(", ", jet.G.Select(x => x.ToString("F6")))}]");
for (int i = 0; i < jet.K; i++)
{
    Console.WriteLine($"H[{i}] [{string.Join(", ", Enumerable.Range(0, jet.K).Select(j => jet.H[i, j].ToString("F6")))}]");
}

// Reverse mode on the same model, unchanged: (L, ∇L) over the flat parameters, ready for a gradient optimizer.
(double backpropLoss, double[] gradient) = BackpropEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, theta);
Console.WriteLine($"backprop: loss {backpropLoss:F6}, |∇L| {Math.Sqrt(gradient.Sum(x => x * x)):F6}");

// The same check `hyperdual gradcheck` runs on the built-in models, on this model.
GradientCheckReport report = GradientCheck.Run(model, CrossEntropyLoss.Instance, batch, theta, directions);
Console.WriteLine($"gradcheck: g vs hyper-dual {report.HyperDualGError:E1}, H vs hyper-dual {report.HyperDualHError:E1}, " +
                  $"g vs finite differences {report.FiniteDifferenceGError:E1}, H vs finite differences {report.FiniteDifferenceHError:E1}, " +
                  $"backprop ∇L·v vs jet g {report.ReverseJetError:E1}, vs finite differences {report.ReverseFiniteDifferenceError:E1}");
Console.WriteLine(report.Passed ? "gradcheck passed" : "gradcheck FAILED");
return report.Passed ? 0 : 2;
