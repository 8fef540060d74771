using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>reproduce</c>.</summary>
internal static class ReproduceRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "reproduce";
        return
        [
            .. OutputFolder(c, [c, "rosenbrock"], "--out", "rosenbrock.md"),
            Row(c, "unknown study", [c, "himmelblau"], "Unrecognized command or argument 'himmelblau'"),
            .. ReproduceMnistRows.Rows(),
            .. ReproduceSoaaRows.Rows(),
        ];
    }
}
