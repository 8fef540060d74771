using System.Diagnostics;
using System.Globalization;
using Hyperdual.Tensors;

namespace Hyperdual.Benchmarks.Tape;

/// <summary>
/// Peak memory and time of one backprop step against one K-direction jet evaluation (and a plain
/// forward pass for scale):
/// <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --tape-memory [model] [batch] [k] [threads]</c>
/// (defaults cnn, 256, 3, all cores). Memory columns: the workspace's high-water mark of rented
/// buffers (<see cref="Workspace{T}.PeakRentedElements"/>, in bytes), everything it retains
/// (<see cref="Workspace{T}.RetainedElements"/>), and the managed bytes allocated by the first (cold)
/// call and by one steady-state call (<see cref="GC.GetTotalAllocatedBytes"/> deltas). Kernel scratch
/// from the shared array pool (im2col columns) is in neither workspace column.
/// </summary>
public static class TapeMemoryReport
{
    public static void Run(string[] args)
    {
        string[] rest = args.SkipWhile(a => a != "--tape-memory").Skip(1).ToArray();
        string model = rest.Length > 0 ? rest[0] : "cnn";
        int batch = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 256;
        int k = rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 3;
        int threads = rest.Length > 3 ? int.Parse(rest[3], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var w = new TapeWorkload(model, batch, k, threads);
        Console.WriteLine($"model {model} ({w.ParameterCount:N0} parameters), batch {batch}, K = {k}, float32, threads {threads}");
        Console.WriteLine("evaluation            ms (best)   peak rented MB   retained MB   cold alloc MB   steady alloc KB");
        Row row0 = Measure("forward (loss only)", w.Forward, w.Plain.Workspace);
        Row row1 = Measure("backprop step (L, ∇L)", w.BackpropStep, w.Backprop.Workspace);
        Row row2 = Measure($"jet K = {k} (L, g, H)", w.Jet, w.Jets.Workspace);
        Console.WriteLine();
        Console.WriteLine($"jet / backprop: time {row2.Milliseconds / row1.Milliseconds:F2}×, peak rented {(double)row2.PeakBytes / row1.PeakBytes:F2}×, " +
                          $"cold allocation {(double)row2.ColdBytes / row1.ColdBytes:F2}×; backprop / forward peak {(double)row1.PeakBytes / row0.PeakBytes:F2}×");
    }

    private static Row Measure(string name, Func<double> action, Workspace<float> workspace)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        long cold = GC.GetTotalAllocatedBytes(precise: true) - before;
        long peak = workspace.PeakRentedElements * sizeof(float);
        long retained = workspace.RetainedElements * sizeof(float);
        before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        long steady = GC.GetTotalAllocatedBytes(precise: true) - before;
        double best = double.PositiveInfinity;
        var total = Stopwatch.StartNew();
        for (int reps = 0; reps < 3 || total.ElapsedMilliseconds < 2000; reps++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Console.WriteLine($"{name,-21} {best,10:F1}   {peak / 1e6,14:F1}   {retained / 1e6,11:F1}   {cold / 1e6,13:F1}   {steady / 1e3,15:F1}");
        return new Row(best, peak, cold);
    }

    private readonly record struct Row(double Milliseconds, long PeakBytes, long ColdBytes);
}
