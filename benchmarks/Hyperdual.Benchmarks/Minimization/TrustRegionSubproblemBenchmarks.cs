using BenchmarkDotNet.Attributes;
using Hyperdual.Minimization.TrustRegion;
using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Benchmarks.Minimization;

/// <summary>
/// The exact trust-region subproblem on a random indefinite symmetric matrix (boundary case), and the
/// symmetric eigendecomposition that dominates it (Householder tridiagonalisation + implicit QL, O(n³)).
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*TrustRegionSubproblemBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TrustRegionSubproblemBenchmarks
{
    private double[,] hessian = new double[0, 0];
    private double[] gradient = [];

    [Params(10, 100, 300)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        hessian = new double[N, N];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = (random.NextDouble() * 2.0) - 1.0;
                hessian[i, j] = value;
                hessian[j, i] = value;
            }
        }

        gradient = Enumerable.Range(0, N).Select(_ => (random.NextDouble() * 2.0) - 1.0).ToArray();
    }

    [Benchmark]
    public SymmetricEigenDecomposition EigenDecomposition() => SymmetricEigenDecomposition.Compute(hessian);

    [Benchmark]
    public TrustRegionStep Subproblem() => TrustRegionSubproblem.Solve(gradient, hessian, 0.5);
}
