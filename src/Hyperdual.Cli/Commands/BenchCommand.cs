using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Reports;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Models;
using Hyperdual.Training.Benchmarks;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual bench [--models M,…] [--k K,…] [--batch B,…] [--repeat N] [--micro-batch N | --memory-budget SIZE] [--json]</c>:
/// measures the machine's float32 FMA peak, then per model × method (jet for FoMoH-KD, backprop for Adam) × K × batch
/// the median time of one whole training step (directions, derivative evaluation, update) and of its evaluation, the
/// evaluation's GEMM/convolution GFLOP/s over the step time (counted, <see cref="ModelFlops"/>) and share of the peak,
/// the jet/backprop step-time ratio, the workspace peak and the process's peak resident memory.
/// <c>--depth-sweep</c> instead prints the jet and backprop workspace peaks of MLPs of depth 2, 4, 8 and 16 (a fixed
/// configuration: the options above are refused with it) and, with <c>--out DIR</c>, writes them as
/// <c>depth-sweep.csv</c> and <c>depth-sweep.png</c>.
/// </summary>
public static class BenchCommand
{
    private const string CsvName = "depth-sweep.csv";
    private const string PlotName = "depth-sweep.png";
    private const int SweepWidth = 512;
    private const int SweepBatch = 256;
    private const int SweepK = 3;
    private const int PeakRounds = 3;

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>bench</c> command.</returns>
    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = $"Comma-separated models, from {string.Join(", ", ModelZoo.Names)}.", DefaultValueFactory = _ => string.Join(",", ModelZoo.Names) };
        var k = new Option<string>("--k") { Description = $"Comma-separated numbers of jet directions, each from 1 to {JetLayout.MaxDirections}.", DefaultValueFactory = _ => "3" };
        var batch = new Option<string>("--batch") { Description = "Comma-separated batch sizes.", DefaultValueFactory = _ => "256" };
        Option<int> repeat = CliOptions.Int("--repeat", "Timed evaluations per configuration (the median is reported).", 1, 1000, 5);
        Option<int?> microBatch = CliOptions.OptionalInt("--micro-batch", "Evaluate this many examples at a time (default: the whole batch).", 1, 1 << 24);
        Option<long?> memoryBudget = CliOptions.OptionalByteSize("--memory-budget",
            "Evaluate in the largest micro-batches whose workspace fits this size (512M, 2G, or bytes); not with --micro-batch.", 1);
        var depthSweep = new Option<bool>("--depth-sweep") { Description = $"Measure the workspace peak of jet and backprop against MLP depth ({string.Join(", ", DepthSweep.DefaultDepths)}; {SweepWidth} wide, batch {SweepBatch}, K = {SweepK}) instead." };
        var output = new Option<string?>("--out") { Description = $"With --depth-sweep: a folder to write {CsvName} and {PlotName} into." };
        var json = new Option<bool>("--json") { Description = "Print the result as one line of JSON." };
        var command = new Command("bench", "Measure the FMA peak, then time and size whole training steps per model, method, K and batch.")
        {
            models, k, batch, repeat, microBatch, memoryBudget, depthSweep, output, json,
        };
        command.SetAction(parse =>
        {
            TextWriter writer = parse.InvocationConfiguration.Output;
            string? folder = parse.GetValue(output);
            if (parse.GetValue(depthSweep))
            {
                if (new Option[] { models, k, batch, repeat, microBatch, memoryBudget }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is Option given)
                {
                    throw new CliUserException($"{given.Name}: --depth-sweep measures a fixed configuration (MLPs {SweepWidth} wide, batch {SweepBatch}, K = {SweepK}); give only --out and --json with it");
                }

                ResultFolder? prepared = folder is null ? null : CliOutput.PrepareFolder("--out", folder, [CsvName, PlotName]);
                return Sweep(writer, prepared, parse.GetValue(json));
            }

            if (folder is not null)
            {
                throw new CliUserException("--out: only --depth-sweep writes files");
            }

            string[] names = ParseModels(parse.GetValue(models)!);
            int[] ks = NumberListParser.ParseWhole(parse.GetValue(k)!, "--k", 1, JetLayout.MaxDirections);
            int[] batches = NumberListParser.ParseWhole(parse.GetValue(batch)!, "--batch", 1, 1 << 24);
            int? micro = parse.GetValue(microBatch);
            long? budget = parse.GetValue(memoryBudget);
            if (micro is int both && budget is not null)
            {
                throw new CliUserException($"--micro-batch {both} and --memory-budget: give one of them");
            }

            int features = names.Max(n => TensorShape.Product(ModelZoo.InputShape(n)));
            foreach (int b in batches.Where(_ => budget is null))
            {
                int examples = Math.Min(b, micro ?? b);
                string option = micro is int m && m < b ? $"--micro-batch {m}" : $"--batch {b}";
                MemoryLimits.Check(option, () => JetLayout.EnsureFits((double)examples * features, ks.Max(), sizeof(float)));
            }

            return Measure(writer, names, ks, batches, micro, budget, parse.GetValue(repeat), parse.GetValue(json));
        });
        return command;
    }

    private static string[] ParseModels(string text)
    {
        string[] parts = text.Split(',');
        var names = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            names[i] = ModelZoo.Names.FirstOrDefault(n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliUserException($"--models entry {i + 1}: expected one of {string.Join(", ", ModelZoo.Names)}, got '{part}'");
        }

        return names;
    }

    private static int Measure(TextWriter writer, string[] models, int[] ks, int[] batches, int? micro, long? budget, int repeat, bool json)
    {
        int threads = Environment.ProcessorCount;
        double peak = FmaPeak.MeasureGflops(threads, TimeSpan.FromSeconds(0.4), PeakRounds);
        var rows = new List<BenchmarkRow>();
        try
        {
            foreach (string model in models)
            {
                foreach (int b in batches)
                {
                    rows.Add(StepBenchmark.Run(model, BenchmarkMethod.Backprop, 0, b, micro, budget, repeat));
                    foreach (int kk in ks)
                    {
                        rows.Add(StepBenchmark.Run(model, BenchmarkMethod.Jet, kk, b, micro, budget, repeat));
                    }
                }
            }
        }
        catch (ArgumentException e) when (e.ParamName == nameof(Training.TrainingOptions.MemoryBudget))
        {
            throw new CliUserException($"--memory-budget: {TrainingOptionSet.FirstLine(e)}");
        }

        double? Ratio(BenchmarkRow r) => r.Method == BenchmarkMethod.Jet
            ? r.MedianMilliseconds / rows.First(o => o.Method == BenchmarkMethod.Backprop && o.Model == r.Model && o.Batch == r.Batch).MedianMilliseconds
            : null;
        if (json)
        {
            JsonOutput.Write(writer, new
            {
                fmaPeakGflops = peak,
                vectorBits = FmaPeak.VectorBits,
                threads,
                repeat,
                rows = rows.Select(r => new
                {
                    model = r.Model,
                    method = r.Method == BenchmarkMethod.Jet ? "jet" : "backprop",
                    k = r.K,
                    batch = r.Batch,
                    microBatch = r.MicroBatch,
                    medianMilliseconds = r.MedianMilliseconds,
                    medianEvaluationMilliseconds = r.MedianEvaluationMilliseconds,
                    flops = r.Flops,
                    gflops = r.Gflops,
                    fractionOfPeak = r.Gflops / peak,
                    jetOverBackprop = Ratio(r),
                    workspacePeakBytes = r.WorkspacePeakBytes,
                    processPeakBytes = r.ProcessPeakBytes,
                    processPeakIsOwn = r.ProcessPeakIsOwn,
                    warmUpSteps = r.WarmUpSteps,
                    timedSteps = r.TimedSteps,
                }),
            });
            return ExitCodes.Success;
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        writer.WriteLine($"FMA peak {peak.ToString("F1", c)} GFLOP/s (float32, {FmaPeak.VectorBits}-bit vectors, {threads} threads, best of {PeakRounds} rounds); median of {repeat} whole steps after at least {StepBenchmark.DefaultWarmUp.TotalSeconds.ToString(c)} s of warm-up steps (jet: FoMoH-KD, backprop: Adam); evaluation FLOPs counted (jet: first layer 1 + K products, others 1 + 2.5K + 1.5K²; backprop: 3 forward) over the step time");
        writer.WriteLine($"{"model",-7} {"method",-9} {"K",2} {"batch",6} {"micro",6} {"step ms",9} {"eval ms",9} {"GFLOP/s",8} {"% peak",7} {"jet/bp",7} {"workspace MiB",14} {"peak RSS MiB",13}");
        foreach (BenchmarkRow r in rows)
        {
            string rss = r.ProcessPeakBytes is long bytes ? (bytes / 1048576.0).ToString("F0", c) + (r.ProcessPeakIsOwn ? string.Empty : "*") : "-";
            writer.WriteLine(string.Create(c,
                $"{r.Model,-7} {(r.Method == BenchmarkMethod.Jet ? "jet" : "backprop"),-9} {(r.K == 0 ? "-" : r.K.ToString(c)),2} {r.Batch,6} {r.MicroBatch,6} {r.MedianMilliseconds,9:F1} {r.MedianEvaluationMilliseconds,9:F1} {r.Gflops,8:F1} {100 * r.Gflops / peak,7:F1} {(Ratio(r) is double ratio ? ratio.ToString("F2", c) : "-"),7} {r.WorkspacePeakBytes / 1048576.0,14:F1} {rss,13}"));
        }

        if (rows.Any(r => !r.ProcessPeakIsOwn))
        {
            writer.WriteLine("* the process's peak could not be restarted between configurations: it includes earlier ones");
        }

        return ExitCodes.Success;
    }

    private static int Sweep(TextWriter writer, ResultFolder? folder, bool json)
    {
        IReadOnlyList<DepthSweepRow> rows = DepthSweep.Run(DepthSweep.DefaultDepths, SweepWidth, SweepBatch, SweepK);
        CultureInfo c = CultureInfo.InvariantCulture;
        string csv = "depth,jet_peak_bytes,backprop_peak_bytes\n" + string.Concat(rows.Select(r => string.Create(c, $"{r.Depth},{r.JetPeakBytes},{r.BackpropPeakBytes}\n")));
        IReadOnlyList<string> written = [];
        if (folder is not null)
        {
            written = CliOutput.WriteFolder("--out", folder, [ResultFile.Text(CsvName, csv), ResultFile.Bytes(PlotName, DepthSweep.Plot(rows, SweepWidth, SweepBatch, SweepK))]);
        }

        if (json)
        {
            JsonOutput.Write(writer, new
            {
                width = SweepWidth,
                batch = SweepBatch,
                k = SweepK,
                rows = rows.Select(r => new { depth = r.Depth, jetPeakBytes = r.JetPeakBytes, backpropPeakBytes = r.BackpropPeakBytes }),
                files = written,
            });
            return ExitCodes.Success;
        }

        writer.WriteLine($"Workspace peak against depth: MLP {SweepWidth} wide, batch {SweepBatch}, float32, jet K = {SweepK}");
        writer.WriteLine($"{"depth",5} {"jet MiB",9} {"backprop MiB",13}");
        foreach (DepthSweepRow r in rows)
        {
            writer.WriteLine(string.Create(c, $"{r.Depth,5} {r.JetPeakBytes / 1048576.0,9:F1} {r.BackpropPeakBytes / 1048576.0,13:F1}"));
        }

        foreach (string path in written)
        {
            writer.WriteLine($"wrote {path}");
        }

        return ExitCodes.Success;
    }
}
