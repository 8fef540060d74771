using System.Diagnostics;
using System.Globalization;

namespace Hyperdual.Benchmarks.Jets;

/// <summary>
/// A quick stopwatch table (not BenchmarkDotNet) of jet vs separate passes, for iterating on speed:
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

    private static double Time(Func<double> action)
    {
        action();
        var sw = Stopwatch.StartNew();
        int reps = 0;
        while (sw.ElapsedMilliseconds < 1500 || reps < 2)
        {
            action();
            reps++;
        }

        return sw.Elapsed.TotalMilliseconds / reps;
    }
}
