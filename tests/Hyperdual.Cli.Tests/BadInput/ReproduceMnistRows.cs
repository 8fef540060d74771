using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>reproduce mnist</c>: every one is refused before the study runs.</summary>
internal static class ReproduceMnistRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "reproduce";
        string[] mnist = [c, "mnist", "--quick"];
        const string seedFault = "--seeds: expected a whole number from 0 to 18446744073709551615";
        return
        [
            .. OutputFolder(c, mnist, "--out", "report.md"),
            Row(c, "mnist seeds malformed", [.. mnist, "--seeds", "0,-1"], $"{seedFault}, got '-1'"),
            Row(c, "mnist seeds culture-dependent", [.. mnist, "--seeds", "1 000"], $"{seedFault}, got '1 000'"),
            Row(c, "mnist seeds empty", [.. mnist, "--seeds", ""], $"{seedFault}, got ''"),
            Row(c, "mnist seeds not numbers", [.. mnist, "--seeds", "a,b"], $"{seedFault}, got 'a'"),
            Row(c, "mnist seed listed twice", [.. mnist, "--seeds", "1,1"], "--seeds: a seed is listed twice"),
            Row(c, "mnist data folder is a file", [.. mnist, "--data-dir", "{sandbox}/file.txt"], "--data-dir: '{sandbox}/file.txt' is a file, not a folder"),
            Row(c, "mnist quick takes no value", [.. mnist[..2], "--quick", "yes"], "Unrecognized command or argument 'yes'"),
            Row(c, "mnist unknown option", [.. mnist, "--steps", "10"], "Unrecognized command or argument '--steps'"),
        ];
    }
}
