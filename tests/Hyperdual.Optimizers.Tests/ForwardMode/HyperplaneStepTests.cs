using Hyperdual.Optimizers.ForwardMode;

namespace Hyperdual.Optimizers.Tests.ForwardMode;

public sealed class HyperplaneStepTests
{
    private static readonly CurvatureRepairOptions Unrepaired = new() { Enabled = false };

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    [Fact]
    public void OneByOneIsTheNewtonStepAndNegativeCurvatureIsFlipped()
    {
        HyperplaneSolution positive = HyperplaneStep.Solve([3.0], new double[,] { { 2.0 } });
        Assert.Equal([-1.5], positive.Coefficients);
        Assert.Equal(2.0, positive.SmallestEigenvalue);
        Assert.Equal(2.0, positive.LargestEigenvalue);
        Assert.False(positive.Repaired);

        // H̃ = −2: the repaired step uses |λ| = 2 and goes downhill; the raw Newton step goes uphill.
        HyperplaneSolution negative = HyperplaneStep.Solve([3.0], new double[,] { { -2.0 } });
        Assert.Equal([-1.5], negative.Coefficients);
        Assert.Equal(-2.0, negative.SmallestEigenvalue);
        Assert.True(negative.Repaired);
        HyperplaneSolution raw = HyperplaneStep.Solve([3.0], new double[,] { { -2.0 } }, Unrepaired);
        Assert.Equal([1.5], raw.Coefficients);
        Assert.False(raw.Repaired);
    }

    [Fact]
    public void TwoByTwoPositiveDefiniteIsSolvedExactly()
    {
        // H̃ = [[4, 1], [1, 3]], H̃⁻¹ = (1/11)[[3, −1], [−1, 4]], g̃ = (1, 2): κ = −H̃⁻¹g̃ = (−1/11, −7/11);
        // eigenvalues (7 ∓ √5)/2.
        HyperplaneSolution s = HyperplaneStep.Solve([1.0, 2.0], new double[,] { { 4, 1 }, { 1, 3 } });
        Assert.Equal(-1.0 / 11.0, s.Coefficients[0], 1e-15);
        Assert.Equal(-7.0 / 11.0, s.Coefficients[1], 1e-15);
        Assert.Equal((7.0 - Math.Sqrt(5.0)) / 2.0, s.SmallestEigenvalue, 1e-14);
        Assert.Equal((7.0 + Math.Sqrt(5.0)) / 2.0, s.LargestEigenvalue, 1e-14);
        Assert.False(s.Repaired);
        Assert.Equal(s.Coefficients, HyperplaneStep.Solve([1.0, 2.0], new double[,] { { 4, 1 }, { 1, 3 } }, Unrepaired).Coefficients);
    }

    [Fact]
    public void TheReferenceDivergenceCaseAscendsUnrepairedAndDescendsRepaired()
    {
        // The FoMoH reference's CNN step 7: eigenvalues −1.27 and 254. With eigenvectors q₁ = (0.6, 0.8),
        // q₂ = (−0.8, 0.6) and g̃ = (1, 1): q₁ᵀg̃ = 1.4, q₂ᵀg̃ = −0.2, κ = −Σ (qⱼᵀg̃)/λ'ⱼ · qⱼ.
        double[,] h = Rotated(-1.27, 254.0);
        double[] g = [1.0, 1.0];

        HyperplaneSolution raw = HyperplaneStep.Solve(g, h, Unrepaired);
        Assert.True(Dot(g, raw.Coefficients) > 1.5, $"gᵀκ = {Dot(g, raw.Coefficients)}: the raw Newton step climbs"); // 1.4²/1.27 − 0.2²/254 ≈ 1.543
        HyperplaneSolution repaired = HyperplaneStep.Solve(g, h);
        Assert.True(repaired.Repaired);
        Assert.Equal(-1.27, repaired.SmallestEigenvalue, 1e-12);
        Assert.Equal(254.0, repaired.LargestEigenvalue, 1e-12);
        double a = -1.4 / 1.27, b = 0.2 / 254.0;
        Assert.Equal((a * 0.6) - (b * 0.8), repaired.Coefficients[0], 1e-13);
        Assert.Equal((a * 0.8) + (b * 0.6), repaired.Coefficients[1], 1e-13);
        Assert.Equal(-((1.4 * 1.4) / 1.27) - ((0.2 * 0.2) / 254.0), Dot(g, repaired.Coefficients), 1e-13);
    }

