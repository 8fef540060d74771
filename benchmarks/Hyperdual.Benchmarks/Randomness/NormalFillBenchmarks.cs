using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Hyperdual.Benchmarks.Randomness;

/// <summary>
/// <see cref="CounterRandom.FillNormal{T}"/> (vector lanes, the library's own log and sin/cos) against the
/// scalar Box–Muller loop with Math.Log and Math.SinCos on the same counter-based uniforms, for 2¹⁶ floats
/// and doubles: the per-parameter cost of regenerating a seeded direction.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*NormalFill*'</c>.
/// </summary>
[ShortRunJob]
public class NormalFillBenchmarks
{
    private const int Length = 1 << 16;
    private const ulong Seed = 12345;

    private readonly float[] floats = new float[Length];
    private readonly double[] doubles = new double[Length];

    [Benchmark(Baseline = true)]
    public void ScalarLibmFloat() => ScalarLibmFill<float>(Seed, 1, 0, floats);

    [Benchmark]
    public void LanesFloat() => CounterRandom.FillNormal<float>(Seed, 1, 0, floats);

    [Benchmark]
    public void ScalarLibmDouble() => ScalarLibmFill<double>(Seed, 1, 0, doubles);

    [Benchmark]
    public void LanesDouble() => CounterRandom.FillNormal<double>(Seed, 1, 0, doubles);

    /// <summary>One Box–Muller pair per iteration with the platform's libm (an even start and length).</summary>
    private static void ScalarLibmFill<T>(ulong seed, ulong stream, long start, Span<T> destination)
        where T : INumberBase<T>
    {
        for (int e = 0; e + 1 < destination.Length; e += 2)
        {
            ulong pair = (ulong)(start + e) >> 1;
            double u1 = 1.0 - CounterRandom.Uniform(seed, stream, 2 * pair);
            double u2 = CounterRandom.Uniform(seed, stream, (2 * pair) + 1);
            double r = Math.Sqrt(-2.0 * Math.Log(u1));
            (double sin, double cos) = Math.SinCos(2.0 * Math.PI * u2);
            destination[e] = T.CreateTruncating(r * cos);
            destination[e + 1] = T.CreateTruncating(r * sin);
        }
    }
}
