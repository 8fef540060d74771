using BenchmarkDotNet.Attributes;
using Hyperdual.TestFunctions;

namespace Hyperdual.Benchmarks.Sparse;

/// <summary>
/// The sparse Hessian of the chained Rosenbrock function (tridiagonal) by stage: the traced pattern, the star
/// colouring, and the whole (trace, colouring, three Hessian-vector products, recovery), beside the dense
/// forward-over-reverse Hessian where it fits.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*SparseHessianBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SparseHessianBenchmarks
{
    private readonly Rosenbrock function = new();
    private double[] point = [];
    private SparsityPattern pattern = SparsityPattern.FromEntries(1, []);

    [Params(1000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        point = function.StandardStart(N);
        pattern = Derivatives.HessianSparsity(function, point);
    }

    [Benchmark]
    public SparsityPattern Trace() => Derivatives.HessianSparsity(function, point);

    [Benchmark]
    public int[] Colour() => StarColouring.Colour(pattern);

    [Benchmark]
    public SparseHessian<double> Sparse() => Derivatives.SparseHessian(function, point);

    [Benchmark]
    public double[,]? DenseForwardOverReverse() => N <= 1000 ? ReverseDerivatives.Hessian(function, point) : null;
}
