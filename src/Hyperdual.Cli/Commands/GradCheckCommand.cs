using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Reports;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;
using Hyperdual.Tensors.Verification;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual gradcheck --model logreg|mlp|cnn --k K [--batch B] [--seed S] [--json]</c>: evaluates a
/// built-in model's cross-entropy in float64 with one K-direction jet and prints the worst relative
/// error of its g and H against separate hyper-dual passes over each pair and against central finite
/// differences along the directions, and of the reverse-mode (backprop) gradient projected on the
/// directions, ∇L·vᵢ, against the jet's gᵢ and the finite differences; exits non-zero when an error
/// exceeds its tolerance.
/// </summary>
/// <remarks>
/// The batch is synthetic (inputs uniform in [0, 1), labels uniform over the classes, drawn from the
/// seed): derivative correctness does not depend on real data. The model is initialised from the
/// seed, the directions vᵢ ~ N(0, I) from seed + 1. The same check on any model is the library call
/// <see cref="GradientCheck.Run"/>.
/// </remarks>
public static class GradCheckCommand
{
    /// <summary>The exit code when an error exceeds its tolerance.</summary>
    public const int ToleranceExceeded = ExitCodes.CheckFailed;

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>gradcheck</c> command.</returns>
    public static Command Create()
    {
        Option<string> model = CliOptions.Choice("--model", "The model: logreg, mlp or cnn.", ModelZoo.Names);
        Option<int> k = CliOptions.Int("--k", "The number of directions K.", 1, JetLayout.MaxDirections, 3, alias: "-k");
        Option<int> batch = CliOptions.Int("--batch", "The batch size (synthetic data).", 1, int.MaxValue, 8, alias: "-b");
        Option<ulong> seed = CliOptions.UInt64("--seed", "Seed of the initialisation, the data and (seed + 1) the directions.", 0, alias: "-s");
        Option<double> hdTolerance = CliOptions.Double("--hd-tolerance", "Tolerance of the jet against the hyper-dual passes.", GradientCheck.DefaultHyperDualTolerance, positive: true);
        Option<double> fdTolerance = CliOptions.Double("--fd-tolerance", "Tolerance of the jet against finite differences.", GradientCheck.DefaultFiniteDifferenceTolerance, positive: true);
        Option<double> reverseTolerance = CliOptions.Double("--reverse-tolerance", "Tolerance of the reverse-mode gradient's projections ∇L·vᵢ against the jet's gᵢ.", GradientCheck.DefaultReverseTolerance, positive: true);
        var json = new Option<bool>("--json") { Description = "Print the result as one line of JSON." };
        var command = new Command("gradcheck",
            "Check a model's jet (g, H) and its reverse-mode gradient in float64 against separate hyper-dual passes and finite differences.")
        {
            model, k, batch, seed, hdTolerance, fdTolerance, reverseTolerance, json,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(model)!;
            int directionsCount = parse.GetValue(k), size = parse.GetValue(batch);
            ulong s = parse.GetValue(seed);
            double hdTol = parse.GetValue(hdTolerance), fdTol = parse.GetValue(fdTolerance), reverseTol = parse.GetValue(reverseTolerance);
            int[] sampleShape = ModelZoo.InputShape(name);
            MemoryLimits.Check($"--batch {size}", () => JetLayout.EnsureFits((double)size * TensorShape.Product(sampleShape), directionsCount, sizeof(double)));
            SequentialModel m = ModelZoo.Create(name, s);
            Batch<double> data = SyntheticBatch(sampleShape, size, s);
            Directions directions = Directions.FromSeed(s + 1, directionsCount, m.Parameters.Count);
            GradientCheckReport report = GradientCheck.Run(m, CrossEntropyLoss.Instance, data, m.Parameters.ValuesArray, directions, hdTol, fdTol,
                reverseTolerance: reverseTol);
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new
                {
                    model = m.Name,
                    parameters = m.Parameters.Count,
                    batch = size,
                    k = directionsCount,
                    seed = s,
                    loss = report.Jet.Loss,
                    g = report.Jet.G,
                    h = JsonOutput.Rows(report.Jet.H),
                    hyperDual = new { g = report.HyperDual.G, h = JsonOutput.Rows(report.HyperDual.H), gError = report.HyperDualGError, hError = report.HyperDualHError, tolerance = report.HyperDualTolerance },
                    finiteDifference = new { g = report.FiniteDifference.G, h = JsonOutput.Rows(report.FiniteDifference.H), gError = report.FiniteDifferenceGError, hError = report.FiniteDifferenceHError, tolerance = report.FiniteDifferenceTolerance },
                    reverse = new { projection = report.ReverseProjection, jetError = report.ReverseJetError, finiteDifferenceError = report.ReverseFiniteDifferenceError, tolerance = report.ReverseTolerance },
                    worstRatio = report.WorstRatio,
                    passed = report.Passed,
                });
            }
            else
            {
                WriteText(output, m, size, directionsCount, s, report);
            }

