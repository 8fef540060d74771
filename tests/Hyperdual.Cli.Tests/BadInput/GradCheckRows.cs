using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>gradcheck</c>.</summary>
internal static class GradCheckRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "gradcheck";
        string[] mlp = [c, "--model", "mlp"];
        return
        [
            .. Whole(c, mlp, "--k", 1, Hyperdual.Tensors.JetLayout.MaxDirections),
            TooLarge(c, [.. mlp, "--batch", "100000000"], "--batch 100000000"),
            TooLarge(c, [c, "--model", "cnn", "--k", "16", "--batch", "2147483647"], "--batch 2147483647"),
            .. Whole(c, mlp, "--batch", 1, int.MaxValue),
            .. Whole(c, mlp, "--seed", 0, ulong.MaxValue),
            .. Real(c, mlp, "--hd-tolerance", positive: true),
            .. Real(c, mlp, "--fd-tolerance", positive: true),
            .. Real(c, mlp, "--reverse-tolerance", positive: true),
            Row(c, "unknown name", [c, "--model", "resnet"], "--model: expected one of logreg, mlp, cnn, got 'resnet'"),
            Row(c, "short alias of another command", [c, "-m", "mlp"], "Unrecognized command or argument '-m'"),
        ];
    }
}
