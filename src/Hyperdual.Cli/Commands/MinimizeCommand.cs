using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Minimization;
using Hyperdual.Minimization.Constrained;
using Hyperdual.Reports;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual minimize --function NAME [--dim N] [--method newton-tr|fomoh-kd|fomoh|fgd] [--k K] [--lr η]
/// [--max-iter M] [--seed S] [--start x1,x2,…] [--trace out.csv] [--json]</c>: minimises a built-in test
/// function, or solves a built-in constrained textbook problem with the augmented Lagrangian.
/// </summary>
public static class MinimizeCommand
{
    /// <summary>The accepted <c>--method</c> values.</summary>
    public static readonly IReadOnlyList<string> Methods = ["newton-tr", "fomoh-kd", "fomoh", "fgd"];

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
        Option<string> method = CliOptions.Choice("--method", $"The method: {string.Join(", ", Methods)} (constrained problems use newton-tr inside the augmented Lagrangian).", Methods, defaultValue: "newton-tr");
        Option<int?> k = CliOptions.OptionalInt("--k", "FoMoH-KD: the number K of random directions per step (default 2).", 1, ForwardModeOptions.MaxDirections, alias: "-k");
        Option<double?> learningRate = CliOptions.OptionalDouble("--lr", "Forward-mode methods: the learning rate η (default 1; 1e-4 for fgd).", positive: true);
        Option<int?> maxIterations = CliOptions.OptionalInt("--max-iter", "The iteration limit (default 1000; for constrained problems, per inner Newton solve).", 1, int.MaxValue);
        Option<ulong> seed = CliOptions.UInt64("--seed", "The seed of the random directions.", 0, alias: "-s");
        var start = new Option<string?>("--start") { Description = "The starting point as comma-separated numbers (default: the standard start)." };
        var trace = new Option<string?>("--trace") { Description = "Write the per-iteration trace to this CSV file (- for standard output)." };
        Option<double?> gtol = CliOptions.OptionalDouble("--gtol", $"Converged once ‖∇f‖ ≤ this (default {MinimizationResult.DefaultConvergedGradientNorm:0e0}); newton-tr also stops there (default 1e-10).", positive: true);
        Option<double?> xtol = CliOptions.OptionalDouble("--xtol", "newton-tr: stop when the step or trust radius falls below this, relative to ‖x‖ (default 1e-15).", positive: true);
        Option<double?> ftol = CliOptions.OptionalDouble("--ftol", "newton-tr: stop when an accepted step changes f by at most this, relative to |f| (default: off).", positive: true);
        var verbose = new Option<bool>("--verbose") { Description = "Print one line per iteration on standard error as the run goes." };
        var json = new Option<bool>("--json") { Description = "Print the result as one line of JSON." };

