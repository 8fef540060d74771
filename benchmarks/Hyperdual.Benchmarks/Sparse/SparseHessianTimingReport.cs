using System.Diagnostics;
using System.Globalization;
using Hyperdual.TestFunctions;

namespace Hyperdual.Benchmarks.Sparse;

/// <summary>
/// A quick stopwatch table (not BenchmarkDotNet; fastest of a few calls) of the sparse Hessian's stages at the
/// standard start: the traced pattern, the star colouring, and the Hessian-vector products with recovery:
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --sparse-timing [n] [function …]</c>
/// (default n = 1 000 000, extended-rosenbrock and rosenbrock).
/// </summary>
public static class SparseHessianTimingReport
{
    public static void Run(string[] args)
    {
        string[] rest = args.SkipWhile(a => a != "--sparse-timing").Skip(1).ToArray();
        int n = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1_000_000;
        string[] names = rest.Length > 1 ? rest[1..] : ["extended-rosenbrock", "rosenbrock"];
        ColouringOrders();
        Console.WriteLine($"n = {n}; fastest of 3 calls, ms");
        Console.WriteLine("function              trace ms (evaluate + flatten)  colour ms  products ms  whole ms  nnz        colours");
        foreach (string name in names)
        {
            TestFunction f = TestFunctionCatalog.Get(name);
            double[] x = f.StandardStart(n);
            SparsityPattern pattern = Derivatives.HessianSparsity(f, x);
            int[] colours = StarColouring.Colour(pattern);
            double trace = Time(() => Derivatives.HessianSparsity(f, x));
            var traced = new ChainRuleNumber<double, HessianPatternParts<double>>[n];
            for (int i = 0; i < n; i++)
            {
                traced[i] = new ChainRuleNumber<double, HessianPatternParts<double>>(x[i], HessianPatternParts<double>.Variable(i));
            }

            double evaluate = Time(() => f.Evaluate<ChainRuleNumber<double, HessianPatternParts<double>>>(traced));
            ChainRuleNumber<double, HessianPatternParts<double>> output = f.Evaluate<ChainRuleNumber<double, HessianPatternParts<double>>>(traced);
            double flatten = Time(() => output.Parts.Pattern(n));
            double colour = Time(() => StarColouring.Colour(pattern));

            // SparseHessian on a given pattern colours it again; the products' time is the rest.
            double withPattern = Time(() => Derivatives.SparseHessian(f, x, pattern));
            double whole = Time(() => Derivatives.SparseHessian(f, x));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-20}  {trace,8:F0} ({evaluate,6:F0} + {flatten,6:F0})      {colour,9:F0}  {withPattern - colour,11:F0}  {whole,8:F0}  {pattern.NonZeroCount,-9}  {StarColouring.ColourCount(colours)}"));
        }
    }

    /// <summary>The colours each vertex order needs on a few pattern families, and the colouring time.</summary>
    public static void ColouringOrders()
    {
        Console.WriteLine("pattern                        n        hubs-last              largest-degree-first  natural");
        var random = new Random(1);
        foreach ((string name, int n, Func<int, IEnumerable<(int, int)>> edges) in new (string, int, Func<int, IEnumerable<(int, int)>>)[]
        {
            ("tridiagonal", 100_000, n => Enumerable.Range(0, n - 1).Select(i => (i, i + 1))),
            ("band, half-width 3", 100_000, n => Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(1, 3).Where(d => i + d < n).Select(d => (i, i + d)))),
            ("5-point grid 300×300", 90_000, n => Enumerable.Range(0, n).SelectMany(i => new[] { (i, i + 1), (i, i + 300) }.Where(e => e.Item2 < n && (e.Item2 != i + 1 || (i + 1) % 300 != 0)))),
            ("arrowhead, hub last", 100_000, n => Enumerable.Range(0, n - 1).Select(i => (i, n - 1))),
            ("arrowhead, hub first", 100_000, n => Enumerable.Range(1, n - 1).Select(i => (0, i))),
            ("random, mean degree 4", 20_000, n => RandomEdges(random, n, 4)),
            ("random, mean degree 10", 20_000, n => RandomEdges(random, n, 10)),
        })
        {
            SparsityPattern pattern = SparsityPattern.FromEntries(n, edges(n).ToList());
            string Count(ColouringOrder order)
            {
                long start = Stopwatch.GetTimestamp();
                int colours = StarColouring.ColourCount(StarColouring.Colour(pattern, order));
                return string.Create(CultureInfo.InvariantCulture, $"{colours} ({Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms)");
            }

            string largest = n * (long)n > 1e9 && name.StartsWith("arrowhead", StringComparison.Ordinal) ? "(O(n²), skipped)" : Count(ColouringOrder.LargestDegreeFirst);
            string natural = name == "arrowhead, hub first" ? "(O(n²), skipped)" : Count(ColouringOrder.Natural);
            Console.WriteLine($"{name,-30} {n,-8} {Count(ColouringOrder.LargestDegreeFirstHubsLast),-22} {largest,-21} {natural}");
        }
    }

    private static IEnumerable<(int, int)> RandomEdges(Random random, int n, int meanDegree)
    {
        for (int k = 0; k < n * meanDegree / 2; k++)
        {
            int a = random.Next(n), b = random.Next(n);
            if (a != b)
            {
                yield return (a, b);
            }
        }
    }

    private static double Time(Func<object> action)
    {
        double best = double.PositiveInfinity;
        for (int reps = 0; reps < 3; reps++)
        {
            long start = Stopwatch.GetTimestamp();
            GC.KeepAlive(action());
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return best;
    }
}
