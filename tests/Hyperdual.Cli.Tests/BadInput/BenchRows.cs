using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>bench</c>: every row fails before the peak is measured or a model is built.</summary>
internal static class BenchRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "bench";
        string[] bench = [c, "--models", "logreg"];
        const string kRange = "a whole number from 1 to 16";
        const string batchRange = "a whole number from 1 to 16777216";
        return
        [
            .. Whole(c, bench, "--repeat", 1, 1000),
            .. Whole(c, bench, "--micro-batch", 1, 1 << 24),
            .. ByteSize(c, bench, "--memory-budget"),
            Row(c, "conflicting options", [.. bench, "--micro-batch", "8", "--memory-budget", "1G"], "--micro-batch 8 and --memory-budget: give one of them"),
            Row(c, "option ignored by the sweep", [c, "--depth-sweep", "--batch", "64"], "--batch: --depth-sweep measures a fixed configuration (MLPs 512 wide, batch 256, K = 3); give only --out and --json with it"),
            Row(c, "option ignored by the sweep", [c, "--depth-sweep", "--models", "cnn"], "--models: --depth-sweep measures a fixed configuration"),
            Row(c, "option ignored by the sweep", [c, "--depth-sweep", "--memory-budget", "1G"], "--memory-budget: --depth-sweep measures a fixed configuration"),
            Row(c, "unknown name", [c, "--models", "logreg,resnet"], "--models entry 2: expected one of logreg, mlp, cnn, got 'resnet'"),
            Row(c, "empty list", [c, "--models", ""], "--models entry 1: expected one of logreg, mlp, cnn, got ''"),
            Row(c, "empty entry", [c, "--models", "mlp,"], "--models entry 2: expected one of logreg, mlp, cnn, got ''"),
            Row(c, "out of range", [.. bench, "--k", "0"], $"--k entry 1: expected {kRange}, got '0'"),
            Row(c, "out of range", [.. bench, "--k", "2,17"], $"--k entry 2: expected {kRange}, got '17'"),
            Row(c, "malformed", [.. bench, "--k", "2,x"], $"--k entry 2: expected {kRange}, got 'x'"),
            Row(c, "malformed", [.. bench, "--k", "1.5"], $"--k entry 1: expected {kRange}, got '1.5'"),
            Row(c, "empty list", [.. bench, "--k", ""], "--k: expected a comma-separated list of whole numbers from 1 to 16, got ''"),
            Row(c, "out of range", [.. bench, "--batch", "0"], $"--batch entry 1: expected {batchRange}, got '0'"),
            Row(c, "out of range", [.. bench, "--batch", "16777217"], $"--batch entry 1: expected {batchRange}, got '16777217'"),
            Row(c, "malformed", [.. bench, "--batch", "64;128"], $"--batch entry 1: expected {batchRange}, got '64;128'"),
            Row(c, "empty list", [.. bench, "--batch", " "], "--batch: expected a comma-separated list of whole numbers from 1 to 16777216, got ' '"),
            TooLarge(c, [.. bench, "--k", "16", "--batch", "16777216"], "--batch 16777216"),
            TooLarge(c, [.. bench, "--k", "16", "--batch", "16777216", "--micro-batch", "8000000"], "--micro-batch 8000000"),
            Row(c, "files without the sweep", [c, "--out", "{sandbox}/dir"], "--out: only --depth-sweep writes files"),
            .. OutputFolder(c, [c, "--depth-sweep"], "--out", "depth-sweep.png"),
        ];
    }
}
