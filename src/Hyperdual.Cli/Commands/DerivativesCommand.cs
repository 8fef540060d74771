using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Reports;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual derivatives --function NAME [--dim N] [--at x1,x2,…] [--mode auto|forward|reverse] [--json]</c>: the value, exact gradient
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
        Option<string> mode = CliOptions.Choice(
            "--mode",
            $"How the Hessian is computed: forward (one hyper-dual pass per entry, n(n+1)/2 passes), reverse (forward-over-reverse, n Hessian-vector products) or auto (forward up to n = {ReverseAbove}, reverse above).",
            Modes,
            defaultValue: "auto");
        var json = new Option<bool>("--json") { Description = "Print {\"value\":…,\"gradient\":[…],\"hessian\":[[…]],\"mode\":…}." };

        var command = new Command("derivatives", "Print the value, exact gradient and exact Hessian of a built-in test function.")
        {
            function, dimension, at, mode, json,
        };
        command.SetAction(parse =>
        {
            TestFunction f = TestFunctionCatalog.Get(parse.GetValue(function)!);
            double[] x = PointOptions.Resolve("--at", parse.GetValue(dimension), parse.GetValue(at), f.DefaultDimension, f.StandardStart, f.DimensionProblem, Derivatives.EnsureHessianFits<double>);
            string chosen = parse.GetValue(mode) is "auto" ? (x.Length > ReverseAbove ? "reverse" : "forward") : parse.GetValue(mode)!;
            var progress = new CliProgress(parse.InvocationConfiguration.Error, $"derivatives: Hessian by {(chosen == "reverse" ? "forward-over-reverse" : "hyper-dual passes")} (n = {x.Length})");
            (double value, double[] gradient, double[,] hessian) = chosen == "reverse"
                ? Reverse(f, x, progress)
                : Derivatives.ValueGradientHessian(f, x, progress);
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new { value, gradient, hessian = JsonOutput.Rows(hessian), mode = chosen });
            }
            else
            {
                WriteText(output, f, x, value, gradient, hessian);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The accepted <c>--mode</c> values.</summary>
    public static readonly IReadOnlyList<string> Modes = ["auto", "forward", "reverse"];

    /// <summary><c>--mode auto</c> uses forward-over-reverse above this dimension: the hyper-dual Hessian costs n(n+1)/2 evaluations, O(n³) for an O(n) function, against n Hessian-vector products.</summary>
    public const int ReverseAbove = 200;

    private static (double Value, double[] Gradient, double[,] Hessian) Reverse(TestFunction f, double[] x, IProgress<double> progress)
    {
        (double value, double[] gradient) = ReverseDerivatives.ValueAndGradient(f, x);
        return (value, gradient, ReverseDerivatives.Hessian(f, x, progress));
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