        var command = new Command("minimize", "Minimise a built-in test function (Newton trust region, FoMoH-KD, FoMoH, FGD) or solve a constrained textbook problem.")
        {
            function, dimension, method, k, learningRate, maxIterations, seed, gtol, xtol, ftol, start, trace, verbose, json,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(function)!;
            string methodName = parse.GetValue(method)!;
            int? maxIter = parse.GetValue(maxIterations);
            var request = new Request(
                methodName,
                parse.GetValue(dimension),
                parse.GetValue(k),
                parse.GetValue(learningRate),
                maxIter,
                parse.GetValue(seed),
                parse.GetValue(start),
                parse.GetValue(trace),
                parse.GetValue(json),
                new Tolerances(parse.GetValue(gtol), parse.GetValue(xtol), parse.GetValue(ftol)),
                parse.GetValue(verbose) ? VerboseLine(parse.InvocationConfiguration.Error) : null);
            if (request.TracePath is string tracePath)
            {
                if (tracePath == CliOutput.StandardOutput && request.Json)
                {
                    throw new CliUserException("--trace - writes the trace to standard output, where --json writes its result; give --trace a file path");
                }

                CliOutput.CheckFile("--trace", tracePath);
            }

            TextWriter output = parse.InvocationConfiguration.Output;
            return TestFunctionCatalog.TryGet(name, out TestFunction? f)
                ? RunUnconstrained(f!, request, output)
                : RunConstrained(ConstrainedTestProblemCatalog.Get(name), request, output);
        });
        return command;
    }

    private static int RunUnconstrained(TestFunction f, Request request, TextWriter output)
    {
        double[] x0 = PointOptions.Resolve("--start", request.Dimension, request.Start, f.DefaultDimension, f.StandardStart, f.DimensionProblem, n =>
        {
            if (request.Method == "newton-tr")
            {
                Derivatives.EnsureHessianFits<double>(n);
            }
            else
            {
                new ForwardModeOptions { Directions = request.K ?? 2 }.EnsureFits(n);
            }
        });
        bool forward = request.Method != "newton-tr";
        if (request.K is not null && request.Method != "fomoh-kd")
        {
            throw new CliUserException($"--k applies only to --method fomoh-kd, not {request.Method}");
        }

        if (request.LearningRate is not null && !forward)
        {
            throw new CliUserException("--lr applies only to the forward-mode methods (fomoh-kd, fomoh, fgd)");
        }

        if (forward && (request.Tolerances.Step is not null || request.Tolerances.Function is not null))
        {
            throw new CliUserException($"--xtol and --ftol apply only to --method newton-tr, not {request.Method}");
        }

        int iterations = request.MaxIterations ?? 1000;
        bool recordTrace = request.TracePath is not null;
        MinimizationResult result;
        if (forward)
        {
            var options = new ForwardModeOptions
            {
                Directions = request.K ?? 2,
                LearningRate = request.LearningRate ?? (request.Method == "fgd" ? 1e-4 : 1.0),
                MaxIterations = iterations,
                Seed = request.Seed,
                RecordTrace = recordTrace,
                OnIteration = request.OnIteration,
            };
            result = request.Method switch
            {
                "fomoh-kd" => Minimizer.FomohKd(f, x0, options),
                "fomoh" => Minimizer.Fomoh(f, x0, options),
                _ => Minimizer.ForwardGradientDescent(f, x0, options),
            };
        }
        else
        {
            var defaults = new NewtonTrustRegionOptions();
            result = Minimizer.NewtonTrustRegion(f, x0, new NewtonTrustRegionOptions
            {
                MaxIterations = iterations,
                RecordTrace = recordTrace,
                OnIteration = request.OnIteration,
                GradientTolerance = request.Tolerances.Gradient ?? defaults.GradientTolerance,
                StepTolerance = request.Tolerances.Step ?? defaults.StepTolerance,
                FunctionTolerance = request.Tolerances.Function ?? defaults.FunctionTolerance,
            });
        }

        if (request.Tolerances.Gradient is double converged)
        {
            result = result with { ConvergedGradientNorm = converged };
        }

        string? traceWrittenTo = request.TracePath is null ? null : CliOutput.WriteText(output, "--trace", request.TracePath, MinimizeTrace.Render(result.Trace!, x0.Length));

        if (request.Json)
        {
            JsonOutput.Write(output, new
            {
                function = f.Name,
                dimension = x0.Length,
                method = request.Method,
                reason = result.Reason.ToString(),
                converged = result.Converged,
                value = result.Value,
                gradientNorm = result.GradientNorm,
                iterations = result.Iterations,
                functionEvaluations = result.FunctionEvaluations,
                derivativeEvaluations = result.DerivativeEvaluations,
                minimizer = result.Minimizer,
                knownMinimum = f.MinimumValue(x0.Length),
                trace = traceWrittenTo,
            });
            return Outcome(result.Converged, result.Reason);
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"function     {f.Name} (n = {x0.Length})");
        output.WriteLine($"method       {request.Method}{(request.Method == "fomoh-kd" ? $" (K = {request.K ?? 2})" : string.Empty)}");
        output.WriteLine($"stopped      {result.Reason} after {result.Iterations} iterations ({(result.Converged ? "converged" : "not converged")})");
        output.WriteLine($"value        {NumberFormat.Exact(result.Value)} (known minimum {NumberFormat.Exact(f.MinimumValue(x0.Length))})");
        output.WriteLine($"|gradient|   {NumberFormat.Exact(result.GradientNorm)}");
        output.WriteLine($"evaluations  {result.FunctionEvaluations} value, {result.DerivativeEvaluations} derivative");
        output.WriteLine($"minimizer    [{string.Join(", ", result.Minimizer.Select(v => NumberFormat.Exact(v)))}]");
        WriteTraceLine(output, traceWrittenTo, result.Trace?.Count);
        return Outcome(result.Converged, result.Reason);
    }

    private static int RunConstrained(ConstrainedTestProblem problem, Request request, TextWriter output)
    {
        if (request.Method != "newton-tr")
        {
            throw new CliUserException($"--method {request.Method}: constrained problem '{problem.Name}' is solved by the augmented Lagrangian with newton-tr inner solves");
        }

        if (request.K is not null || request.LearningRate is not null)
        {
            throw new CliUserException("--k and --lr apply only to the forward-mode methods, not to constrained problems");
        }

        if (request.Tolerances != new Tolerances(null, null, null))
        {
            throw new CliUserException($"--gtol, --xtol and --ftol apply to unconstrained functions; constrained problem '{problem.Name}' stops on its violation and Lagrangian-gradient tolerances");
        }

        int n = problem.Problem.Dimension;
        double[] x0 = PointOptions.Resolve("--start", request.Dimension, request.Start, n, _ => problem.StandardStart.ToArray(), m => m == n ? null : $"problem '{problem.Name}' has {n} variables, not {m}", _ => { });
        var options = new AugmentedLagrangianOptions
        {
            Inner = new NewtonTrustRegionOptions { MaxIterations = request.MaxIterations ?? 500, GradientTolerance = 1e-10, OnIteration = request.OnIteration },
            RecordTrace = request.TracePath is not null,
        };
        ConstrainedResult result = ConstrainedMinimizer.AugmentedLagrangian(problem.Problem, x0, options);
        string? traceWrittenTo = request.TracePath is null ? null : CliOutput.WriteText(output, "--trace", request.TracePath, MinimizeTrace.Render(result.Trace!));
        if (request.Json)
        {
            JsonOutput.Write(output, new
            {
                function = problem.Name,
                dimension = n,
                method = "augmented-lagrangian/newton-tr",
                reason = result.Reason.ToString(),
                converged = result.Converged,
                value = result.Value,
                constraintViolation = result.ConstraintViolation,
                lagrangianGradientNorm = result.LagrangianGradientNorm,
                outerIterations = result.OuterIterations,
                innerIterations = result.InnerIterations,
                functionEvaluations = result.FunctionEvaluations,
                derivativeEvaluations = result.DerivativeEvaluations,
                minimizer = result.Minimizer,
                equalityMultipliers = result.EqualityMultipliers,
                inequalityMultipliers = result.InequalityMultipliers,
                lowerBoundMultipliers = result.LowerBoundMultipliers,
                upperBoundMultipliers = result.UpperBoundMultipliers,
                knownMinimum = problem.MinimumValue,
                trace = traceWrittenTo,
            });
            return Outcome(result.Converged, result.Reason);
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        string List(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(v => NumberFormat.Exact(v))) + "]";
        output.WriteLine($"problem      {problem.Name}: {problem.Description}");
        output.WriteLine("method       augmented Lagrangian, Newton trust-region inner solves");
        output.WriteLine($"stopped      {result.Reason} after {result.OuterIterations} outer / {result.InnerIterations} inner iterations ({(result.Converged ? "converged" : "not converged")})");
        output.WriteLine($"value        {NumberFormat.Exact(result.Value)} (known minimum {NumberFormat.Exact(problem.MinimumValue)})");
        output.WriteLine($"violation    {NumberFormat.Exact(result.ConstraintViolation)}");
        output.WriteLine($"|grad L|     {NumberFormat.Exact(result.LagrangianGradientNorm)}");
        output.WriteLine($"minimizer    {List(result.Minimizer)}");
        output.WriteLine($"multipliers  equality {List(result.EqualityMultipliers)}, inequality {List(result.InequalityMultipliers)}, lower {List(result.LowerBoundMultipliers)}, upper {List(result.UpperBoundMultipliers)}");
        WriteTraceLine(output, traceWrittenTo, result.Trace?.Count);
        return Outcome(result.Converged, result.Reason);
    }

    /// <summary><c>--verbose</c>: one line per iteration, the recorded quantities only (the forward-mode methods form no gradient or radius).</summary>
    private static Action<IterationRecord> VerboseLine(TextWriter error) => r =>
    {
        string line = $"iteration {r.Iteration}  f {NumberFormat.Significant(r.Value, 6)}";
        line += double.IsNaN(r.GradientNorm) ? string.Empty : $"  |g| {NumberFormat.Significant(r.GradientNorm, 3)}";
        line += $"  |step| {NumberFormat.Significant(r.StepNorm, 3)}";
        line += double.IsNaN(r.TrustRadius) ? string.Empty : $"  radius {NumberFormat.Significant(r.TrustRadius, 3)}";
        error.WriteLine(line + $"  evaluations {r.FunctionEvaluations}");
    };

    /// <summary>The exit code of a finished run: 0 converged, <see cref="ExitCodes.Diverged"/> non-finite, else <see cref="ExitCodes.NotConverged"/>.</summary>
    private static int Outcome(bool converged, StopReason reason) =>
        converged ? ExitCodes.Success : reason == StopReason.NonFinite ? ExitCodes.Diverged : ExitCodes.NotConverged;

    private static void WriteTraceLine(TextWriter output, string? writtenTo, int? rows)
    {
        if (writtenTo is not null)
        {
            output.WriteLine($"trace        {rows} rows written to {writtenTo}");
        }
    }

    private sealed record Request(string Method, int? Dimension, int? K, double? LearningRate, int? MaxIterations, ulong Seed, string? Start, string? TracePath, bool Json, Tolerances Tolerances, Action<IterationRecord>? OnIteration);

    /// <summary><c>--gtol</c>, <c>--xtol</c>, <c>--ftol</c> as given.</summary>
    private sealed record Tolerances(double? Gradient, double? Step, double? Function);
}
