using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>functions</c> (it reads no numbers or paths: only stray arguments).</summary>
internal static class FunctionsRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "functions";
        return
        [
            Row(c, "stray option", [c, "--dim", "3"], "Unrecognized command or argument '--dim'"),
        ];
    }
}
