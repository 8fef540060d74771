using Hyperdual.Cli.Output;
using Hyperdual.Minimization;
using Hyperdual.Minimization.Constrained;
using Hyperdual.Reports;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>The print step of <c>minimize</c>: the trace file, then the result as text or one line of JSON, and the exit code.</summary>
internal static class MinimizeReport
{
    /// <summary>Writes an unconstrained run.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="f">The function.</param>
    /// <param name="request">The parsed options.</param>
    /// <param name="x0">The start.</param>
    /// <param name="result">The result.</param>
    /// <returns>The exit code.</returns>
    public static int Write(TextWriter output, TestFunction f, MinimizeRequest request, double[] x0, MinimizationResult result)
    {
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
                hessianVectorProducts = result.HessianVectorProducts,
                minimizer = result.Minimizer,
                knownMinimum = f.MinimumValue(x0.Length),
                trace = traceWrittenTo,
            });
            return Outcome(result.Converged, result.Reason);
        }

        output.WriteLine($"function     {f.Name} (n = {x0.Length})");
        output.WriteLine($"method       {request.Method}{(request.Method == "fomoh-kd" ? $" (K = {request.K ?? 2})" : string.Empty)}");
        output.WriteLine($"stopped      {result.Reason} after {result.Iterations} iterations ({(result.Converged ? "converged" : "not converged")})");
        output.WriteLine($"value        {NumberFormat.Exact(result.Value)} (known minimum {NumberFormat.Exact(f.MinimumValue(x0.Length))})");
        output.WriteLine($"|gradient|   {NumberFormat.Exact(result.GradientNorm)}");
        output.WriteLine($"evaluations  {result.FunctionEvaluations} value, {result.DerivativeEvaluations} derivative{(request.Method == "newton-cg" ? $", {result.HessianVectorProducts} Hessian-vector products" : string.Empty)}");
        output.WriteLine($"minimizer    [{string.Join(", ", result.Minimizer.Select(v => NumberFormat.Exact(v)))}]");
        WriteTraceLine(output, traceWrittenTo, result.Trace?.Count);
        return Outcome(result.Converged, result.Reason);
    }

    /// <summary>Writes a constrained run.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="request">The parsed options.</param>
    /// <param name="result">The result.</param>
    /// <returns>The exit code.</returns>
    public static int Write(TextWriter output, ConstrainedTestProblem problem, MinimizeRequest request, ConstrainedResult result)
    {
        string? traceWrittenTo = request.TracePath is null ? null : CliOutput.WriteText(output, "--trace", request.TracePath, MinimizeTrace.Render(result.Trace!));
        if (request.Json)
        {
            JsonOutput.Write(output, new
            {
                function = problem.Name,
                dimension = problem.Problem.Dimension,
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
    /// <param name="error">Standard error.</param>
    /// <returns>The callback.</returns>
    public static Action<IterationRecord> VerboseLine(TextWriter error) => r =>
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
}
