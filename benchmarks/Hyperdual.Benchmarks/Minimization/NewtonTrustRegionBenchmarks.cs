using BenchmarkDotNet.Attributes;
using Hyperdual.Minimization;
using Hyperdual.TestFunctions;

namespace Hyperdual.Benchmarks.Minimization;

/// <summary>
/// A whole Newton trust-region minimisation of the chained Rosenbrock function from its standard start, to gradient
/// norm 1e-5 (SciPy 1.10 trust-exact's test), with the Hessian recovered from three Hessian-vector products above 64
/// variables against the n(n+1)/2 hyper-dual passes; and matrix-free Newton-CG on the same problem.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*NewtonTrustRegionBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class NewtonTrustRegionBenchmarks
{
    private readonly Rosenbrock function = new();
    private readonly NewtonTrustRegionOptions options = new() { GradientTolerance = 1e-5 };

    [Params(100)]
    public int N { get; set; }

    [Benchmark(Baseline = true)]
    public int NewtonTrustRegion() => Minimizer.NewtonTrustRegion(function, function.StandardStart(N), options).Iterations;

    [Benchmark]
    public int NewtonConjugateGradient() => Minimizer.NewtonConjugateGradient(function, function.StandardStart(N), options).Iterations;
}
