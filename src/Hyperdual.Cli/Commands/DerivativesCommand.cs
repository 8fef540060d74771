using System.CommandLine;
using System.Globalization;
using Hyperdual.Cli.Options;
using Hyperdual.Cli.Output;
using Hyperdual.Reports;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual derivatives --function NAME [--dim N] [--at x1,x2,…] [--mode auto|forward|reverse | --sparse [--out FILE]] [--json]</c>:
/// the value, exact gradient and exact Hessian of a built-in test function at a point.
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
        var sparse = new Option<bool>("--sparse")
        {
            Description = "Compute the Hessian sparsely: its pattern traced at the point, star-coloured, and one forward-over-reverse Hessian-vector product per colour; prints the number of stored entries and colours, and the entries for small n.",
        };
        var entries = new Option<string?>("--out")
        {
            Description = "With --sparse: write every stored entry of the Hessian (both triangles) to this CSV file as row,column,value (- for standard output).",
        };
        var json = new Option<bool>("--json") { Description = "Print {\"value\":…,\"gradient\":[…],\"hessian\":[[…]],\"mode\":…}; with --sparse the Hessian is {\"dimension\",\"rowOffsets\",\"columnIndices\",\"values\",\"colours\"}." };

        var command = new Command("derivatives", "Print the value, exact gradient and exact Hessian of a built-in test function.")
        {
            function, dimension, at, mode, sparse, entries, json,
        };
        command.SetAction(parse =>
        {
            TestFunction f = TestFunctionCatalog.Get(parse.GetValue(function)!);
            string? entriesPath = parse.GetValue(entries);
            if (parse.GetValue(sparse))
            {
                if (parse.GetValue(mode) is not "auto")
                {
                    throw new CliUserException($"--sparse: cannot be combined with --mode {parse.GetValue(mode)}");
                }

                if (entriesPath == CliOutput.StandardOutput && parse.GetValue(json))
                {
                    throw new CliUserException("--out - writes the entries to standard output, where --json writes its result; give --out a file path");
                }

                if (entriesPath is not null)
                {
                    CliOutput.CheckFile("--out", entriesPath);
                }

                double[] point = PointOptions.Resolve("--at", parse.GetValue(dimension), parse.GetValue(at), f.DefaultDimension, f.StandardStart, f.DimensionProblem, Derivatives.EnsureSparseHessianFits<double>);
                return Sparse(parse.InvocationConfiguration.Output, f, point, entriesPath, parse.GetValue(json));
            }

            if (entriesPath is not null)
            {
                throw new CliUserException("--out: only --sparse writes the Hessian's entries");
            }

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

    /// <summary>With <c>--sparse</c> the text output lists the upper triangle's entries when there are at most this many.</summary>
    public const int ListedEntriesAtMost = 200;

    private static int Sparse(TextWriter output, TestFunction f, double[] x, string? entriesPath, bool json)
    {
        (double value, double[] gradient) = ReverseDerivatives.ValueAndGradient(f, x);
        SparseHessian<double> hessian = Derivatives.SparseHessian(f, x);
        string? written = entriesPath is null ? null : CliOutput.WriteText(output, "--out", entriesPath, EntriesCsv(hessian));
        if (written == "standard output")
        {
            return ExitCodes.Success;
        }

        if (json)
        {
            JsonOutput.Write(output, new
            {
                value,
                gradient,
                hessian = new
                {
                    dimension = hessian.Dimension,
                    rowOffsets = hessian.RowOffsets.ToArray(),
                    columnIndices = hessian.ColumnIndices.ToArray(),
                    values = hessian.Values.ToArray(),
                    colours = hessian.ColourCount,
                },
                mode = "sparse",
                entries = written,
            });
            return ExitCodes.Success;
        }

        output.WriteLine($"function  {f.Name} (n = {x.Length})");
        output.WriteLine($"point     [{string.Join(", ", x.Select(v => NumberFormat.Exact(v)))}]");
        output.WriteLine($"value     {NumberFormat.Exact(value)}");
        output.WriteLine($"gradient  [{string.Join(", ", gradient.Select(v => NumberFormat.Exact(v)))}]");
        output.WriteLine($"hessian   sparse: {hessian.NonZeroCount} stored entries (both triangles), {hessian.ColourCount} colours, {hessian.HessianVectorProducts} Hessian-vector products");
        int upper = (hessian.NonZeroCount + hessian.Dimension) / 2;
        if (upper <= ListedEntriesAtMost)
        {
            for (int i = 0; i < hessian.Dimension; i++)
            {
                for (int k = hessian.RowOffsets[i]; k < hessian.RowOffsets[i + 1]; k++)
                {
                    if (hessian.ColumnIndices[k] >= i)
                    {
                        output.WriteLine($"  ({i}, {hessian.ColumnIndices[k]})  {NumberFormat.Significant(hessian.Values[k], 10)}");
                    }
                }
            }
        }
        else if (written is null)
        {
            output.WriteLine($"  {upper} entries in the upper triangle; --out FILE writes them all as CSV");
        }

        if (written is not null)
        {
            output.WriteLine($"entries   {written}");
        }

        return ExitCodes.Success;
    }

    private static string EntriesCsv(SparseHessian<double> hessian)
    {
        var csv = new System.Text.StringBuilder("row,column,value\n");
        for (int i = 0; i < hessian.Dimension; i++)
        {
            for (int k = hessian.RowOffsets[i]; k < hessian.RowOffsets[i + 1]; k++)
            {
                csv.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(hessian.ColumnIndices[k].ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(NumberFormat.Exact(hessian.Values[k])).Append('\n');
            }
        }

        return csv.ToString();
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
