using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Reports;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual derivatives --function NAME [--dim N] [--at x1,x2,…] [--json]</c>: the value, exact gradient
/// and exact Hessian of a built-in test function at a point.
/// </summary>
public static class DerivativesCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>derivatives</c> command.</returns>
    public static Command Create()
    {
        Option<string> function = CliOptions.Choice("--function", $"The test function: {string.Join(", ", TestFunctionCatalog.Names)}.", TestFunctionCatalog.Names, alias: "-f");
        Option<int?> dimension = CliOptions.OptionalInt("--dim", "The dimension (default: the length of --at, else the function's default).", 1, int.MaxValue, alias: "-n");
        var at = new Option<string?>("--at")
        {
            Description = "The point as comma-separated numbers, e.g. 1,2,3,4 (default: the function's standard start).",
        };
        var json = new Option<bool>("--json") { Description = "Print {\"value\":…,\"gradient\":[…],\"hessian\":[[…]]}." };

        var command = new Command("derivatives", "Print the value, exact gradient and exact Hessian of a built-in test function.")
        {
            function, dimension, at, json,
        };
        command.SetAction(parse =>
        {
            TestFunction f = ResolveFunction(parse.GetValue(function)!);
            double[] x = ResolvePoint(f, parse.GetValue(dimension), parse.GetValue(at));
            (double value, double[] gradient, double[,] hessian) = Derivatives.ValueGradientHessian(f, x);
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new { value, gradient, hessian = JsonOutput.Rows(hessian) });
            }
            else
            {
                WriteText(output, f, x, value, gradient, hessian);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Looks up a test function by name or throws a one-line user error listing the known names.</summary>
    /// <param name="name">The name given with <c>--function</c>.</param>
    /// <returns>The function.</returns>
    internal static TestFunction ResolveFunction(string name) =>
        TestFunctionCatalog.TryGet(name, out TestFunction? f)
            ? f!
            : throw new CliUserException($"--function: unknown function '{name}'; known: {string.Join(", ", TestFunctionCatalog.Names)}");

    /// <summary>Works out the point from <c>--dim</c> and <c>--at</c>, checking they agree with each other and the function.</summary>
    /// <param name="f">The function.</param>
    /// <param name="dimension">The value of <c>--dim</c>, if given.</param>
    /// <param name="at">The value of <c>--at</c>, if given.</param>
    /// <returns>The point.</returns>
    internal static double[] ResolvePoint(TestFunction f, int? dimension, string? at)
    {
        if (at is null)
        {
            int n = dimension ?? f.DefaultDimension;
            CheckDimension(f, n);
            return f.StandardStart(n);
        }

        double[] x = NumberListParser.Parse(at, "--at");
        if (dimension is int expected && x.Length != expected)
        {
            throw new CliUserException($"--at has {x.Length} coordinates but --dim is {expected}");
        }

        CheckDimension(f, x.Length);
        return x;
    }

    private static void CheckDimension(TestFunction f, int n)
    {
        string? problem = f.DimensionProblem(n);
        if (problem is not null)
        {
            throw new CliUserException(problem);
        }
    }

    private static void WriteText(TextWriter output, TestFunction f, double[] x, double value, double[] gradient, double[,] hessian)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"function  {f.Name} (n = {x.Length})");
        output.WriteLine($"point     [{string.Join(", ", x.Select(v => NumberFormat.Exact(v)))}]");
        output.WriteLine($"value     {NumberFormat.Exact(value)}");
        output.WriteLine($"gradient  [{string.Join(", ", gradient.Select(v => NumberFormat.Exact(v)))}]");
        output.WriteLine("hessian");
        int n = x.Length;
        var cells = new string[n, n];
        int width = 1;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                cells[i, j] = NumberFormat.Significant(hessian[i, j], 10);
                width = Math.Max(width, cells[i, j].Length);
            }
        }

        for (int i = 0; i < n; i++)
        {
            var row = new string[n];
            for (int j = 0; j < n; j++)
            {
                row[j] = cells[i, j].PadLeft(width);
            }

            output.WriteLine("  " + string.Join("  ", row));
        }
    }
}
