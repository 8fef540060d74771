using System.Diagnostics;
using System.Globalization;

namespace Hyperdual.Benchmarks.Jets;

/// <summary>
/// A quick stopwatch table (not BenchmarkDotNet; fastest of several calls) of jet vs separate passes:
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --jet-timing [model] [batch] [threads]</c>.
/// </summary>
public static class JetTimingReport
{
    public static void Run(string[] args)
    {
        string[] rest = args.SkipWhile(a => a != "--jet-timing").Skip(1).ToArray();
        string model = rest.Length > 0 ? rest[0] : "cnn";
        int batch = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 256;
        int threads = rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        Console.WriteLine($"model {model}, batch {batch}, threads {threads}");
        Console.WriteLine("K  jet ms   passes ms  ratio");
        for (int k = 1; k <= 4; k++)
        {
            var w = new JetWorkload(model, batch, k, threads);
            double jet = Time(() => w.Jet());
            double passes = Time(() => w.SeparatePasses());
            Console.WriteLine($"{k}  {jet,7:F1}  {passes,9:F1}  {jet / passes:F3}");
        }
    }

    /// <summary>The fastest of several calls (at least 5, about 3 s): robust to other processes on a shared machine.</summary>
    private static double Time(Func<double> action)
    {
        action();
        var total = Stopwatch.StartNew();
        double best = double.PositiveInfinity;
        for (int reps = 0; reps < 5 || total.ElapsedMilliseconds < 3000; reps++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return best;
    }
}
