using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>train</c>: every row fails before any data is read or any step is taken.</summary>
internal static class TrainRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "train";
        string[] train = [c, "--model", "logreg"];
        return
        [
            .. Whole(c, train, "--k", 1, Hyperdual.Tensors.JetLayout.MaxDirections),
            .. Whole(c, train, "--batch-size", 1, 1 << 24),
            .. Whole(c, train, "--steps", 1, int.MaxValue),
            .. Whole(c, train, "--epochs", 1, 1_000_000),
            .. Whole(c, train, "--eval-every", 1, int.MaxValue),
            .. Whole(c, train, "--checkpoint-every", 0, int.MaxValue),
            .. Whole(c, train, "--threads", 1, 1024),
            .. Whole(c, train, "--validation", 0, int.MaxValue),
            .. Whole(c, train, "--subset", 1, int.MaxValue),
            .. Whole(c, train, "--seed", 0, ulong.MaxValue),
            .. Real(c, train, "--lr", positive: true),
            .. Real(c, train, "--max-update-norm", positive: true),
            .. Real(c, train, "--curvature-floor"),
            .. Real(c, train, "--curvature-floor-absolute"),
            .. OutputFolder(c, train, "--out", "metrics.csv"),
            Row(c, "unknown name", [c, "--optimizer", "lbfgs"], "--optimizer: expected one of fgd, fomoh, fomoh-bp, fomoh-kd, sgd, adam, adamw, soaa, soaa-tadam, got 'lbfgs'"),
            Row(c, "unknown name", [c, "--model", "resnet"], "--model: expected one of logreg, mlp, cnn, got 'resnet'"),
            Row(c, "unknown name", [.. train, "--precision", "float16"], "--precision: expected one of float32, float64, got 'float16'"),
            Row(c, "unknown name", [.. train, "--schedule", "linear"], "--schedule: expected one of constant, cosine, got 'linear'"),
            Row(c, "unknown name", [.. train, "--directions", "orthogonal"], "--directions: expected one of random, momentum, got 'orthogonal'"),
            Row(c, "unknown name", [.. train, "--on-divergence", "ignore"], "--on-divergence: expected one of stop, halve, got 'ignore'"),
            Row(c, "out of range", [.. train, "--curvature-floor", "2"], "--curvature-floor: "),
            Row(c, "conflicting options", [.. train, "--steps", "10", "--epochs", "1"], "--steps 10 and --epochs: give one of them"),
            Row(c, "resume folder without a run", [c, "--resume", "{sandbox}/dir"], "--resume: '{sandbox}/dir' holds no checkpoint.bin"),
            Row(c, "resume folder is a file", [c, "--resume", "{sandbox}/file.txt"], "--resume: '{sandbox}/file.txt' is a file, not a folder"),
            Row(c, "resume checkpoint is corrupt", [c, "--resume", "{sandbox}/dir"], "--resume: The checkpoint '{sandbox}/dir/checkpoint.bin' cannot be used",
                sandbox => File.WriteAllText(Path.Combine(sandbox.Root, "dir", "checkpoint.bin"), "not a checkpoint")),
            Row(c, "data folder is a file", [.. train, "--data-dir", "{sandbox}/file.txt"], "--data-dir: '{sandbox}/file.txt' is a file, not a folder"),
            Row(c, "short alias of another command", [c, "-m", "mlp"], "Unrecognized command or argument '-m'"),
        ];
    }
}
