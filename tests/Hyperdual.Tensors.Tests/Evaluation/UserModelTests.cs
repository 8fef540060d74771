using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Tests.Support;
using Hyperdual.Tensors.Verification;

namespace Hyperdual.Tensors.Tests.Evaluation;

/// <summary>A model class written by a user with the public ops works on every number system.</summary>
public sealed class UserModelTests
{
    private sealed class GatedResidual : IModel
    {
        private readonly Linear _a, _b, _head;

        public GatedResidual()
        {
            Parameters = new ParameterCollection();
            _a = new Linear(Parameters, "a", 5, 5);
            _b = new Linear(Parameters, "b", 5, 5, bias: false);
            _head = new Linear(Parameters, "head", 5, 3);
            Parameters.Initialize(3);
        }

        public ParameterCollection Parameters { get; }

        public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> p) where TSelf : ITensorNumber<TSelf>
        {
            TSelf h = TSelf.Add(input, TSelf.Multiply(TSelf.Gelu(_a.Forward(input, p)), TSelf.Softplus(_b.Forward(input, p))));
            return TSelf.Affine(_head.Forward(TSelf.Silu(h), p), 2.0, 0.0);
        }
    }

    [Fact]
    public void UserModelJetMatchesHyperDualPassesAndFiniteDifferences()
    {
        var model = new GatedResidual();
        Batch<double> batch = TestModels.RandomBatch<double>([5], 3, 4, 8);
        Directions directions = Directions.FromSeed(2, 3, model.Parameters.Count);
        GradientCheckReport report = GradientCheck.Run(model, CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray, directions);
        Assert.True(report.Passed, $"{report}");
        Assert.InRange(report.HyperDualHError, 0, 1e-12);
        Assert.InRange(report.FiniteDifferenceHError, 0, 1e-6);
        double plain = new PlainEvaluator<double>(model).Loss(CrossEntropyLoss.Instance, batch, model.Parameters.ValuesArray);
        Assert.Equal(plain, report.Jet.Loss, 14);
    }
}
