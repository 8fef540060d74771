using Hyperdual.Tensors.Ops;
using Hyperdual.Tensors.Tests.Support;

namespace Hyperdual.Tensors.Tests.Ops;

/// <summary>Jets big enough for the ops to split work over threads give the element-by-element rule.</summary>
public sealed class LargeJetTests
{
    [Fact]
    public void LargeUnaryJetMatchesTheElementwiseRule()
    {
        Jet<double> x = JetCurves.RandomJet(new Random(3), [301, 997], Domain.Any, 2, tangents: true, second: true);
        Jet<double> y = Jet<double>.Tanh(x);
        var f = default(TanhFunction);
        for (int e = 0; e < x.PartLength; e += 37)
        {
            f.Evaluate(x.Value[e], out double v, out double d1, out double d2);
            Assert.Equal(v, y.Value[e]);
            for (int i = 0; i < 2; i++)
            {
                Assert.Equal(d1 * x.Tangent(i)[e], y.Tangent(i)[e], 1e-15);
                for (int j = i; j < 2; j++)
                {
                    double expected = (d2 * x.Tangent(i)[e] * x.Tangent(j)[e]) + (d1 * x.Second(i, j)[e]);
                    Assert.Equal(expected, y.Second(i, j)[e], 1e-14);
                }
            }
        }
    }

    [Fact]
    public void LargeMaxPoolJetGathersEveryPartAtTheValuesArgmax()
    {
        Jet<double> x = JetCurves.RandomJet(new Random(4), [8, 16, 24, 24], Domain.Any, 3, tangents: true, second: true);
        Jet<double> y = Jet<double>.MaxPool2d(x, 2, 2);
        for (int o = 0; o < y.PartLength; o += 53)
        {
            int n = o / (16 * 12 * 12), c = o / (12 * 12) % 16, oy = o / 12 % 12, ox = o % 12;
            int best = -1;
            for (int dy = 0; dy < 2; dy++)
            {
                for (int dx = 0; dx < 2; dx++)
                {
                    int index = ((((n * 16) + c) * 24) + (2 * oy) + dy) * 24 + (2 * ox) + dx;
                    if (best < 0 || x.Value[index] > x.Value[best])
                    {
                        best = index;
                    }
                }
            }

            Assert.Equal(x.Value[best], y.Value[o]);
            Assert.Equal(x.Tangent(2)[best], y.Tangent(2)[o]);
            Assert.Equal(x.Second(1, 2)[best], y.Second(1, 2)[o]);
        }
    }
}
