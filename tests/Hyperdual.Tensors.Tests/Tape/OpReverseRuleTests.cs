using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Tape;

/// <summary>
/// Every op's reverse rule, through the scalar L = Σ w ⊙ op(x) with fixed random weights w: the reverse
/// gradient (all operands leaves, or only the first) dotted with random directions vᵢ equals (a) the
/// jet's first-order part of L along vᵢ (float64, 1e-10 relative) and (b) central finite differences of L
/// along vᵢ; and the taped value equals the value rule.
/// </summary>
public sealed class OpReverseRuleTests
{
    private const int K = 3;

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (OpCase c in OpCase.All)
        {
            data.Add(c.Name, true);
            if (c.Operands.Length > 1)
            {
                data.Add(c.Name, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReverseGradientDotDirectionEqualsJetTangent(string name, bool allLeaves)
    {
        Setup s = Build(name, allLeaves);
        double[] gradient = ReverseGradient(s);
        Jet<double> loss = WeightedSum(s.Op.Apply(s.Jets), s.Weights);
        Assert.True(loss.HasTangents, $"{name}: the jet of L has no tangents");
        for (int i = 0; i < K; i++)
        {
            double reverse = Dot(gradient, s.Direction(i));
            double forward = loss.Tangent(i)[0];
            Assert.True(Math.Abs(reverse - forward) <= 1e-10 * Math.Max(1.0, Math.Abs(forward)),
                $"{name} (all leaves: {allLeaves}) direction {i}: reverse ∇L·v = {reverse:R}, jet Lᵢ = {forward:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReverseGradientDotDirectionEqualsFiniteDifferences(string name, bool allLeaves)
    {
        Setup s = Build(name, allLeaves);
        double[] gradient = ReverseGradient(s);
        const double h = 1e-5;
        for (int i = 0; i < K; i++)
        {
            double Plain(double t) => WeightedSum(s.Op.Apply(s.Jets.Select(j => Shifted(j, i, t)).ToArray()), s.Weights)[0];
            double fd = (Plain(h) - Plain(-h)) / (2 * h);
            double reverse = Dot(gradient, s.Direction(i));
            Assert.True(Math.Abs(reverse - fd) <= 1e-6 * Math.Max(1.0, Math.Abs(fd)),
                $"{name} direction {i}: reverse ∇L·v = {reverse:R}, finite differences {fd:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WorkspaceReuseGivesTheSameGradient(string name, bool allLeaves)
    {
        // Buffers given back early and reused uncleared (holding the previous run's numbers) by later
        // gradients must not change a bit: a rule that relied on zeros would show from the second run.
        Setup s = Build(name, allLeaves);
        double[] fresh = ReverseGradient(s);
        var workspace = new Workspace<double>();
        for (int run = 0; run < 3; run++)
        {
            using (workspace.Activate())
            {
                double[] reused = ReverseGradient(s);
                Assert.Equal(fresh, reused);
            }

            workspace.ReleaseAll();
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TapedValueEqualsValueRule(string name, bool allLeaves)
    {
        Setup s = Build(name, allLeaves);
        var tape = new Tape<double>();
        TapeTensor<double>[] operands = Leaves(s, tape, new double[s.Jets.Sum(j => j.PartLength)]);
        TapeTensor<double> y = s.Op.Apply(operands);
        Tensor<double> plain = s.Op.Apply(s.Jets.Select(j => j.ValueTensor()).ToArray());
        Assert.Equal(plain.Shape.ToArray(), y.Shape.ToArray());
        JetCurves.AssertClose(plain.Span, y.Value.Span, 1e-15, $"{name} value");
        Assert.True(y.RequiresGradient, $"{name}: the output of an op on a leaf must be on the tape");
    }

    [Fact]
    public void OpsOnConstantsRecordNothing()
    {
        var tape = new Tape<double>();
        var x = TapeTensor<double>.Constant(Tensor<double>.FromDoubles([1.0, -2.0, 3.0, 0.5], 2, 2));
        TapeTensor<double> y = TapeTensor<double>.Mean(TapeTensor<double>.Tanh(TapeTensor<double>.MatMul(x, x)));
        Assert.False(y.RequiresGradient);
        Assert.Null(y.Tape);
        Assert.Equal(0, tape.NodeCount);
    }

    [Fact]
    public void BackwardRejectsNonScalarAndForeignLoss()
    {
        var tape = new Tape<double>();
        var gradient = new double[4];
        TapeTensor<double> leaf = tape.Leaf(Tensor<double>.FromDoubles([1, 2, 3, 4], 4), gradient, 0);
        TapeTensor<double> y = TapeTensor<double>.Tanh(leaf);
        ArgumentException nonScalar = Assert.Throws<ArgumentException>(() => tape.Backward(y));
        Assert.Equal("loss", nonScalar.ParamName);
        var other = new Tape<double>();
        ArgumentException foreign = Assert.Throws<ArgumentException>(() => other.Backward(TapeTensor<double>.Sum(y)));
        Assert.Equal("loss", foreign.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => tape.Leaf(Tensor<double>.FromDoubles([1, 2], 2), gradient, 3));
    }

    [Fact]
    public void OperandsFromTwoTapesAreRejected()
    {
        var first = new Tape<double>();
        var second = new Tape<double>();
        TapeTensor<double> a = first.Leaf(Tensor<double>.FromDoubles([1, 2], 2), new double[2], 0);
        TapeTensor<double> b = second.Leaf(Tensor<double>.FromDoubles([3, 4], 2), new double[2], 0);
        ArgumentException e = Assert.Throws<ArgumentException>(() => TapeTensor<double>.Add(a, b));
        Assert.Equal("b", e.ParamName);
    }

    [Fact]
    public void ALeafUsedTwiceAccumulatesBothContributions()
    {
        // L = Σ x ⊙ x + Σ 3x  →  ∂L/∂x = 2x + 3 (closed form).
        var tape = new Tape<double>();
        var gradient = new double[3];
        TapeTensor<double> x = tape.Leaf(Tensor<double>.FromDoubles([0.5, -1.0, 2.0], 3), gradient, 0);
        TapeTensor<double> loss = TapeTensor<double>.Add(
            TapeTensor<double>.Sum(TapeTensor<double>.Multiply(x, x)),
            TapeTensor<double>.Sum(TapeTensor<double>.Affine(x, 3.0, 1.0)));
        tape.Backward(loss);
        Assert.Equal([4.0, 1.0, 7.0], gradient);
    }

    private sealed record Setup(OpCase Op, Jet<double>[] Jets, bool[] IsLeaf, Tensor<double> Weights)
    {
        /// <summary>Direction i over the leaves, concatenated in operand order.</summary>
        public double[] Direction(int i) =>
            Jets.Where((_, o) => IsLeaf[o]).SelectMany(j => j.Tangent(i).ToArray()).ToArray();
    }

    private static Setup Build(string name, bool allLeaves)
    {
        OpCase op = OpCase.All.Single(c => c.Name == name);
        var rng = new Random(name.Sum(ch => ch) * 7 + (allLeaves ? 1 : 2));
        bool[] isLeaf = op.Operands.Select((_, o) => allLeaves || o == 0).ToArray();
        Jet<double>[] jets = op.Operands
            .Select((operand, o) => JetCurves.RandomJet(rng, operand.Shape, operand.Domain, K, tangents: isLeaf[o], second: false))
            .ToArray();
        int[] outputShape = op.Apply(jets.Select(j => j.ValueTensor()).ToArray()).Shape.ToArray();
        var weights = new double[TensorShape.Product(outputShape)];
        for (int e = 0; e < weights.Length; e++)
        {
            weights[e] = (rng.NextDouble() * 2.0) - 1.0;
        }

        return new Setup(op, jets, isLeaf, Tensor<double>.FromDoubles(weights, outputShape));
    }

    private static TapeTensor<double>[] Leaves(Setup s, Tape<double> tape, double[] gradient)
    {
        var operands = new TapeTensor<double>[s.Jets.Length];
        int offset = 0;
        for (int o = 0; o < operands.Length; o++)
        {
            Tensor<double> value = s.Jets[o].ValueTensor();
            if (s.IsLeaf[o])
            {
                operands[o] = tape.Leaf(value, gradient, offset);
                offset += value.Length;
            }
            else
            {
                operands[o] = TapeTensor<double>.Constant(value);
            }
        }

        return operands;
    }

    private static double[] ReverseGradient(Setup s)
    {
        var tape = new Tape<double>();
        var gradient = new double[s.Jets.Where((_, o) => s.IsLeaf[o]).Sum(j => j.PartLength)];
        TapeTensor<double> loss = WeightedSum(s.Op.Apply(Leaves(s, tape, gradient)), s.Weights);
        tape.Backward(loss);
        return gradient;
    }

    private static TSelf WeightedSum<TSelf>(TSelf y, Tensor<double> weights) where TSelf : ITensorNumber<TSelf>
    {
        object w = typeof(TSelf) == typeof(Jet<double>) ? Jet<double>.Constant(weights, K)
            : typeof(TSelf) == typeof(TapeTensor<double>) ? TapeTensor<double>.Constant(weights)
            : weights;
        return TSelf.Sum(TSelf.Multiply(y, (TSelf)w));
    }

    private static Tensor<double> Shifted(Jet<double> jet, int i, double t)
    {
        var x = new Tensor<double>(jet.Shape.ToArray());
        jet.Value.CopyTo(x.Span);
        if (jet.HasTangents)
        {
            ReadOnlySpan<double> v = jet.Tangent(i);
            for (int e = 0; e < v.Length; e++)
            {
                x[e] += t * v[e];
            }
        }

        return x;
    }

    private static double Dot(double[] a, double[] b)
    {
        Assert.Equal(a.Length, b.Length);
        double sum = 0;
        for (int e = 0; e < a.Length; e++)
        {
            sum += a[e] * b[e];
        }

        return sum;
    }
}
