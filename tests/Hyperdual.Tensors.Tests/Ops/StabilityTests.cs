using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Ops;

/// <summary>The stable formulations stay finite and exact far from the origin.</summary>
public sealed class StabilityTests
{
    [Fact]
    public void LogSoftmaxAndCrossEntropyStayFiniteForHugeLogits()
    {
        Jet<double> z = Jet<double>.Allocate([1, 3], 1, true, true);
        z.Value[0] = 1000;
        z.Value[1] = -1000;
        z.Value[2] = 999;
        z.Tangent(0)[0] = 1;
        Jet<double> l = Jet<double>.LogSoftmax(z);
        double lse = 1000 + Math.Log(1 + Math.Exp(-1));
        Assert.Equal(1000 - lse, l.Value[0], 12);
        Assert.True(double.IsFinite(l.Value[1]));
        double p0 = 1 / (1 + Math.Exp(-1));
        Assert.Equal(1 - p0, l.Tangent(0)[0], 12); // ∂l₀/∂z₀ = 1 − p₀
        Assert.Equal(-p0 * (1 - p0), l.Second(0, 0)[0], 12); // −Var_p(e₀)
        Jet<double> ce = Jet<double>.CrossEntropy(z, [1]);
        Assert.Equal(lse + 1000, ce.Value[0], 9);
        Assert.Equal(p0, ce.Tangent(0)[0], 12);
    }

    [Fact]
    public void SoftplusSigmoidAndBceStayFiniteForLargeArguments()
    {
        var x = Tensor<double>.FromDoubles([-800.0, 800.0], 2);
        Assert.Equal([0.0, 800.0], Tensor<double>.Softplus(x).ToArray());
        Assert.Equal([0.0, 1.0], Tensor<double>.Sigmoid(x).ToArray());
        double bce = Tensor<double>.BinaryCrossEntropyWithLogits(x, Tensor<double>.FromDoubles([0.0, 1.0], 2))[0];
        Assert.Equal(0.0, bce);
    }

    [Fact]
    public void ReluJetTakesTheBranchOfTheValue()
    {
        Jet<double> x = Jet<double>.Allocate([3], 1, true, true);
        x.Value[0] = -1;
        x.Value[1] = 0;
        x.Value[2] = 2;
        x.Tangent(0).Fill(5);
        x.Second(0, 0).Fill(7);
        Jet<double> y = Jet<double>.Relu(x);
        Assert.Equal([0.0, 0.0, 5.0], y.Tangent(0).ToArray());
        Assert.Equal([0.0, 0.0, 7.0], y.Second(0, 0).ToArray());
        JetCurves.AssertClose([0.0, 0.0, 2.0], y.Value, 0, "relu value");
    }
}
