using Hyperdual.Optimizers;
using Hyperdual.Optimizers.ForwardMode;

namespace Hyperdual.Optimizers.Tests.ForwardMode;

// The quadratic model L(θ) = ½ θᵀAθ with A = diag(2, 4) at θ = (1, 1): ∇L = (2, 4), ∇²L = A. Every expected
// value below is worked out by hand from these numbers.
public sealed class ForwardModeOptimizerTests
{
    private static readonly double[,] A = { { 2, 0 }, { 0, 4 } };

    private static (double[] G, double[,] H) Project(double[][] v)
    {
        double[] gradient = [2, 4];
        int k = v.Length;
        var g = new double[k];
        var h = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            g[i] = (gradient[0] * v[i][0]) + (gradient[1] * v[i][1]);
            for (int j = 0; j < k; j++)
            {
                h[i, j] = (v[i][0] * A[0, 0] * v[j][0]) + (v[i][1] * A[1, 1] * v[j][1]);
            }
        }

        return (g, h);
    }

    private static double[] StepOnce(OptimizerKind kind, ForwardOptimizerOptions options, double[][] v)
    {
        var optimizer = new ForwardModeOptimizer(2, kind, options);
        double[] theta = [1, 1];
        (double[] g, double[,] h) = Project(v);
        optimizer.Step(theta, Directions.FromVectors(v), 3.0, g, h);
        Assert.Equal(1, optimizer.StepCount);
        return theta;
    }

    [Fact]
    public void Fgd_steps_minus_rate_times_directional_derivative_along_v()
    {
        // g = ∇L·(1, 0) = 2; θ − 0.1·2·(1, 0) = (0.8, 1).
        double[] theta = StepOnce(OptimizerKind.Fgd, new ForwardOptimizerOptions { LearningRate = 0.1 }, [[1, 0]]);
        Assert.Equal(0.8, theta[0], 15);
        Assert.Equal(1.0, theta[1], 15);
    }

    [Fact]
    public void Fomoh_divides_by_the_curvature_along_v()
    {
        // v = (1, 1): g = 6, vᵀAv = 6, κ = −1; θ + 0.5·κ·v = (0.5, 0.5).
        double[] theta = StepOnce(OptimizerKind.Fomoh, new ForwardOptimizerOptions { LearningRate = 0.5, CurvatureEpsilon = 0 }, [[1, 1]]);
        Assert.Equal(0.5, theta[0], 15);
        Assert.Equal(0.5, theta[1], 15);
    }

    [Fact]
    public void Fomoh_uses_the_absolute_curvature()
    {
        var optimizer = new ForwardModeOptimizer(2, OptimizerKind.Fomoh, new ForwardOptimizerOptions { LearningRate = 1, CurvatureEpsilon = 0 });
        double[] theta = [1, 1];
        // A negative curvature −4 with g = 2 along (1, 0): κ = −2/4 = −0.5, a descent step (0.5, 1), not an ascent.
        ForwardStepReport report = optimizer.Step(theta, Directions.FromVectors([[1.0, 0.0]]), 1.0, [2.0], new double[,] { { -4 } });
        Assert.Equal(0.5, theta[0], 15);
        Assert.True(report.Repaired);
        Assert.Equal(-4, report.SmallestEigenvalue);
    }

    [Fact]
    public void Fomoh_bp_takes_the_newton_step_length_along_the_gradient()
    {
        // v = ∇L = (2, 4): g = 20, vᵀAv = 72; θ − (20/72)(2, 4) = (4/9, −1/9).
        var optimizer = new ForwardModeOptimizer(2, OptimizerKind.FomohBp, new ForwardOptimizerOptions { LearningRate = 1, CurvatureEpsilon = 0 });
        Assert.True(optimizer.UsesGradientDirection);
        Directions directions = optimizer.NextDirections([2.0, 4.0]);
        Assert.Equal([2.0, 4.0], directions.ToArray(0));
        double[] theta = [1, 1];
        (double[] g, double[,] h) = Project([[2, 4]]);
        optimizer.Step(theta, directions, 3.0, g, h);
        Assert.Equal(4.0 / 9.0, theta[0], 15);
        Assert.Equal(-1.0 / 9.0, theta[1], 15);
    }

    [Fact]
    public void Fomoh_kd_is_newton_in_the_span_of_the_directions()
    {
        // v₁ = (1, 1), v₂ = (1, −1): g = (6, −2), H̃ = [[6, −2], [−2, 6]], H̃⁻¹g = (1, 0), κ = (−1, 0): θ = (0, 0), the minimiser.
        double[] theta = StepOnce(OptimizerKind.FomohKd, new ForwardOptimizerOptions { LearningRate = 1, Directions = 2 }, [[1, 1], [1, -1]]);
        Assert.Equal(0.0, theta[0], 14);
        Assert.Equal(0.0, theta[1], 14);
    }

    [Fact]
    public void Fomoh_kd_half_rate_goes_half_way()
    {
        double[] theta = StepOnce(OptimizerKind.FomohKd, new ForwardOptimizerOptions { LearningRate = 0.5, Directions = 2 }, [[1, 0], [0, 1]]);
        Assert.Equal(0.5, theta[0], 14);
        Assert.Equal(0.5, theta[1], 14);
    }

    [Fact]
    public void Fomoh_kd_with_an_indefinite_hyperplane_hessian_still_descends()
    {
        // The FoMoH reference implementation's CNN divergence: eigenvalues −1.27 and 254. Unrepaired, the step along
        // the negative eigenvector is an ascent; repaired, gᵀκ < 0 and the step is bounded.
        var optimizer = new ForwardModeOptimizer(2, OptimizerKind.FomohKd, new ForwardOptimizerOptions { LearningRate = 1, Directions = 2 });
        double[] theta = [0, 0];
        double[] g = [0.3, 1.0];
        ForwardStepReport report = optimizer.Step(theta, Directions.FromVectors([[1.0, 0.0], [0.0, 1.0]]), 1.0, g, new double[,] { { -1.27, 0 }, { 0, 254 } });
        Assert.True(report.Repaired);
        Assert.Equal(-1.27, report.SmallestEigenvalue, 12);
        Assert.Equal(254, report.LargestEigenvalue, 12);
        Assert.True((g[0] * theta[0]) + (g[1] * theta[1]) < 0);
        Assert.Equal(-0.3 / 1.27, theta[0], 12);
        Assert.Equal(-1.0 / 254, theta[1], 12);
    }

    [Fact]
    public void Update_is_clipped_to_the_maximum_norm()
    {
        var optimizer = new ForwardModeOptimizer(2, OptimizerKind.Fgd, new ForwardOptimizerOptions { LearningRate = 1, MaxUpdateNorm = 0.5 });
        double[] theta = [0, 0];
        ForwardStepReport report = optimizer.Step(theta, Directions.FromVectors([[3.0, 4.0]]), 1.0, [1.0], new double[1, 1]);
        Assert.True(report.Clipped);
        Assert.Equal(0.5, report.UpdateNorm, 14);
        Assert.Equal(-0.3, theta[0], 14);
        Assert.Equal(-0.4, theta[1], 14);
    }

    [Fact]
    public void Backtracking_halves_until_the_loss_decreases_enough()
    {
        // L(θ) = θ², θ = 1, v = 1: g = 2. FGD with η = 2 proposes θ = −3 (L = 9); halving gives −1 (L = 1, not below
        // 1 − 1e-4·…), then 0 (L = 0): accepted after two halvings.
        var optimizer = new ForwardModeOptimizer(1, OptimizerKind.Fgd, new ForwardOptimizerOptions { LearningRate = 2, Backtracking = true });
        double[] theta = [1];
        ForwardStepReport report = optimizer.Step(theta, Directions.FromVectors([[1.0]]), 1.0, [2.0], new double[1, 1], x => x[0] * x[0]);
        Assert.Equal(2, report.BacktrackingHalvings);
        Assert.Equal(0.0, theta[0], 15);
    }

    [Fact]
    public void Backtracking_drops_a_step_that_is_not_a_descent_direction()
    {
        // FoMoH-KD unrepaired with H̃ = −1: κ = +g, an ascent direction (gᵀκ > 0), which backtracking must drop,
        // leaving θ as it was.
        var optimizer = new ForwardModeOptimizer(1, OptimizerKind.FomohKd, new ForwardOptimizerOptions
        {
            Directions = 1, LearningRate = 1, Backtracking = true, Repair = new CurvatureRepairOptions { Enabled = false },
        });
        double[] theta = [1];
        ForwardStepReport report = optimizer.Step(theta, Directions.FromVectors([[1.0]]), 1.0, [1.0], new double[,] { { -1 } }, x => x[0] * x[0]);
        Assert.Equal([1.0], theta);
        Assert.Equal(0.0, report.UpdateNorm);
        Assert.Equal(1, optimizer.StepCount);
    }

    [Fact]
    public void Seeded_directions_are_regenerated_identically_and_differ_between_steps()
    {
        var a = new ForwardModeOptimizer(1000, OptimizerKind.FomohKd, new ForwardOptimizerOptions { Seed = 7 });
        var b = new ForwardModeOptimizer(1000, OptimizerKind.FomohKd, new ForwardOptimizerOptions { Seed = 7 });
        Directions first = a.NextDirections([]);
        Assert.Equal(first.ToArray(2), b.NextDirections([]).ToArray(2));
        Assert.Equal(3, first.K);
        Assert.NotEqual(a.DirectionSeed(1), a.DirectionSeed(2));
        Assert.NotEqual(first.ToArray(0), first.ToArray(1));
        double[] theta = new double[1000];
        a.Step(theta, first, 1.0, [0.1, 0.2, 0.3], new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } });
        Assert.NotEqual(first.ToArray(0), a.NextDirections([]).ToArray(0)); // step 2 draws new directions
        Assert.Equal(Directions.FromSeed(a.DirectionSeed(2), 3, 1000).ToArray(1), a.NextDirections([]).ToArray(1));
    }

    [Fact]
    public void Momentum_mode_uses_the_previous_update_rescaled_as_the_last_direction()
    {
        var optimizer = new ForwardModeOptimizer(4, OptimizerKind.FomohKd, new ForwardOptimizerOptions { Directions = 2, DirectionMode = DirectionMode.Momentum, LearningRate = 1 });
        Assert.True(optimizer.NextDirections([]).IsSeeded); // no previous update yet
        double[] theta = [0, 0, 0, 0];
        optimizer.Step(theta, Directions.FromVectors([[1.0, 0, 0, 0], [0, 1.0, 0, 0]]), 1.0, [1.0, 1.0], new double[,] { { 1, 0 }, { 0, 1 } });
        Assert.Equal([-1.0, -1.0, 0, 0], theta);
        Directions next = optimizer.NextDirections([]);
        // previous update (−1, −1, 0, 0) scaled to norm √4 = 2: (−√2, −√2, 0, 0).
        double[] last = next.ToArray(1);
        Assert.Equal(-Math.Sqrt(2), last[0], 14);
        Assert.Equal(-Math.Sqrt(2), last[1], 14);
        Assert.Equal(0, last[2]);
    }

    [Fact]
    public void State_round_trips_and_the_continuation_is_bit_identical()
    {
        var options = new ForwardOptimizerOptions { Directions = 2, DirectionMode = DirectionMode.Momentum, LearningRate = 0.3, Seed = 11 };
        var first = new ForwardModeOptimizer(50, OptimizerKind.FomohKd, options);
        double[] theta = Enumerable.Range(0, 50).Select(i => Math.Sin(i)).ToArray();
        static (double[] G, double[,] H) Evaluate(double[] theta, Directions d)
        {
            // L = ½‖θ‖²: g = Vᵀθ, H̃ = VᵀV.
            var g = new double[d.K];
            var h = new double[d.K, d.K];
            for (int i = 0; i < d.K; i++)
            {
                double[] vi = d.ToArray(i);
                g[i] = vi.Zip(theta, (a, b) => a * b).Sum();
                for (int j = 0; j < d.K; j++)
                {
                    h[i, j] = vi.Zip(d.ToArray(j), (a, b) => a * b).Sum();
                }
            }

            return (g, h);
        }

        void Run(ForwardModeOptimizer optimizer, double[] x, int steps)
        {
            for (int s = 0; s < steps; s++)
            {
                Directions d = optimizer.NextDirections([]);
                (double[] g, double[,] h) = Evaluate(x, d);
                optimizer.Step(x, d, 0.5 * x.Sum(v => v * v), g, h);
            }
        }

        Run(first, theta, 3);
        using var saved = new MemoryStream();
        first.SaveState(saved);
        var second = new ForwardModeOptimizer(50, OptimizerKind.FomohKd, options);
        saved.Position = 0;
        second.LoadState(saved);
        Assert.Equal(3, second.StepCount);
        double[] copy = (double[])theta.Clone();
        Run(first, theta, 3);
        Run(second, copy, 3);
        Assert.Equal(theta, copy);
    }

    [Fact]
    public void Loading_a_state_with_other_hyper_parameters_is_refused()
    {
        var a = new ForwardModeOptimizer(5, OptimizerKind.FomohKd, new ForwardOptimizerOptions { LearningRate = 0.5 });
        using var saved = new MemoryStream();
        a.SaveState(saved);
        saved.Position = 0;
        var b = new ForwardModeOptimizer(5, OptimizerKind.FomohKd, new ForwardOptimizerOptions { LearningRate = 0.25 });
        Assert.Throws<InvalidDataException>(() => b.LoadState(saved));
    }

    [Fact]
    public void Non_finite_derivatives_are_refused()
    {
        var optimizer = new ForwardModeOptimizer(2, OptimizerKind.FomohKd, new ForwardOptimizerOptions { Directions = 1 });
        double[] theta = [1, 1];
        Assert.Throws<ArgumentException>(() => optimizer.Step(theta, Directions.FromVectors([[1.0, 0.0]]), 1.0, [double.NaN], new double[1, 1]));
        Assert.Equal([1.0, 1.0], theta);
        Assert.Equal(0, optimizer.StepCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Out_of_range_k_is_refused(int k) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForwardModeOptimizer(3, OptimizerKind.FomohKd, new ForwardOptimizerOptions { Directions = k }));

    [Fact]
    public void A_backprop_kind_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForwardModeOptimizer(3, OptimizerKind.Adam));
}