    [Fact]
    public void NearSingularCurvatureGivesAHugeRawStepAndAFlooredRepairedOne()
    {
        // Eigenvalues 1e-14 and 254 (eigenvectors as above): the raw step along q₁ has length 1.4e14; the relative floor 1e-8 caps
        // it at 1.4/(1e-8·254), an absolute floor of 0.5 at 1.4/0.5.
        double[,] h = Rotated(1e-14, 254.0);
        double[] g = [1.0, 1.0];
        double gNorm = Math.Sqrt(2.0);
        HyperplaneSolution raw = HyperplaneStep.Solve(g, h, Unrepaired);
        Assert.True(Norm(raw.Coefficients) > 1e13, $"‖κ‖ = {Norm(raw.Coefficients)}");

        HyperplaneSolution relative = HyperplaneStep.Solve(g, h);
        Assert.True(relative.Repaired);
        Assert.Equal(1.4 / (1e-8 * 254.0), Norm(relative.Coefficients), 1e-6 * 1.4 / (1e-8 * 254.0));
        Assert.True(Norm(relative.Coefficients) <= gNorm / (1e-8 * 254.0));

        HyperplaneSolution absolute = HyperplaneStep.Solve(g, h, new CurvatureRepairOptions { AbsoluteFloor = 0.5 });
        Assert.True(Norm(absolute.Coefficients) <= gNorm / 0.5);
        Assert.True(Dot(g, absolute.Coefficients) < 0.0);

        // Exactly singular: the raw solve divides by zero; the repaired one is finite.
        double[,] singular = { { 1.0, 0.0 }, { 0.0, 0.0 } };
        Assert.False(HyperplaneStep.Solve(g, singular, Unrepaired).Coefficients.All(double.IsFinite));
        Assert.Equal([-1.0, -1e8], HyperplaneStep.Solve(g, singular).Coefficients);
    }

    [Fact]
    public void ZeroCurvatureIsTheForwardGradientStep()
    {
        HyperplaneSolution s = HyperplaneStep.Solve([0.5, -2.0, 1.0], new double[3, 3]);
        Assert.Equal([-0.5, 2.0, -1.0], s.Coefficients);
        Assert.True(s.Repaired);
        Assert.Equal(0.0, s.SmallestEigenvalue);
        Assert.Equal(0.0, s.LargestEigenvalue);
    }

    /// <summary>
    /// The documented bound, on thousands of seeded random symmetric matrices of every kind (definite,
    /// indefinite, negative definite, singular, nearly singular, wildly scaled) and several floors: the
    /// repaired step is a descent direction with ‖κ‖ ≤ ‖g̃‖/δ, δ = max(RelativeFloor·max|λ|, AbsoluteFloor)
    /// (1 when H̃ = 0). The unrepaired solve ascends on every negative-definite H̃.
    /// </summary>
    [Fact]
    public void RepairedStepIsABoundedDescentDirectionOnRandomMatrices()
    {
        var random = new Random(20240817);
        CurvatureRepairOptions[] floors =
        [
            new(),
            new() { RelativeFloor = 1e-3 },
            new() { RelativeFloor = 0.0, AbsoluteFloor = 1e-6 },
            new() { RelativeFloor = 1e-8, AbsoluteFloor = 10.0 },
        ];
        int negativeDefinite = 0;
        for (int trial = 0; trial < 4000; trial++)
        {
            int k = 1 + random.Next(8);
            double scale = Math.Pow(10.0, (12.0 * random.NextDouble()) - 6.0);
            var values = new double[k];
            for (int i = 0; i < k; i++)
            {
                values[i] = (trial % 5) switch
                {
                    0 => scale * RandomMatrices.Gaussian(random),                         // indefinite
                    1 => -scale * (0.01 + random.NextDouble()),                             // negative definite
                    2 => i == 0 ? 0.0 : scale * RandomMatrices.Gaussian(random),           // singular
                    3 => i == 0 ? scale * 1e-13 * RandomMatrices.Gaussian(random) : scale, // nearly singular
                    _ => scale * (0.01 + random.NextDouble()),                              // positive definite
                };
            }

            double[,] h = RandomMatrices.WithEigenvalues(RandomMatrices.Orthogonal(random, k), values);
            double[] g = RandomMatrices.Vector(random, k, Math.Pow(10.0, (6.0 * random.NextDouble()) - 3.0));
            double gNorm = RandomMatrices.Norm(g);
            CurvatureRepairOptions options = floors[trial % floors.Length];

            HyperplaneSolution s = HyperplaneStep.Solve(g, h, options);
            double largest = Math.Max(Math.Abs(s.SmallestEigenvalue), Math.Abs(s.LargestEigenvalue));
            double floor = largest == 0.0 ? 1.0 : Math.Max(options.RelativeFloor * largest, options.AbsoluteFloor);
            Assert.True(Dot(g, s.Coefficients) < 0.0, $"trial {trial}: gᵀκ = {Dot(g, s.Coefficients)} is not descent");
            Assert.True(RandomMatrices.Norm(s.Coefficients) <= gNorm / floor * (1 + 1e-9), $"trial {trial}: ‖κ‖ = {RandomMatrices.Norm(s.Coefficients)} > ‖g̃‖/δ = {gNorm / floor}");

            if (trial % 5 == 1)
            {
                negativeDefinite++;
                Assert.True(s.Repaired);
                Assert.True(Dot(g, HyperplaneStep.Solve(g, h, Unrepaired).Coefficients) > 0.0, $"trial {trial}: the raw step should climb");
            }
        }

        Assert.Equal(800, negativeDefinite);
    }

