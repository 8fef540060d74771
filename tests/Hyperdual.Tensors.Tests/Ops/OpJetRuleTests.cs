using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Ops;

/// <summary>
/// Every op's jet rule (K = 3, all pairs including i = j) against (a) its value rule, (b) the scalar
/// <see cref="HyperDual{T}"/> evaluation of the same op on <c>Tensor&lt;HyperDual&lt;double&gt;&gt;</c>
/// for each pair, and (c) central finite differences in float64 along the jet's curve, for each way
/// the operands' parts can be present or absent.
/// </summary>
public sealed class OpJetRuleTests
{
    private const int K = 3;

    public static TheoryData<string, JetLayoutKind> Cases()
    {
        var data = new TheoryData<string, JetLayoutKind>();
        foreach (OpCase c in OpCase.All)
        {
            foreach (JetLayoutKind layout in Enum.GetValues<JetLayoutKind>())
            {
                data.Add(c.Name, layout);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void JetValueEqualsValueRule(string name, JetLayoutKind layout)
    {
        (OpCase op, Jet<double>[] jets) = Build(name, layout);
        Jet<double> y = op.Apply(jets);
        Tensor<double> plain = op.Apply(jets.Select(j => j.ValueTensor()).ToArray());
        Assert.Equal(plain.Shape.ToArray(), y.Shape.ToArray());
        JetCurves.AssertClose(plain.Span, y.Value, 1e-14, $"{name} value");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void JetPartsMatchHyperDualPassPerPair(string name, JetLayoutKind layout)
    {
        (OpCase op, Jet<double>[] jets) = Build(name, layout);
        Jet<double> y = op.Apply(jets);
        for (int a = 0; a < K; a++)
        {
            for (int b = a; b < K; b++)
            {
                Tensor<HyperDual<double>> hd = op.Apply(jets.Select(j => JetCurves.HyperDualOf(j, a, b)).ToArray());
                HyperDual<double>[] parts = hd.ToArray();
                JetCurves.AssertClose(parts.Select(p => p.Value).ToArray(), y.Value, 1e-13, $"{name} value");
                JetCurves.AssertClose(parts.Select(p => p.Epsilon1).ToArray(), PartOrZero(y, y.HasTangents ? y.Tangent(a) : []), 1e-12, $"{name} tangent {a}");
                JetCurves.AssertClose(parts.Select(p => p.Epsilon2).ToArray(), PartOrZero(y, y.HasTangents ? y.Tangent(b) : []), 1e-12, $"{name} tangent {b}");
                JetCurves.AssertClose(parts.Select(p => p.Epsilon12).ToArray(), PartOrZero(y, y.HasSecondOrder ? y.Second(a, b) : []), 1e-12, $"{name} second ({a},{b})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void JetPartsMatchFiniteDifferences(string name, JetLayoutKind layout)
    {
        (OpCase op, Jet<double>[] jets) = Build(name, layout);
        Jet<double> y = op.Apply(jets);
        const double h = 1e-4;
        double[] F(double[] t) => op.Apply(jets.Select(j => JetCurves.PointOnCurve(j, t)).ToArray()).ToArray();
        double[] T(params (int Index, double Step)[] steps)
        {
            var t = new double[K];
            foreach ((int index, double step) in steps)
            {
                t[index] += step;
            }

            return t;
        }

        double[] f0 = F(new double[K]);
        for (int i = 0; i < K; i++)
        {
            double[] fp = F(T((i, h))), fm = F(T((i, -h)));
            double[] fd = fp.Select((v, e) => (v - fm[e]) / (2 * h)).ToArray();
            JetCurves.AssertClose(fd, PartOrZero(y, y.HasTangents ? y.Tangent(i) : []), 1e-6, $"{name} tangent {i}");
            double[] fdii = fp.Select((v, e) => (v - (2 * f0[e]) + fm[e]) / (h * h)).ToArray();
            JetCurves.AssertClose(fdii, PartOrZero(y, y.HasSecondOrder ? y.Second(i, i) : []), 2e-5, $"{name} second ({i},{i})");
            for (int j = i + 1; j < K; j++)
            {
                double[] fpp = F(T((i, h), (j, h))), fpm = F(T((i, h), (j, -h))), fmp = F(T((i, -h), (j, h))), fmm = F(T((i, -h), (j, -h)));
                double[] fdij = fpp.Select((v, e) => (v - fpm[e] - fmp[e] + fmm[e]) / (4 * h * h)).ToArray();
                JetCurves.AssertClose(fdij, PartOrZero(y, y.HasSecondOrder ? y.Second(i, j) : []), 2e-5, $"{name} second ({i},{j})");
            }
        }
    }

    public static TheoryData<string, int> OtherK()
    {
        var data = new TheoryData<string, int>();
        foreach (OpCase c in OpCase.All)
        {
            data.Add(c.Name, 1);
            data.Add(c.Name, 5);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherK))]
    public void JetPartsMatchHyperDualPassPerPairForOtherK(string name, int k)
    {
        (OpCase op, Jet<double>[] jets) = Build(name, JetLayoutKind.Full, k);
        Jet<double> y = op.Apply(jets);
        for (int a = 0; a < k; a++)
        {
            for (int b = a; b < k; b++)
            {
                HyperDual<double>[] parts = op.Apply(jets.Select(j => JetCurves.HyperDualOf(j, a, b)).ToArray()).ToArray();
                JetCurves.AssertClose(parts.Select(p => p.Epsilon1).ToArray(), y.Tangent(a), 1e-12, $"{name} K={k} tangent {a}");
                JetCurves.AssertClose(parts.Select(p => p.Epsilon12).ToArray(), y.Second(a, b), 1e-12, $"{name} K={k} second ({a},{b})");
            }
        }
    }

    [Fact]
    public void ParameterFreeConstantInputsGiveConstantOutputs()
    {
        (OpCase op, Jet<double>[] jets) = Build("tanh", JetLayoutKind.ConstantFirst);
        Jet<double> y = op.Apply(jets);
        Assert.False(y.HasTangents);
        Assert.False(y.HasSecondOrder);
    }

    [Fact]
    public void PiecewiseLinearOpsDoNotCreateSecondOrderParts()
    {
        foreach (string name in new[] { "relu", "leaky-relu", "maxpool2d", "avgpool2d", "sum", "linear" })
        {
            (OpCase op, Jet<double>[] jets) = Build(name, JetLayoutKind.ConstantFirst);
            if (jets.Length == 1)
            {
                jets[0] = JetCurves.RandomJet(new Random(1), op.Operands[0].Shape, op.Operands[0].Domain, K, tangents: true, second: false);
            }

            Jet<double> y = op.Apply(jets);
            Assert.True(y.HasTangents, name);
            Assert.False(y.HasSecondOrder, name);
        }
    }

    private static ReadOnlySpan<double> PartOrZero(Jet<double> y, ReadOnlySpan<double> part) =>
        part.IsEmpty ? new double[y.PartLength] : part;

    internal static (OpCase Op, Jet<double>[] Jets) Build(string name, JetLayoutKind layout, int k = K)
    {
        OpCase op = OpCase.All.Single(c => c.Name == name);
        var rng = new Random(name.Sum(ch => ch) + (31 * (int)layout));
        var jets = new Jet<double>[op.Operands.Length];
        for (int o = 0; o < jets.Length; o++)
        {
            (bool tangents, bool second) = layout switch
            {
                JetLayoutKind.Full => (true, true),
                JetLayoutKind.FirstOrder => (true, false),
                JetLayoutKind.ConstantRest => o == 0 ? (true, true) : (false, false),
                _ => o == 0 ? (false, false) : (true, false),
            };
            jets[o] = JetCurves.RandomJet(rng, op.Operands[o].Shape, op.Operands[o].Domain, k, tangents, second);
        }

        return (op, jets);
    }
}
