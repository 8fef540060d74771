using BenchmarkDotNet.Attributes;
using Hyperdual.TestFunctions;

namespace Hyperdual.Benchmarks.Scalar;

/// <summary>
/// The gradient of the extended Rosenbrock function at n = 10, 100, 1000: forward mode
/// (<see cref="Derivatives.Gradient(IScalarFunction, ReadOnlySpan{double})"/>, n dual evaluations of an O(n)
/// function: O(n²)) against reverse mode (<see cref="ReverseDerivatives.Gradient(IScalarFunction, ReadOnlySpan{double})"/>,
/// one recorded evaluation and one sweep: O(n)); and the Hessian-vector product both ways.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*ReverseGradientBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReverseGradientBenchmarks
{
    private readonly Rosenbrock function = new();
    private double[] point = [];
    private double[] direction = [];

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        point = Enumerable.Range(0, N).Select(_ => random.NextDouble() * 2.0 - 1.0).ToArray();
        direction = Enumerable.Range(0, N).Select(_ => random.NextDouble() * 2.0 - 1.0).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double[] ForwardGradient() => Derivatives.Gradient(function, point);

    [Benchmark]
    public double[] ReverseGradient() => ReverseDerivatives.Gradient(function, point);

    [Benchmark]
    public double[] ForwardHessianVectorProduct() => Derivatives.HessianVectorProduct(function, point, direction);

    [Benchmark]
    public double[] ReverseHessianVectorProduct() => ReverseDerivatives.HessianVectorProduct(function, point, direction);
}
