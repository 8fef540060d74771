using System.CommandLine;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary><c>hyperdual functions [--json]</c>: lists the built-in test functions.</summary>
public static class FunctionsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>functions</c> command.</returns>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the list as JSON." };
        var command = new Command("functions", "List the built-in test functions with their dimensions and minima.") { json };
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, TestFunctionCatalog.All.Select(f => new
                {
                    name = f.Name,
                    description = f.Description,
                    fixedDimension = f.FixedDimension,
                    minDimension = f.MinDimension,
                    defaultDimension = f.DefaultDimension,
                }).ToArray());
                return ExitCodes.Success;
            }

            int width = TestFunctionCatalog.Names.Max(n => n.Length);
            foreach (TestFunction f in TestFunctionCatalog.All)
            {
                string dims = f.FixedDimension is int d ? $"n = {d}" : $"n ≥ {f.MinDimension}";
                output.WriteLine($"{f.Name.PadRight(width)}  {dims,-7}  {f.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
