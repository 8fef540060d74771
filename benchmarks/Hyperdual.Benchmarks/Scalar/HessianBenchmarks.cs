using BenchmarkDotNet.Attributes;
using Hyperdual.TestFunctions;

namespace Hyperdual.Benchmarks.Scalar;

/// <summary>
/// The exact Hessian of the chained Rosenbrock function by hyper-dual numbers at n = 10, 100, 1000
/// (n(n+1)/2 hyper-dual evaluations of an O(n) function: O(n³) work), beside the forward-over-reverse
/// Hessian (n Hessian-vector products: O(n²) work) and the sparse one (3 Hessian-vector products: O(n)).
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*HessianBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class HessianBenchmarks
{
    private readonly Rosenbrock function = new();
    private double[] point = [];

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        point = Enumerable.Range(0, N).Select(_ => random.NextDouble() * 2.0 - 1.0).ToArray();
    }

    [Benchmark]
    public double[,] Hessian() => Derivatives.Hessian(function, point, HessianMethod.HyperDual);

    [Benchmark]
    public SparseHessian<double> SparseHessian() => Derivatives.SparseHessian(function, point);

    [Benchmark]
    public double[,] HessianForwardOverReverse() => ReverseDerivatives.Hessian(function, point);

    [Benchmark]
    public double[] Gradient() => Derivatives.Gradient(function, point);
}
