using Hyperdual.Minimization.TrustRegion;
using Hyperdual.Optimizers.LinearAlgebra;
using Hyperdual.Optimizers.Tests;

namespace Hyperdual.Minimization.Tests.TrustRegion;

public sealed class TrustRegionSubproblemTests
{
    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4 };

    /// <summary>
    /// Property test over thousands of random small symmetric matrices (definite and indefinite): the
    /// returned step stays in the ball, satisfies the Moré–Sorensen optimality conditions, and its model
    /// value is never beaten by the origin or by random interior and boundary points.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void ModelValueIsNeverBeatenByOriginOrRandomFeasiblePoints(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 1000; trial++)
        {
            int n = 1 + random.Next(6);
            double[,] h = RandomMatrices.Symmetric(random, n);
            if (trial % 4 == 0)
            {
                // Make some positive definite so the interior case is exercised too.
                for (int i = 0; i < n; i++)
                {
                    h[i, i] += n + 1.0;
                }
            }

            double[] g = RandomMatrices.Vector(random, n, Math.Pow(10.0, random.Next(-3, 2)));
            double radius = Math.Pow(10.0, (random.NextDouble() * 4.0) - 2.0);

            TrustRegionStep step = TrustRegionSubproblem.Solve(g, h, radius);
            double model = RandomMatrices.Model(g, h, step.Step);
            double scale = (RandomMatrices.Norm(g) * radius) + (radius * radius * FrobeniusNorm(h)) + 1e-300;
            double tolerance = 1e-10 * scale;

            Assert.True(RandomMatrices.Norm(step.Step) <= radius * (1.0 + 1e-9), $"trial {trial}: step outside the region");
            Assert.Equal(model, step.ModelChange, tolerance);
            Assert.True(model <= tolerance, $"trial {trial}: model {model} is beaten by the origin");

            for (int sample = 0; sample < 20; sample++)
            {
                double[] direction = RandomMatrices.Vector(random, n);
                double length = RandomMatrices.Norm(direction);
                double target = sample % 2 == 0 ? radius : radius * random.NextDouble();
                double[] y = direction.Select(d => d / length * target).ToArray();
                double other = RandomMatrices.Model(g, h, y);
                Assert.True(model <= other + tolerance, $"trial {trial}: model {model} beaten by {other} at a {(sample % 2 == 0 ? "boundary" : "interior")} point");
            }

            // Optimality: (H + λI)p = −g, λ ≥ 0, H + λI ⪰ 0, λ(Δ − ‖p‖) = 0.
            double lambdaMin = SymmetricEigenDecomposition.Compute(h).Values[0];
            Assert.True(step.Multiplier >= 0.0);
            Assert.True(lambdaMin + step.Multiplier >= -1e-9 * (1.0 + Math.Abs(lambdaMin)), $"trial {trial}: H + λI is not PSD");
            double[] residual = RandomMatrices.Multiply(h, step.Step);
            for (int i = 0; i < n; i++)
            {
                residual[i] += (step.Multiplier * step.Step[i]) + g[i];
            }

            Assert.True(RandomMatrices.Norm(residual) <= 1e-8 * (RandomMatrices.Norm(g) + 1.0), $"trial {trial}: stationarity residual {RandomMatrices.Norm(residual)}");
            if (step.Multiplier > 1e-12)
            {
                Assert.Equal(radius, RandomMatrices.Norm(step.Step), 1e-9 * radius);
            }
        }
    }

    [Fact]
    public void InteriorCaseIsTheNewtonStep()
    {
        var random = new Random(21);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 1 + random.Next(6);
            double[,] q = RandomMatrices.Orthogonal(random, n);
            double[] values = Enumerable.Range(0, n).Select(_ => 0.5 + (3.0 * random.NextDouble())).ToArray();
            double[,] h = RandomMatrices.WithEigenvalues(q, values);
            double[] g = RandomMatrices.Vector(random, n, 0.1);
            Assert.True(CholeskyFactorization.TryFactor(h, out var cholesky));
            double[] newton = cholesky!.Solve(g).Select(v => -v).ToArray();
            double radius = 1.5 * RandomMatrices.Norm(newton);

            TrustRegionStep step = TrustRegionSubproblem.Solve(g, h, radius);
            Assert.Equal(TrustRegionSubproblemCase.Interior, step.Case);
            Assert.False(step.OnBoundary);
            Assert.Equal(0.0, step.Multiplier);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(newton[i], step.Step[i], 1e-10);
            }
        }
    }

    [Fact]
    public void BoundaryCaseOnDiagonalMatchesSecularEquationRoot()
    {
        // H = diag(1, 3), g = (1, 1), Δ = 0.25: p_i = −g_i/(h_i + λ), ‖p‖ = Δ.
        double[,] h = { { 1, 0 }, { 0, 3 } };
        double[] g = [1, 1];
        const double radius = 0.25;
        TrustRegionStep step = TrustRegionSubproblem.Solve(g, h, radius);
        Assert.Equal(TrustRegionSubproblemCase.Boundary, step.Case);
        double lambda = step.Multiplier;
        double expectedNorm = Math.Sqrt((1.0 / ((1 + lambda) * (1 + lambda))) + (1.0 / ((3 + lambda) * (3 + lambda))));
        Assert.Equal(radius, expectedNorm, 1e-12);
        Assert.Equal(-1.0 / (1.0 + lambda), step.Step[0], 1e-12);
        Assert.Equal(-1.0 / (3.0 + lambda), step.Step[1], 1e-12);
        // Cross-check λ with bisection written here.
        double lo = 0.0;
        double hi = 100.0;
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            double norm = Math.Sqrt((1.0 / ((1 + mid) * (1 + mid))) + (1.0 / ((3 + mid) * (3 + mid))));
            if (norm > radius)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        Assert.Equal(0.5 * (lo + hi), lambda, 1e-9);
    }

    [Fact]
    public void BoundaryCaseWithIndefiniteHessianGoesToTheBoundary()
    {
        double[,] h = { { -2, 0 }, { 0, 1 } };
        double[] g = [0.5, 1.0];
        TrustRegionStep step = TrustRegionSubproblem.Solve(g, h, 1.0);
        Assert.Equal(TrustRegionSubproblemCase.Boundary, step.Case);
        Assert.Equal(1.0, RandomMatrices.Norm(step.Step), 1e-12);
        Assert.True(step.Multiplier > 2.0);
    }

    [Fact]
    public void HardCaseCompletesAlongTheMinimalEigenvector()
    {
        // H = Q diag(−1, 2, 3) Qᵀ, g = Q (0, 1, 0): g ⟂ eigenvector of −1, ‖p(1)‖ = 1/3 < Δ = 2.
        var random = new Random(5);
        for (int trial = 0; trial < 50; trial++)
        {
            double[,] q = RandomMatrices.Orthogonal(random, 3);
            double[,] h = RandomMatrices.WithEigenvalues(q, [-1.0, 2.0, 3.0]);
            double[] g = [q[0, 1], q[1, 1], q[2, 1]];
            const double radius = 2.0;

            TrustRegionStep step = TrustRegionSubproblem.Solve(g, h, radius);
            Assert.Equal(TrustRegionSubproblemCase.HardCase, step.Case);
            Assert.Equal(1.0, step.Multiplier, 1e-12);
            Assert.Equal(radius, RandomMatrices.Norm(step.Step), 1e-12);
            // Closed form: coordinates (±τ, −1/3, 0) in the eigenbasis, τ² = 4 − 1/9.
            double tauSquared = 4.0 - (1.0 / 9.0);
            double expectedModel = (-1.0 / 3.0) + (0.5 * ((-1.0 * tauSquared) + (2.0 / 9.0)));
            Assert.Equal(expectedModel, step.ModelChange, 1e-12);
            Assert.Equal(expectedModel, RandomMatrices.Model(g, h, step.Step), 1e-12);
            double alongSecond = (step.Step[0] * q[0, 1]) + (step.Step[1] * q[1, 1]) + (step.Step[2] * q[2, 1]);
            Assert.Equal(-1.0 / 3.0, alongSecond, 1e-12);
        }
    }

    [Fact]
    public void HardCaseWithZeroGradientAndNegativeCurvatureLeavesTheOrigin()
    {
        TrustRegionStep step = TrustRegionSubproblem.Solve([0.0, 0.0], new double[,] { { 1, 0 }, { 0, -4 } }, 0.5);
        Assert.Equal(TrustRegionSubproblemCase.HardCase, step.Case);
        Assert.Equal(-0.5, step.ModelChange, 1e-14); // ½ (−4)(0.5²)
        Assert.Equal(0.5, Math.Abs(step.Step[1]), 1e-14);
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Equal("hessian", Assert.Throws<ArgumentException>(() => TrustRegionSubproblem.Solve([1.0], new double[2, 2], 1.0)).ParamName);
        Assert.Equal("radius", Assert.Throws<ArgumentException>(() => TrustRegionSubproblem.Solve([1.0], new double[1, 1], 0.0)).ParamName);
        Assert.Equal("radius", Assert.Throws<ArgumentException>(() => TrustRegionSubproblem.Solve([1.0], new double[1, 1], double.PositiveInfinity)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => TrustRegionSubproblem.Solve([double.NaN], new double[1, 1], 1.0)).ParamName);
    }

    private static double FrobeniusNorm(double[,] h)
    {
        double sum = 0.0;
        foreach (double v in h)
        {
            sum += v * v;
        }

        return Math.Sqrt(sum);
    }
}
