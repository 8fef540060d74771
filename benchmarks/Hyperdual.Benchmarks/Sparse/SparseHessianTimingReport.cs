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
        Console.WriteLine($"n = {n}; fastest of 3 calls, ms");
        Console.WriteLine("function              trace ms  colour ms  products ms  whole ms  nnz        colours");
        foreach (string name in names)
        {
            TestFunction f = TestFunctionCatalog.Get(name);
            double[] x = f.StandardStart(n);
            SparsityPattern pattern = Derivatives.HessianSparsity(f, x);
            int[] colours = StarColouring.Colour(pattern);
            double trace = Time(() => Derivatives.HessianSparsity(f, x));
            double colour = Time(() => StarColouring.Colour(pattern));

            // SparseHessian on a given pattern colours it again; the products' time is the rest.
            double withPattern = Time(() => Derivatives.SparseHessian(f, x, pattern));
            double whole = Time(() => Derivatives.SparseHessian(f, x));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-20}  {trace,8:F0}  {colour,9:F0}  {withPattern - colour,11:F0}  {whole,8:F0}  {pattern.NonZeroCount,-9}  {StarColouring.ColourCount(colours)}"));
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
