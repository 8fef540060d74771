using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>compare</c>: every row fails before any data is read or any run starts.</summary>
internal static class CompareRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "compare";
        string[] compare = [c, "--optimizers", "fgd,sgd"];
        return
        [
            .. Whole(c, compare, "--batch-size", 1, 1 << 24),
            .. Whole(c, compare, "--micro-batch", 1, 1 << 24),
            .. ByteSize(c, compare, "--memory-budget"),
            Row(c, "conflicting options", [.. compare, "--micro-batch", "8", "--memory-budget", "1G"], "--micro-batch 8 and --memory-budget: give one of them"),
            .. Whole(c, compare, "--steps", 1, int.MaxValue),
            .. Whole(c, compare, "--eval-every", 1, int.MaxValue),
            .. Whole(c, compare, "--subset", 1, int.MaxValue),
            .. Real(c, compare, "--max-update-norm", positive: true),
            .. OutputFolder(c, compare, "--out", "compare.md"),
            Row(c, "unknown name", [c, "--optimizers", "fgd,lbfgs"], "--optimizers: Unknown optimizer 'lbfgs'"),
            Row(c, "listed twice", [c, "--optimizers", "fgd,FGD"], "--optimizers: an optimizer is listed twice"),
            Row(c, "K on another optimizer", [c, "--optimizers", "sgd:3"], "--optimizers: 'sgd:3': only fomoh-kd takes K and +momentum"),
            Row(c, "malformed K", [c, "--optimizers", "fomoh-kd:x"], "--optimizers: 'fomoh-kd:x': K must be a whole number in [1, 16], got 'x'"),
            Row(c, "K out of range", [c, "--optimizers", "fomoh-kd:17"], "--optimizers: 'fomoh-kd:17': K must be a whole number in [1, 16], got '17'"),
            Row(c, "malformed", [.. compare, "--seeds", "0,-1"], "--seeds: expected a whole number from 0 to 18446744073709551615, got '-1'"),
            Row(c, "culture-dependent", [.. compare, "--seeds", "1 000"], "--seeds: expected a whole number from 0 to 18446744073709551615, got '1 000'"),
            Row(c, "listed twice", [.. compare, "--seeds", "1,1"], "--seeds: a seed is listed twice"),
            Row(c, "culture-dependent", [.. compare, "--lr-of", "sgd=0,1"], "--lr-of sgd: expected a positive finite number such as 0.5 or 1e-3, got '0'"),
            Row(c, "malformed", [.. compare, "--lr-of", "sgd=fast"], "--lr-of sgd: expected a positive finite number such as 0.5 or 1e-3, got 'fast'"),
            Row(c, "unknown label", [.. compare, "--lr-of", "adam=1e-3"], "--lr-of: 'adam=1e-3' is not label=rate for one of fgd, sgd"),
            Row(c, "data folder is a file", [.. compare, "--data-dir", "{sandbox}/file.txt"], "--data-dir: '{sandbox}/file.txt' is a file, not a folder"),
        ];
    }
}
