using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>minimize</c>.</summary>
internal static class MinimizeRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "minimize";
        string[] rosenbrock = [c, "-f", "rosenbrock"];
        return
        [
            .. Whole(c, rosenbrock, "--dim", 1, int.MaxValue),
            .. Whole(c, [.. rosenbrock, "--method", "fomoh-kd"], "--k", 1, Hyperdual.Minimization.ForwardModeOptions.MaxDirections),
            TooLarge(c, [.. rosenbrock, "--dim", "100000000"], "--dim 100000000"),
            TooLarge(c, [.. rosenbrock, "--dim", "2147483647", "--method", "fomoh-kd", "--k", "64"], "--dim 2147483647"),
            .. Real(c, [.. rosenbrock, "--method", "fgd"], "--lr", positive: true),
            .. Whole(c, rosenbrock, "--max-iter", 1, int.MaxValue),
            .. Whole(c, rosenbrock, "--seed", 0, ulong.MaxValue),
            .. Real(c, rosenbrock, "--gtol", positive: true),
            .. Real(c, rosenbrock, "--xtol", positive: true),
            .. Real(c, rosenbrock, "--ftol", positive: true),
            Row(c, "option of another method", [.. rosenbrock, "--method", "fgd", "--xtol", "1e-3"], "--xtol and --ftol apply only to --method newton-tr and newton-cg, not fgd"),
            Row(c, "option of another method", [.. rosenbrock, "--method", "newton-cg", "--k", "2"], "--k applies only to --method fomoh-kd, not newton-cg"),
            Row(c, "option of another method", [.. rosenbrock, "--method", "newton-cg", "--lr", "0.1"], "--lr applies only to the forward-mode methods"),
            TooLarge(c, [.. rosenbrock, "--dim", "2147483647", "--method", "newton-cg"], "--dim 2147483647"),
            Row(c, "constrained problem", [c, "-f", "hs071", "--method", "newton-cg"], "--method newton-cg: constrained problem 'hs071' is solved by the augmented Lagrangian"),
            Row(c, "option of another problem kind", [c, "-f", "hs071", "--gtol", "1e-3"], "--gtol, --xtol and --ftol apply to unconstrained functions"),
            .. OutputFile(c, rosenbrock, "--trace"),
            .. OutputFile(c, [c, "-f", "hs071"], "--trace"),
            Row(c, "malformed list entry", [.. rosenbrock, "--start", "1,abc"], "--start entry 2: expected a finite number such as -1.5 or 2e-3, got 'abc'"),
            Row(c, "culture-dependent list entry", [.. rosenbrock, "--start", "1;5"], "--start entry 1: expected a finite number such as -1.5 or 2e-3, got '1;5'"),
            Row(c, "non-finite list entry", [.. rosenbrock, "--start", "1,nan"], "--start entry 2: expected a finite number"),
            Row(c, "empty list", [.. rosenbrock, "--start", ""], "--start: expected a comma-separated list of numbers"),
            Row(c, "unknown name", [c, "-f", "nope"], "--function: expected one of rosenbrock"),
            Row(c, "unknown name", [.. rosenbrock, "--method", "bfgs"], "--method: expected one of newton-tr, newton-cg, fomoh-kd, fomoh, fgd, got 'bfgs'"),
            Row(c, "trace and JSON both on standard output", [.. rosenbrock, "--trace", "-", "--json"], "--trace - writes the trace to standard output"),
        ];
    }
}
