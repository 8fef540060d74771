namespace Hyperdual.Tensors.Tests.Support;

/// <summary>
/// Test helpers: random jets, the curve x(t) = x₀ + Σtᵢxᵢ + Σ_{i&lt;j}tᵢtⱼxᵢⱼ + ½Σtᵢ²xᵢᵢ a jet
/// describes exactly, and the hyper-dual number of a jet for a pair of directions.
/// </summary>
public static class JetCurves
{
    public static double Draw(Random rng, Domain domain)
    {
        double u = (rng.NextDouble() * 2.0) - 1.0;
        return domain switch
        {
            Domain.Positive => 0.5 + (1.5 * rng.NextDouble()),
            Domain.AwayFromZero => (u < 0 ? -1.0 : 1.0) * (0.3 + rng.NextDouble()),
            Domain.Probability => 0.05 + (0.9 * rng.NextDouble()),
            _ => 1.5 * u,
        };
    }

    public static Jet<double> RandomJet(Random rng, int[] shape, Domain domain, int k, bool tangents, bool second)
    {
        Jet<double> jet = Jet<double>.Allocate(shape, k, tangents, second);
        Span<double> value = jet.Value;
        for (int e = 0; e < value.Length; e++)
        {
            value[e] = Draw(rng, domain);
        }

        double scale = domain == Domain.Any ? 0.5 : 0.1;
        Span<double> rest = jet.Parts[jet.PartLength..];
        for (int e = 0; e < rest.Length; e++)
        {
            rest[e] = scale * ((rng.NextDouble() * 2.0) - 1.0);
        }

        return jet;
    }

    /// <summary>The point x(t) on the jet's curve.</summary>
    public static Tensor<double> PointOnCurve(Jet<double> jet, ReadOnlySpan<double> t)
    {
        var x = new Tensor<double>(jet.Shape.ToArray());
        Span<double> d = x.Span;
        jet.Value.CopyTo(d);
        int k = jet.K;
        for (int i = 0; i < k && jet.HasTangents; i++)
        {
            ReadOnlySpan<double> xi = jet.Tangent(i);
            for (int e = 0; e < d.Length; e++)
            {
                d[e] += t[i] * xi[e];
            }
        }

        for (int i = 0; i < k && jet.HasSecondOrder; i++)
        {
            for (int j = i; j < k; j++)
            {
                double c = i == j ? 0.5 * t[i] * t[i] : t[i] * t[j];
                ReadOnlySpan<double> xij = jet.Second(i, j);
                for (int e = 0; e < d.Length; e++)
                {
                    d[e] += c * xij[e];
                }
            }
        }

        return x;
    }

    /// <summary>The hyper-dual tensor x₀ + xₐε₁ + x_bε₂ + x_abε₁ε₂ (exact for a = b too, as x(ε₁ + ε₂)).</summary>
    public static Tensor<HyperDual<double>> HyperDualOf(Jet<double> jet, int a, int b)
    {
        var x = new Tensor<HyperDual<double>>(jet.Shape.ToArray());
        Span<HyperDual<double>> d = x.Span;
        for (int e = 0; e < d.Length; e++)
        {
            d[e] = new HyperDual<double>(
                jet.Value[e],
                jet.HasTangents ? jet.Tangent(a)[e] : 0.0,
                jet.HasTangents ? jet.Tangent(b)[e] : 0.0,
                jet.HasSecondOrder ? jet.Second(a, b)[e] : 0.0);
        }

        return x;
    }

    /// <summary>|actual − expected| ≤ tolerance·(1 + |expected|) elementwise, with a message naming the place.</summary>
    public static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int e = 0; e < expected.Length; e++)
        {
            double err = Math.Abs(actual[e] - expected[e]);
            if (!(err <= tolerance * (1.0 + Math.Abs(expected[e]))))
            {
                Assert.Fail($"{what}[{e}]: expected {expected[e]:R}, got {actual[e]:R} (error {err:E2}, tolerance {tolerance:E1}).");
            }
        }
    }
}
