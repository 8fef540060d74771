using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Hyperdual.Benchmarks.Numbers;

/// <summary>
/// The cost of carrying derivatives: one generic kernel, written once, evaluated on double, Dual&lt;double&gt;
/// and HyperDual&lt;double&gt;. <see cref="Polynomial{T}"/> is arithmetic only (Horner, 8 multiply-adds per
/// element); <see cref="Elementary{T}"/> mixes exp, sin, log and sqrt.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*NumberBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class NumberBenchmarks
{
    private const int Length = 1024;

    private readonly double[] plain = new double[Length];
    private readonly Dual<double>[] duals = new Dual<double>[Length];
    private readonly HyperDual<double>[] hyperDuals = new HyperDual<double>[Length];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (int i = 0; i < Length; i++)
        {
            double x = (random.NextDouble() * 1.8) + 0.1;
            plain[i] = x;
            duals[i] = new Dual<double>(x, 1);
            hyperDuals[i] = new HyperDual<double>(x, 1, 1, 0);
        }
    }

    [Benchmark(Baseline = true)]
    public double PolynomialDouble() => Polynomial<double>(plain);

    [Benchmark]
    public Dual<double> PolynomialDual() => Polynomial<Dual<double>>(duals);

    [Benchmark]
    public HyperDual<double> PolynomialHyperDual() => Polynomial<HyperDual<double>>(hyperDuals);

    [Benchmark]
    public double ElementaryDouble() => Elementary<double>(plain);

    [Benchmark]
    public Dual<double> ElementaryDual() => Elementary<Dual<double>>(duals);

    [Benchmark]
    public HyperDual<double> ElementaryHyperDual() => Elementary<HyperDual<double>>(hyperDuals);

    /// <summary>Σ p(xᵢ) for a degree-8 polynomial by Horner's rule.</summary>
    private static T Polynomial<T>(T[] xs)
        where T : IFloatingPointIeee754<T>
    {
        T c = T.CreateChecked(0.5);
        T sum = T.Zero;
        foreach (T x in xs)
        {
            T p = T.One;
            for (int k = 0; k < 8; k++)
            {
                p = (p * x) + c;
            }

            sum += p;
        }

        return sum;
    }

    /// <summary>Σ exp(−x²)·sin(x) + log(1 + x)·sqrt(x).</summary>
    private static T Elementary<T>(T[] xs)
        where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        foreach (T x in xs)
        {
            sum += (T.Exp(-(x * x)) * T.Sin(x)) + (T.LogP1(x) * T.Sqrt(x));
        }

        return sum;
    }
}