    [Fact]
    public void WellConditionedPositiveDefiniteCurvatureIsNotRepairedAndSolvedToRoundOff()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 500; trial++)
        {
            int k = 1 + random.Next(10);
            double[] values = Enumerable.Range(0, k).Select(_ => Math.Pow(10.0, 6.0 * random.NextDouble())).ToArray();
            double[,] h = RandomMatrices.WithEigenvalues(RandomMatrices.Orthogonal(random, k), values);
            double[] g = RandomMatrices.Vector(random, k);
            HyperplaneSolution s = HyperplaneStep.Solve(g, h);
            Assert.False(s.Repaired);
            double[] residual = RandomMatrices.Multiply(h, s.Coefficients).Zip(g, (hk, gi) => hk + gi).ToArray();
            Assert.True(RandomMatrices.Norm(residual) <= 1e-9 * RandomMatrices.Norm(g) * values.Max() / values.Min(), $"trial {trial}: ‖H̃κ + g̃‖ = {RandomMatrices.Norm(residual)}");
        }
    }

    [Fact]
    public void DefaultStepDoesNotDependOnTheLossScale()
    {
        // With no absolute floor, multiplying L by c multiplies g̃ and H̃ by c and leaves κ unchanged, also
        // where the relative floor acts; an absolute floor breaks this on purpose (it is in the loss's units).
        double[,] h = Rotated(1e-14, -3.0);
        double[] g = [0.3, -0.7];
        double[] reference = HyperplaneStep.Solve(g, h).Coefficients;
        foreach (double c in new[] { 1e-6, 1e6 })
        {
            double[,] scaled = { { c * h[0, 0], c * h[0, 1] }, { c * h[1, 0], c * h[1, 1] } };
            double[] kappa = HyperplaneStep.Solve([c * g[0], c * g[1]], scaled).Coefficients;
            Assert.Equal(reference[0], kappa[0], 1e-9 * Math.Abs(reference[0]));
            Assert.Equal(reference[1], kappa[1], 1e-9 * Math.Abs(reference[1]));
        }
    }

    [Fact]
    public void RejectsNonFiniteOrMisshapenInput()
    {
        double[,] h = { { 1, 0 }, { 0, 1 } };
        Assert.Equal("g", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([1.0, double.NaN], h)).ParamName);
        Assert.Equal("g", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([double.PositiveInfinity, 1.0], h)).ParamName);
        Assert.Equal("g", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([], new double[0, 0])).ParamName);
        Assert.Equal("h", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([1.0, 1.0], new double[,] { { 1, double.NaN }, { 0, 1 } })).ParamName);
        Assert.Equal("h", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([1.0, 1.0], new double[,] { { 1, 0 }, { double.NegativeInfinity, 1 } })).ParamName);
        Assert.Equal("h", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([1.0, 1.0], new double[3, 3])).ParamName);
        Assert.Equal("h", Assert.Throws<ArgumentException>(() => HyperplaneStep.Solve([1.0, 1.0], new double[2, 3])).ParamName);
        Assert.Equal("h", Assert.Throws<ArgumentNullException>(() => HyperplaneStep.Solve([1.0], null!)).ParamName);
    }

    [Fact]
    public void OptionsOutOfRangeNameTheOption()
    {
        double[,] h = { { 1.0 } };
        Assert.Equal("RelativeFloor", Assert.ThrowsAny<ArgumentException>(() => HyperplaneStep.Solve([1.0], h, new() { RelativeFloor = 1.5 })).ParamName);
        Assert.Equal("RelativeFloor", Assert.ThrowsAny<ArgumentException>(() => HyperplaneStep.Solve([1.0], h, new() { RelativeFloor = double.NaN })).ParamName);
        Assert.Equal("RelativeFloor", Assert.ThrowsAny<ArgumentException>(() => new CurvatureRepairOptions { RelativeFloor = -1e-3 }.Validate()).ParamName);
        Assert.Equal("AbsoluteFloor", Assert.ThrowsAny<ArgumentException>(() => new CurvatureRepairOptions { AbsoluteFloor = -1.0 }.Validate()).ParamName);
        Assert.Equal("AbsoluteFloor", Assert.ThrowsAny<ArgumentException>(() => new CurvatureRepairOptions { AbsoluteFloor = double.PositiveInfinity }.Validate()).ParamName);
        Assert.Equal("RelativeFloor", Assert.ThrowsAny<ArgumentException>(() => new CurvatureRepairOptions { RelativeFloor = 0.0 }.Validate()).ParamName);
        new CurvatureRepairOptions { RelativeFloor = 0.0, Enabled = false }.Validate();
        new CurvatureRepairOptions { RelativeFloor = 0.0, AbsoluteFloor = 1e-3 }.Validate();
    }

    /// <summary>Q diag(λ₁, λ₂) Qᵀ with eigenvectors q₁ = (0.6, 0.8), q₂ = (−0.8, 0.6).</summary>
    private static double[,] Rotated(double first, double second) =>
        RandomMatrices.WithEigenvalues(new double[,] { { 0.6, -0.8 }, { 0.8, 0.6 } }, [first, second]);

    private static double Norm(double[] v) => RandomMatrices.Norm(v);
}
