using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>bench-distributed</c>: every row fails before any data is read or any worker starts.</summary>
internal static class DistributedBenchRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "bench-distributed";
        string[] bench = [c, "--model", "logreg"];
        return
        [
            .. Whole(c, bench, "--k", 1, Hyperdual.Tensors.JetLayout.MaxDirections),
            .. Whole(c, bench, "--steps", 2, 1_000_000),
            .. Whole(c, bench, "--batch-size", 1, 1 << 24),
            .. Whole(c, bench, "--subset", 1, int.MaxValue),
            .. Real(c, bench, "--worker-timeout", positive: true),
            Row(c, "not a number", [.. bench, "--workers", "1,two"], "--workers entry 2: expected"),
            Row(c, "empty list", [.. bench, "--workers", ""], "--workers: expected"),
            Row(c, "not a worker count", [.. bench, "--workers", "1,2.5"], "--workers: '2.5' is not a worker count in [1, 64]"),
            Row(c, "not a worker count", [.. bench, "--workers", "0"], "--workers: '0' is not a worker count in [1, 64]"),
            Row(c, "not a worker count", [.. bench, "--workers", "65"], "--workers: '65' is not a worker count in [1, 64]"),
            Row(c, "unknown name", [.. bench, "--optimizers", "fomoh-kd,lbfgs"], "--optimizers: 'lbfgs' is not one of fgd, fomoh, fomoh-bp, fomoh-kd, sgd, adam, adamw, soaa"),
            Row(c, "optimizer not data-parallel", [.. bench, "--optimizers", "fomoh-bp"], "--optimizers: fomoh-bp does not run on workers"),
            Row(c, "unknown name", [c, "--model", "resnet"], "--model: expected one of logreg, mlp, cnn, got 'resnet'"),
            Row(c, "more workers than examples", [.. bench, "--workers", "1,4", "--batch-size", "2"], "--batch-size 2: smaller than 4 workers"),
            Row(c, "data folder is a file", [.. bench, "--data-dir", "{sandbox}/file.txt"], "--data-dir: '{sandbox}/file.txt' is a file, not a folder"),
        ];
    }
}
