using System.CommandLine;
using Hyperdual.Minimization.Constrained;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary><c>hyperdual functions [--json]</c>: lists the built-in test functions and constrained problems, everything <c>--function</c> accepts.</summary>
public static class FunctionsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>functions</c> command.</returns>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the list as JSON." };
        var command = new Command("functions", "List the built-in test functions and constrained problems with their dimensions.") { json };
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            IReadOnlyList<ConstrainedTestProblem> problems = ConstrainedTestProblemCatalog.All;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new
                {
                    functions = TestFunctionCatalog.All.Select(f => new
                    {
                        name = f.Name,
                        description = f.Description,
                        fixedDimension = f.FixedDimension,
                        minDimension = f.MinDimension,
                        defaultDimension = f.DefaultDimension,
                    }).ToArray(),
                    constrained = problems.Select(p => new
                    {
                        name = p.Name,
                        description = p.Description,
                        dimension = p.Problem.Dimension,
                        minimumValue = p.MinimumValue,
                    }).ToArray(),
                });
                return ExitCodes.Success;
            }

            int width = TestFunctionCatalog.Names.Concat(problems.Select(p => p.Name)).Max(n => n.Length);
            output.WriteLine("unconstrained (minimize, derivatives)");
            foreach (TestFunction f in TestFunctionCatalog.All)
            {
                string dims = f.FixedDimension is int d ? $"n = {d}" : $"n ≥ {f.MinDimension}";
                output.WriteLine($"  {f.Name.PadRight(width)}  {dims,-7}  {f.Description}");
            }

            output.WriteLine();
            output.WriteLine("constrained (minimize: augmented Lagrangian)");
            foreach (ConstrainedTestProblem p in problems)
            {
                output.WriteLine($"  {p.Name.PadRight(width)}  {"n = " + p.Problem.Dimension,-7}  {p.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
