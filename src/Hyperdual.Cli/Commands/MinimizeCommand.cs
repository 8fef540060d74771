using System.CommandLine;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Minimization;
using Hyperdual.Minimization.Constrained;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual minimize --function NAME [--dim N] [--method newton-tr|newton-cg|fomoh-kd|fomoh|fgd] [--k K] [--lr η]
/// [--max-iter M] [--seed S] [--start x1,x2,…] [--trace out.csv] [--json]</c>: minimises a built-in test
/// function, or solves a built-in constrained textbook problem with the augmented Lagrangian.
/// </summary>
/// <remarks>Parse here, call in <see cref="MinimizeRun"/>, print in <see cref="MinimizeReport"/>.</remarks>
public static class MinimizeCommand
{
    /// <summary>The accepted <c>--method</c> values.</summary>
    public static readonly IReadOnlyList<string> Methods = ["newton-tr", "newton-cg", "fomoh-kd", "fomoh", "fgd"];

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>minimize</c> command.</returns>
    public static Command Create()
    {
        string[] problems = [.. TestFunctionCatalog.Names, .. ConstrainedTestProblemCatalog.All.Select(p => p.Name)];
        Option<string> function = CliOptions.Choice(
            "--function",
            $"The function: {string.Join(", ", TestFunctionCatalog.Names)}; or a constrained problem: {string.Join(", ", ConstrainedTestProblemCatalog.All.Select(p => p.Name))}.",
            problems,
            alias: "-f");
        Option<int?> dimension = CliOptions.OptionalInt("--dim", "The dimension (default: the length of --start, else the function's default).", 1, int.MaxValue, alias: "-n");
        Option<string> method = CliOptions.Choice("--method", $"The method: {string.Join(", ", Methods)} (newton-cg: matrix-free, truncated CG on Hessian-vector products; constrained problems use newton-tr inside the augmented Lagrangian).", Methods, defaultValue: "newton-tr");
        Option<int?> k = CliOptions.OptionalInt("--k", "FoMoH-KD: the number K of random directions per step (default 2).", 1, ForwardModeOptions.MaxDirections, alias: "-k");
        Option<double?> learningRate = CliOptions.OptionalDouble("--lr", "Forward-mode methods: the learning rate η (default 1; 1e-4 for fgd).", positive: true);
        Option<int?> maxIterations = CliOptions.OptionalInt("--max-iter", "The iteration limit (default 1000; for constrained problems, per inner Newton solve).", 1, int.MaxValue);
        Option<ulong> seed = CliOptions.UInt64("--seed", "The seed of the random directions.", 0, alias: "-s");
        var start = new Option<string?>("--start") { Description = "The starting point as comma-separated numbers (default: the standard start)." };
        var trace = new Option<string?>("--trace") { Description = "Write the per-iteration trace to this CSV file (- for standard output)." };
        Option<double?> gtol = CliOptions.OptionalDouble("--gtol", $"Converged once ‖∇f‖ ≤ this (default {MinimizationResult.DefaultConvergedGradientNorm:0e0}); newton-tr and newton-cg also stop there (default 1e-10).", positive: true);
        Option<double?> xtol = CliOptions.OptionalDouble("--xtol", "newton-tr, newton-cg: stop when the step or trust radius falls below this, relative to ‖x‖ (default 1e-15).", positive: true);
        Option<double?> ftol = CliOptions.OptionalDouble("--ftol", "newton-tr, newton-cg: stop when an accepted step changes f by at most this, relative to |f| (default: off).", positive: true);
        var verbose = new Option<bool>("--verbose") { Description = "Print one line per iteration on standard error as the run goes." };
        var json = new Option<bool>("--json") { Description = "Print the result as one line of JSON." };

        var command = new Command("minimize", "Minimise a built-in test function (Newton trust region, FoMoH-KD, FoMoH, FGD) or solve a constrained textbook problem.")
        {
            function, dimension, method, k, learningRate, maxIterations, seed, gtol, xtol, ftol, start, trace, verbose, json,
        };
        command.SetAction(parse =>
        {
            var request = new MinimizeRequest(
                parse.GetValue(method)!,
                parse.GetValue(dimension),
                parse.GetValue(k),
                parse.GetValue(learningRate),
                parse.GetValue(maxIterations),
                parse.GetValue(seed),
                parse.GetValue(start),
                parse.GetValue(trace),
                parse.GetValue(json),
                new MinimizeTolerances(parse.GetValue(gtol), parse.GetValue(xtol), parse.GetValue(ftol)),
                parse.GetValue(verbose) ? MinimizeReport.VerboseLine(parse.InvocationConfiguration.Error) : null);
            if (request.TracePath is string tracePath)
            {
                if (tracePath == CliOutput.StandardOutput && request.Json)
                {
                    throw new CliUserException("--trace - writes the trace to standard output, where --json writes its result; give --trace a file path");
                }

                CliOutput.CheckFile("--trace", tracePath);
            }

            TextWriter output = parse.InvocationConfiguration.Output;
            string name = parse.GetValue(function)!;
            if (TestFunctionCatalog.TryGet(name, out TestFunction? f))
            {
                (double[] x0, MinimizationResult result) = MinimizeRun.Unconstrained(f!, request);
                return MinimizeReport.Write(output, f!, request, x0, result);
            }

            ConstrainedTestProblem problem = ConstrainedTestProblemCatalog.Get(name);
            return MinimizeReport.Write(output, problem, request, MinimizeRun.Constrained(problem, request));
        });
        return command;
    }
}
