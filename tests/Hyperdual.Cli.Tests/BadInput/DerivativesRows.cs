using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>derivatives</c>.</summary>
internal static class DerivativesRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "derivatives";
        string[] rosenbrock = [c, "-f", "rosenbrock"];
        return
        [
            .. Whole(c, rosenbrock, "--dim", 1, int.MaxValue),
            TooLarge(c, [.. rosenbrock, "--dim", "100000000"], "--dim 100000000"),
            TooLarge(c, [.. rosenbrock, "--dim", "2147483647", "--mode", "reverse"], "--dim 2147483647"),
            Row(c, "unknown name", [.. rosenbrock, "--mode", "symbolic"], "--mode: expected one of auto, forward, reverse, got 'symbolic'"),
            Row(c, "malformed list entry", [.. rosenbrock, "--at", "1,2,x"], "--at entry 3: expected a finite number such as -1.5 or 2e-3, got 'x'"),
            Row(c, "non-finite list entry", [.. rosenbrock, "--at", "1,inf"], "--at entry 2: expected a finite number"),
            Row(c, "wrong count", [.. rosenbrock, "--dim", "3", "--at", "1,2"], "--at has 2 coordinates but --dim is 3"),
            Row(c, "unknown name", [c, "-f", "nope"], "--function: expected one of rosenbrock"),
            TooLarge(c, [.. rosenbrock, "--dim", "2147483647", "--sparse"], "--dim 2147483647"),
            Row(c, "option of another method", [.. rosenbrock, "--sparse", "--mode", "reverse"], "--sparse: cannot be combined with --mode reverse"),
            Row(c, "option of another method", [.. rosenbrock, "--out", "{sandbox}/h.csv"], "--out: only --sparse writes the Hessian's entries"),
            Row(c, "entries and JSON both on standard output", [.. rosenbrock, "--sparse", "--out", "-", "--json"], "--out - writes the entries to standard output"),
            .. OutputFile(c, [.. rosenbrock, "--sparse"], "--out"),
        ];
    }
}
