using Hyperdual.Optimizers;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Tape;

/// <summary>
/// The reverse gradient of whole models (logreg, mlp, cnn, a user's model) in float64 against the jet's
/// first-order parts (∇L·vᵢ = gᵢ), central finite differences of the loss along vᵢ, and, for tiny
/// models, the full gradient from <see cref="Derivatives.Gradient(IScalarFunction, ReadOnlySpan{double})"/>.
/// </summary>
public sealed class ModelBackpropTests
{
    private const int K = 3;

    public static TheoryData<string> Models() => ["logreg", "mlp", "mlp-relu", "cnn", "user", "mlp-mse", "autoencoder"];

    [Theory]
    [MemberData(nameof(Models))]
    public void ReverseGradientDotDirectionsEqualsJetFirstOrderParts(string name)
    {
        (IModel model, ILoss loss, Batch<double> batch) = Create(name);
        double[] theta = model.Parameters.ValuesArray;
        (double value, double[] gradient) = BackpropEvaluator.Evaluate(model, loss, batch, theta);
        Directions directions = Directions.FromSeed(11, K, theta.Length);
        JetEvaluation jet = new JetEvaluator<double>(model, loss).Evaluate(batch, theta, directions);
        Assert.Equal(jet.Loss, value, 13);
        for (int i = 0; i < K; i++)
        {
            double reverse = Dot(gradient, directions.ToArray(i));
            Assert.True(Math.Abs(reverse - jet.G[i]) <= 1e-10 * Math.Max(1.0, Math.Abs(jet.G[i])),
                $"{name} direction {i}: reverse ∇L·v = {reverse:R}, jet g = {jet.G[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void ReverseGradientMatchesFiniteDifferencesAlongDirections(string name)
    {
        (IModel model, ILoss loss, Batch<double> batch) = Create(name);
        double[] theta = model.Parameters.ValuesArray;
        (_, double[] gradient) = BackpropEvaluator.Evaluate(model, loss, batch, theta);
        var plain = new PlainEvaluator<double>(model);
        Directions directions = Directions.FromSeed(12, K, theta.Length);
        const double h = 1e-5;
        for (int i = 0; i < K; i++)
        {
            double[] v = directions.ToArray(i);
            double L(double t) => plain.Loss(loss, batch, theta.Select((x, e) => x + (t * v[e])).ToArray());
            double fd = (L(h) - L(-h)) / (2 * h);
            double reverse = Dot(gradient, v);
            Assert.True(Math.Abs(reverse - fd) <= 1e-6 * Math.Max(1.0, Math.Abs(fd)),
                $"{name} direction {i}: reverse {reverse:R}, finite differences {fd:R}");
        }
    }

    public static TheoryData<string> TinyModels() => ["logreg-tiny", "mlp-tiny", "cnn-tiny"];

    [Theory]
    [MemberData(nameof(TinyModels))]
    public void ReverseGradientEqualsScalarHyperDualGradientOfFlatParameters(string name)
    {
        (IModel model, int[] shape) = name switch
        {
            "logreg-tiny" => ((IModel)ModelZoo.LogisticRegression(inputs: 4, classes: 3, seed: 2), new[] { 4 }),
            "mlp-tiny" => (ModelZoo.Mlp(inputs: 3, hidden: [4], classes: 2, activation: ActivationKind.Tanh, seed: 1), [3]),
            _ => (ModelZoo.Cnn(new CnnOptions { Height = 8, Width = 8, Conv1Channels = 2, Conv2Channels = 2, KernelSize = 2, Hidden = 3, Classes = 2 }, seed: 2), [1, 8, 8]),
        };
        int classes = name == "logreg-tiny" ? 3 : 2;
        Batch<double> batch = TestModels.RandomBatch<double>(shape, classes, 3, 7);
        double[] theta = model.Parameters.ValuesArray;
        double[] expected = Derivatives.Gradient(new ModelLossFunction(model, CrossEntropyLoss.Instance, batch), theta);
        (_, double[] gradient) = BackpropEvaluator.Evaluate(model, CrossEntropyLoss.Instance, batch, theta);
        JetCurves.AssertClose(expected, gradient, 1e-10, $"{name} ∇L");
    }

    [Fact]
    public void RepeatedStepsReuseTheirBuffersAndGiveTheSameGradient()
    {
        (IModel model, ILoss loss, Batch<double> batch) = Create("cnn");
        var evaluator = new BackpropEvaluator<double>(model, loss);
        double[] theta = model.Parameters.ValuesArray;
        var first = new double[theta.Length];
        var again = new double[theta.Length];
        double loss1 = evaluator.Evaluate(batch, theta, first);
        long retained = evaluator.Workspace.RetainedElements;
        long peak = evaluator.Workspace.PeakRentedElements;
        for (int step = 0; step < 3; step++)
        {
            Assert.Equal(loss1, evaluator.Evaluate(batch, theta, again));
            Assert.Equal(first, again);
        }

        Assert.Equal(retained, evaluator.Workspace.RetainedElements);
        Assert.Equal(peak, evaluator.Workspace.PeakRentedElements);
        Assert.Equal(0, evaluator.Workspace.RentedCount);
        Assert.Equal(0, evaluator.Workspace.RentedElements);
        Assert.True(evaluator.LastNodeCount > 0);
    }

    [Fact]
    public void BackwardGivesActivationBuffersBackForTheGradientsToReuse()
    {
        // An mlp with relu: without reuse the workspace would hold every activation and every gradient;
        // the backward pass's gradients reuse released activations, so it holds less than that sum.
        IModel model = ModelZoo.Mlp(inputs: 12, hidden: [64, 64, 64], classes: 4, seed: 5);
        Batch<double> batch = TestModels.RandomBatch<double>([12], 4, 32, 3);
        // Every buffer of a forward pass that keeps them all (a plain binder that is no chain-releasing one).
        var plain = new Workspace<double>();
        using (plain.Activate())
        {
            var holding = new HoldingBinder(new TensorBinder<double>(model.Parameters.ValuesArray));
            _ = CrossEntropyLoss.Instance.Compute(model.Forward(batch.Inputs, holding), new LossTargets<Tensor<double>>(batch.Labels, null));
        }

        long forwardOnly = plain.RetainedElements;
        var evaluator = new BackpropEvaluator<double>(model, CrossEntropyLoss.Instance);
        _ = evaluator.Evaluate(batch, model.Parameters.ValuesArray);
        long activationGradients = forwardOnly - model.Parameters.Count; // every non-parameter buffer gets a gradient
        Assert.True(evaluator.Workspace.RetainedElements < forwardOnly + activationGradients,
            $"retained {evaluator.Workspace.RetainedElements}, forward {forwardOnly}, activation gradients {activationGradients}");
    }

    [Fact]
    public void Float32GradientAgreesWithFloat64()
    {
        (IModel model, ILoss loss, Batch<double> batch64) = Create("cnn");
        var batch32 = new Batch<float>(Tensor<float>.FromDoubles(batch64.Inputs.ToArray(), batch64.Inputs.Shape.ToArray()), batch64.Labels);
        double[] theta = model.Parameters.ValuesArray;
        (double l64, double[] g64) = BackpropEvaluator.Evaluate(model, loss, batch64, theta);
        (double l32, float[] g32) = BackpropEvaluator.Evaluate(model, loss, batch32, theta);
        Assert.Equal(l64, l32, 4);
        double scale = g64.Max(Math.Abs);
        for (int e = 0; e < g64.Length; e++)
        {
            Assert.True(Math.Abs(g32[e] - g64[e]) <= 1e-4 * scale, $"∇L[{e}]: float64 {g64[e]:R}, float32 {g32[e]:R}");
        }
    }

    [Fact]
    public void AdamDrivenByTheTapedGradientLowersTheLossOfLogisticRegression()
    {
        IModel model = ModelZoo.LogisticRegression(inputs: 20, classes: 4, seed: 3);
        Batch<double> batch = TestModels.RandomBatch<double>([20], 4, 32, 9);
        var evaluator = new BackpropEvaluator<double>(model, CrossEntropyLoss.Instance);
        var adam = new AdamOptimizer<double>(model.Parameters.Count, new AdamOptions { LearningRate = 0.05 });
        var gradient = new double[model.Parameters.Count];
        double initial = evaluator.Evaluate(batch, model.Parameters.ValuesArray, gradient);
        double loss = initial;
        for (int step = 0; step < 60; step++)
        {
            adam.Step(model.Parameters.Values, gradient, loss);
            loss = evaluator.Evaluate(batch, model.Parameters.ValuesArray, gradient);
        }

        Assert.Equal(60, adam.StepCount);
        Assert.True(loss < 0.6 * initial, $"loss {initial} → {loss}");
    }

    [Fact]
    public void EvaluatorRejectsAWrongLengthGradient()
    {
        (IModel model, ILoss loss, Batch<double> batch) = Create("logreg");
        var evaluator = new BackpropEvaluator<double>(model, loss);
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            evaluator.Evaluate(batch, model.Parameters.ValuesArray, new double[model.Parameters.Count + 1]));
        Assert.Equal("gradient", e.ParamName);
    }

    private static (IModel Model, ILoss Loss, Batch<double> Batch) Create(string name)
    {
        switch (name)
        {
            case "user":
            {
                var model = new GatedResidualModel(features: 6, classes: 3, seed: 4);
                return (model, CrossEntropyLoss.Instance, TestModels.RandomBatch<double>([6], 3, 5, 8));
            }

            case "mlp-mse":
            {
                IModel model = ModelZoo.Mlp(inputs: 5, hidden: [7], classes: 2, activation: ActivationKind.Gelu, seed: 9);
                Batch<double> inputs = TestModels.RandomBatch<double>([5], 2, 6, 4);
                var rng = new Random(5);
                Tensor<double> targets = Tensor<double>.FromDoubles(Enumerable.Range(0, 12).Select(_ => rng.NextDouble()).ToArray(), 6, 2);
                return (model, MeanSquaredErrorLoss.Instance, new Batch<double>(inputs.Inputs, targets: targets));
            }

            case "autoencoder":
            {
                // The reconstruction task: the target is the input itself.
                IModel model = ModelZoo.Autoencoder(inputs: 6, hidden: [5, 2, 5], seed: 3);
                Batch<double> inputs = TestModels.RandomBatch<double>([6], 2, 5, 13);
                return (model, MeanSquaredErrorLoss.Instance, new Batch<double>(inputs.Inputs, targets: inputs.Inputs.Reshape(5, 6)));
            }

            default:
            {
                (IModel model, int[] shape, int classes) = TestModels.Create(name);
                return (model, CrossEntropyLoss.Instance, TestModels.RandomBatch<double>(shape, classes, 6, 21));
            }
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int e = 0; e < a.Length; e++)
        {
            sum += a[e] * b[e];
        }

        return sum;
    }

    /// <summary>The sample's user model (samples/CustomModel/GatedResidualModel.cs), written once with the public ops.</summary>
    private sealed class GatedResidualModel : IModel
    {
        private readonly Linear _transform;
        private readonly Linear _gate;
        private readonly Linear _head;

        public GatedResidualModel(int features, int classes, ulong seed)
        {
            Parameters = new ParameterCollection();
            _transform = new Linear(Parameters, "transform", features, features);
            _gate = new Linear(Parameters, "gate", features, features);
            _head = new Linear(Parameters, "head", features, classes);
            Parameters.Initialize(seed);
        }

        public ParameterCollection Parameters { get; }

        public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf>
        {
            TSelf x = TSelf.Flatten(input);
            TSelf update = TSelf.Tanh(_transform.Forward(x, parameters));
            TSelf gate = TSelf.Sigmoid(_gate.Forward(x, parameters));
            TSelf h = TSelf.Add(x, TSelf.Multiply(update, gate));
            return _head.Forward(h, parameters);
        }
    }

    private sealed class HoldingBinder(TensorBinder<double> inner) : IParameterBinder<Tensor<double>>
    {
        public Tensor<double> Bind(Parameter parameter) => inner.Bind(parameter);
    }
}
