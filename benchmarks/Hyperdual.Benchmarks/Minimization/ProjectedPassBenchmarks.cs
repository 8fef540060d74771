using BenchmarkDotNet.Attributes;
using Hyperdual.Optimizers;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.TestFunctions;

namespace Hyperdual.Benchmarks.Minimization;

/// <summary>
/// One FoMoH-KD iteration on 10-D Rosenbrock with K = 5 (draw the directions, evaluate g̃ and H̃, solve for κ,
/// backtrack, step), g̃ and H̃ from one <see cref="Derivatives.Projected(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double[]})"/>
/// pass on K-direction jets against K(K+1)/2 = 15 <see cref="Derivatives.Directional(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/>
/// hyper-dual passes. Every iteration starts from the same point. Rosenbrock is a polynomial (products and sums, whose
/// rules are cheap); <see cref="SoftplusOfSines"/> has an exp, a log and a sin per term, whose rules a jet evaluates
/// once where the pairwise passes evaluate them K(K+1)/2 times.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*ProjectedPassBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ProjectedPassBenchmarks
{
    private const int Dimension = 10;
    private const int K = 5;

    private readonly double[] x = new double[Dimension];
    private IScalarFunction function = null!;
    private double[] start = [];
    private ForwardModeOptimizer optimizer = null!;

    [Params("rosenbrock", "softplus-of-sines")]
    public string Function { get; set; } = "rosenbrock";

    [GlobalSetup]
    public void Setup()
    {
        var rosenbrock = new Rosenbrock();
        function = Function == "rosenbrock" ? rosenbrock : new SoftplusOfSines();
        start = rosenbrock.StandardStart(Dimension);
        optimizer = new ForwardModeOptimizer(Dimension, OptimizerKind.FomohKd, new ForwardOptimizerOptions
        {
            LearningRate = 1.0,
            Directions = K,
            Seed = 1,
            CurvatureEpsilon = 1e-12,
            Backtracking = true,
            MaxHalvings = 40,
        });
    }

    [Benchmark]
    public double OneProjectedPass()
    {
        start.CopyTo(x, 0);
        Directions directions = optimizer.NextDirections([]);
        double[][] v = Vectors(directions);
        (double value, double[] g, double[,] h) = Derivatives.Projected(function, x, v);
        optimizer.Step(x, directions, value, g, h, trial => function.Evaluate<double>(trial));
        return x[0];
    }

    [Benchmark(Baseline = true)]
    public double PairwiseDirectionalPasses()
    {
        start.CopyTo(x, 0);
        Directions directions = optimizer.NextDirections([]);
        double[][] v = Vectors(directions);
        var g = new double[K];
        var h = new double[K, K];
        double value = double.NaN;
        for (int i = 0; i < K; i++)
        {
            for (int j = i; j < K; j++)
            {
                (double f, double du, _, double duv) = Derivatives.Directional(function, x, v[i], v[j]);
                value = f;
                if (i == j)
                {
                    g[i] = du;
                }

                h[i, j] = duv;
                h[j, i] = duv;
            }
        }

        optimizer.Step(x, directions, value, g, h, trial => function.Evaluate<double>(trial));
        return x[0];
    }

    private static double[][] Vectors(Directions directions)
    {
        var v = new double[K][];
        for (int i = 0; i < K; i++)
        {
            v[i] = directions.ToArray(i);
        }

        return v;
    }

    /// <summary>Σᵢ ln(1 + exp(sin(xᵢ)·xᵢ₊₁)): three transcendental rules per term.</summary>
    private sealed class SoftplusOfSines : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x)
            where T : System.Numerics.IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i + 1 < x.Length; i++)
            {
                sum += T.LogP1(T.Exp(T.Sin(x[i]) * x[i + 1]));
            }

            return sum;
        }
    }
}
