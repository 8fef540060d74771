using System.CommandLine;
using System.Globalization;
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
        var function = new Option<string>("--function", "-f")
        {
            Description = $"The function: {string.Join(", ", TestFunctionCatalog.Names)}; or a constrained problem: {string.Join(", ", ConstrainedTestProblemCatalog.All.Select(p => p.Name))}.",
            Required = true,
        };
        var dimension = new Option<int?>("--dim", "-n") { Description = "The dimension (default: the length of --start, else the function's default)." };
        var method = new Option<string>("--method", "-m") { Description = $"The method: {string.Join(", ", Methods)} (default newton-tr; constrained problems use newton-tr inside the augmented Lagrangian).", DefaultValueFactory = _ => "newton-tr" };
        var k = new Option<int?>("--k") { Description = "FoMoH-KD: the number K of random directions per step (default 2)." };
        var learningRate = new Option<double?>("--lr") { Description = "Forward-mode methods: the learning rate η (default 1; 1e-4 for fgd)." };
        var maxIterations = new Option<int?>("--max-iter") { Description = "The iteration limit (default 1000; for constrained problems, per inner Newton solve)." };
        var seed = new Option<ulong>("--seed") { Description = "The seed of the random directions, 0 to 2⁶⁴ − 1 (default 0).", DefaultValueFactory = _ => 0UL };
        var start = new Option<string?>("--start") { Description = "The starting point as comma-separated numbers (default: the standard start)." };
        var trace = new Option<string?>("--trace") { Description = "Write the per-iteration trace to this CSV file." };
        var json = new Option<bool>("--json") { Description = "Print the result as one line of JSON." };

        var command = new Command("minimize", "Minimise a built-in test function (Newton trust region, FoMoH-KD, FoMoH, FGD) or solve a constrained textbook problem.")
        {
            function, dimension, method, k, learningRate, maxIterations, seed, start, trace, json,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(function)!;
            string methodName = parse.GetValue(method) ?? "newton-tr";
            if (!Methods.Contains(methodName))
            {
                throw new CliUserException($"--method: unknown method '{methodName}'; known: {string.Join(", ", Methods)}");
            }

            int? maxIter = parse.GetValue(maxIterations);
            if (maxIter is < 1)
            {
                throw new CliUserException($"--max-iter must be a positive integer, got {maxIter}");
            }

            var request = new Request(
                methodName,
                parse.GetValue(dimension),
                parse.GetValue(k),
                parse.GetValue(learningRate),
                maxIter,
                parse.GetValue(seed),
                parse.GetValue(start),
                parse.GetValue(trace),
                parse.GetValue(json));
            TextWriter output = parse.InvocationConfiguration.Output;
            if (TestFunctionCatalog.TryGet(name, out TestFunction? f))
            {
                RunUnconstrained(f!, request, output);
            }
            else if (ConstrainedTestProblemCatalog.TryGet(name, out ConstrainedTestProblem? problem))
            {
                RunConstrained(problem!, request, output);
            }
            else
            {
                throw new CliUserException(
                    $"--function: unknown function '{name}'; known: {string.Join(", ", TestFunctionCatalog.Names.Concat(ConstrainedTestProblemCatalog.All.Select(p => p.Name)))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void RunUnconstrained(TestFunction f, Request request, TextWriter output)
    {
        double[] x0 = ResolveStart(request.Dimension, request.Start, f.DefaultDimension, f.StandardStart, f.DimensionProblem);
        bool forward = request.Method != "newton-tr";
        if (request.K is not null && request.Method != "fomoh-kd")
        {
            throw new CliUserException($"--k applies only to --method fomoh-kd, not {request.Method}");
        }

        if (request.K is < 1)
        {
            throw new CliUserException($"--k must be a positive integer, got {request.K}");
        }

        if (request.LearningRate is double eta && (!forward || !(eta > 0.0) || !double.IsFinite(eta)))
        {
            throw new CliUserException(forward ? $"--lr must be a positive finite number, got {eta.ToString("R", CultureInfo.InvariantCulture)}" : "--lr applies only to the forward-mode methods (fomoh-kd, fomoh, fgd)");
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
            result = Minimizer.NewtonTrustRegion(f, x0, new NewtonTrustRegionOptions { MaxIterations = iterations, RecordTrace = recordTrace });
        }

        if (request.TracePath is not null)
        {
            WriteTrace(request.TracePath, result.Trace!, x0.Length);
        }

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
            });
            return;
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"function     {f.Name} (n = {x0.Length})");
        output.WriteLine($"method       {request.Method}{(request.Method == "fomoh-kd" ? $" (K = {request.K ?? 2})" : string.Empty)}");
        output.WriteLine($"stopped      {result.Reason} after {result.Iterations} iterations");
        output.WriteLine($"value        {result.Value.ToString("R", c)} (known minimum {f.MinimumValue(x0.Length).ToString("R", c)})");
        output.WriteLine($"|gradient|   {result.GradientNorm.ToString("R", c)}");
        output.WriteLine($"evaluations  {result.FunctionEvaluations} value, {result.DerivativeEvaluations} derivative");
        output.WriteLine($"minimizer    [{string.Join(", ", result.Minimizer.Select(v => v.ToString("R", c)))}]");
    }

    private static void RunConstrained(ConstrainedTestProblem problem, Request request, TextWriter output)
    {
        if (request.Method != "newton-tr")
        {
            throw new CliUserException($"--method {request.Method}: constrained problem '{problem.Name}' is solved by the augmented Lagrangian with newton-tr inner solves");
        }

        if (request.K is not null || request.LearningRate is not null)
        {
            throw new CliUserException("--k and --lr apply only to the forward-mode methods, not to constrained problems");
        }

        int n = problem.Problem.Dimension;
        double[] x0 = ResolveStart(request.Dimension, request.Start, n, _ => problem.StandardStart.ToArray(), m => m == n ? null : $"problem '{problem.Name}' has {n} variables, not {m}");
        var options = new AugmentedLagrangianOptions
        {
            Inner = new NewtonTrustRegionOptions { MaxIterations = request.MaxIterations ?? 500, GradientTolerance = 1e-10 },
            RecordTrace = request.TracePath is not null,
        };
        ConstrainedResult result = ConstrainedMinimizer.AugmentedLagrangian(problem.Problem, x0, options);
        if (request.TracePath is not null)
        {
            CsvTable.Write(
                request.TracePath,
                ["outer_iteration", "value", "violation", "penalty", "inner_iterations", "inner_reason"],
                result.Trace!.Select(r => (IReadOnlyList<string>)
                [
                    r.OuterIteration.ToString(CultureInfo.InvariantCulture),
                    CsvTable.Number(r.Value),
                    CsvTable.Number(r.Violation),
                    CsvTable.Number(r.Penalty),
                    r.InnerIterations.ToString(CultureInfo.InvariantCulture),
                    r.InnerReason.ToString(),
                ]));
        }

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
            });
            return;
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        string List(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(v => v.ToString("R", c))) + "]";
        output.WriteLine($"problem      {problem.Name}: {problem.Description}");
        output.WriteLine("method       augmented Lagrangian, Newton trust-region inner solves");
        output.WriteLine($"stopped      {result.Reason} after {result.OuterIterations} outer / {result.InnerIterations} inner iterations");
        output.WriteLine($"value        {result.Value.ToString("R", c)} (known minimum {problem.MinimumValue.ToString("R", c)})");
        output.WriteLine($"violation    {result.ConstraintViolation.ToString("R", c)}");
        output.WriteLine($"|grad L|     {result.LagrangianGradientNorm.ToString("R", c)}");
        output.WriteLine($"minimizer    {List(result.Minimizer)}");
        output.WriteLine($"multipliers  equality {List(result.EqualityMultipliers)}, inequality {List(result.InequalityMultipliers)}, lower {List(result.LowerBoundMultipliers)}, upper {List(result.UpperBoundMultipliers)}");
    }

    /// <summary>The start from <c>--dim</c> and <c>--start</c>, checked against each other and the function's dimension rule.</summary>
    private static double[] ResolveStart(int? dimension, string? start, int defaultDimension, Func<int, double[]> standardStart, Func<int, string?> dimensionProblem)
    {
        if (dimension is <= 0)
        {
            throw new CliUserException($"--dim must be a positive integer, got {dimension}");
        }

        if (start is null)
        {
            int n = dimension ?? defaultDimension;
            Check(dimensionProblem(n));
            return standardStart(n);
        }

        double[] x = NumberListParser.Parse(start, "--start");
        if (dimension is int expected && x.Length != expected)
        {
            throw new CliUserException($"--start has {x.Length} coordinates but --dim is {expected}");
        }

        Check(dimensionProblem(x.Length));
        return x;

        static void Check(string? problem)
        {
            if (problem is not null)
            {
                throw new CliUserException(problem);
            }
        }
    }

    private static void WriteTrace(string path, IReadOnlyList<IterationRecord> trace, int n)
    {
        var header = new List<string> { "iteration", "value", "gradient_norm", "step_norm", "trust_radius", "evaluations" };
        header.AddRange(Enumerable.Range(1, n).Select(i => $"x{i}"));
        if (string.IsNullOrWhiteSpace(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(path))
        {
            throw new CliUserException($"--trace: '{path}' is not a file path");
        }

        try
        {
            WriteTraceRows(path, header, trace);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliUserException($"--trace: cannot write '{path}': {e.Message}");
        }
    }

    private static void WriteTraceRows(string path, List<string> header, IReadOnlyList<IterationRecord> trace)
    {
        CsvTable.Write(
            path,
            header,
            trace.Select(r =>
            {
                var row = new List<string>
                {
                    r.Iteration.ToString(CultureInfo.InvariantCulture),
                    CsvTable.Number(r.Value),
                    CsvTable.Number(r.GradientNorm),
                    CsvTable.Number(r.StepNorm),
                    CsvTable.Number(r.TrustRadius),
                    r.FunctionEvaluations.ToString(CultureInfo.InvariantCulture),
                };
                row.AddRange(r.Point.Select(CsvTable.Number));
                return (IReadOnlyList<string>)row;
            }));
    }

    private sealed record Request(string Method, int? Dimension, int? K, double? LearningRate, int? MaxIterations, ulong Seed, string? Start, string? TracePath, bool Json);
}