            return report.Passed ? ExitCodes.Success : ToleranceExceeded;
        });
        return command;
    }

    /// <summary>A synthetic batch of <paramref name="size"/> samples of the model's input shape (<see cref="ModelZoo.InputShape"/>):
    /// inputs uniform in [0, 1), labels uniform over 10 classes.</summary>
    internal static Batch<double> SyntheticBatch(int[] sampleShape, int size, ulong seed)
    {
        int[] shape = [size, .. sampleShape];
        var values = new double[TensorShape.Product(shape)];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = CounterRandom.Uniform(seed, 1_000_001, (ulong)e);
        }

        int[] labels = new int[size];
        for (int r = 0; r < size; r++)
        {
            labels[r] = (int)(CounterRandom.Uniform(seed, 1_000_002, (ulong)r) * 10);
        }

        return new Batch<double>(Tensor<double>.FromDoubles(values, shape), labels);
    }

    private static void WriteText(TextWriter output, SequentialModel model, int batch, int k, ulong seed, GradientCheckReport r)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"model   {model.Name} ({model.Parameters.Count.ToString("N0", c)} parameters), batch {batch} (synthetic), K = {k}, seed {seed}, float64");
        output.WriteLine($"loss    {NumberFormat.Exact(r.Jet.Loss)}");
        output.WriteLine($"g       [{string.Join(", ", r.Jet.G.Select(x => NumberFormat.Significant(x, 10)))}]");
        output.WriteLine($"H diag  [{string.Join(", ", Enumerable.Range(0, k).Select(i => NumberFormat.Significant(r.Jet.H[i, i], 10)))}]");
        output.WriteLine();
        output.WriteLine("check                       worst rel. error  tolerance");
        Row(output, "g vs hyper-dual passes", r.HyperDualGError, r.HyperDualTolerance);
        Row(output, "H vs hyper-dual passes", r.HyperDualHError, r.HyperDualTolerance);
        Row(output, "g vs finite differences", r.FiniteDifferenceGError, r.FiniteDifferenceTolerance);
        Row(output, "H vs finite differences", r.FiniteDifferenceHError, r.FiniteDifferenceTolerance);
        Row(output, "backprop ∇L·v vs jet g", r.ReverseJetError, r.ReverseTolerance);
        Row(output, "backprop ∇L·v vs fin. diff.", r.ReverseFiniteDifferenceError, r.FiniteDifferenceTolerance);
        output.WriteLine(r.Passed ? "result  passed" : "result  FAILED");
    }

    private static void Row(TextWriter output, string name, double error, double tolerance)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"{name,-27} {NumberFormat.Significant(error, 3),-17} {NumberFormat.Significant(tolerance, 1),-10} {(error <= tolerance ? "ok" : "EXCEEDED")}");
    }
}
