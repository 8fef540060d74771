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
            .. Whole(c, train, "--micro-batch", 1, 1 << 24),
            .. ByteSize(c, train, "--memory-budget"),
            Row(c, "conflicting options", [.. train, "--micro-batch", "8", "--memory-budget", "1G"], "--micro-batch 8 and --memory-budget: give one of them"),
            Row(c, "option not data-parallel", [.. train, "--workers", "2", "--memory-budget", "1G"], "--workers: --memory-budget does not run on workers; give --micro-batch"),
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
            .. Whole(c, train, "--workers", 1, 64),
            .. Whole(c, train, "--check-every", 1, int.MaxValue),
            .. Real(c, train, "--worker-timeout", positive: true),
            Row(c, "unknown name", [.. train, "--on-worker-loss", "ignore"], "--on-worker-loss: expected one of continue, stop, got 'ignore'"),
            Row(c, "cluster not redis", [.. train, "--workers", "2", "--cluster", "http://host:80"], "--cluster: 'http://host:80' is not redis://HOST:PORT"),
            Row(c, "cluster not redis", [.. train, "--workers", "2", "--cluster", "local:11111"], "--cluster: 'local:11111' is not redis://HOST:PORT"),
            Row(c, "cluster without port", [.. train, "--workers", "2", "--cluster", "redis://host"], "--cluster: 'redis://host' is not redis://HOST:PORT"),
            Row(c, "cluster port out of range", [.. train, "--workers", "2", "--cluster", "redis://host:70000"], "--cluster: 'redis://host:70000' has no port in [1, 65535]"),
            Row(c, "cluster without worker count", [.. train, "--cluster", "redis://127.0.0.1:6379"], "--cluster: give --workers N too"),
            Row(c, "optimizer not data-parallel", [.. train, "--workers", "2", "--optimizer", "fomoh-bp"], "--workers: fomoh-bp does not run on workers"),
            Row(c, "option not data-parallel", [.. train, "--workers", "2", "--backtracking"], "--workers: --backtracking does not run on workers"),
            Row(c, "option not data-parallel", [.. train, "--workers", "2", "--on-divergence", "halve"], "--workers: --on-divergence halve does not run on workers"),
            Row(c, "more workers than examples", [.. train, "--workers", "8", "--batch-size", "4"], "--workers 8: more workers than the 4 examples of a mini-batch"),
            Row(c, "distributed option without workers", [.. train, "--on-worker-loss", "continue"], "--on-worker-loss: applies only to a data-parallel run; give --workers N"),
            Row(c, "distributed option without workers", [.. train, "--worker-timeout", "5"], "--worker-timeout: applies only to a data-parallel run; give --workers N"),
            Row(c, "distributed option without workers", [.. train, "--check-every", "2"], "--check-every: applies only to a data-parallel run; give --workers N"),
            Row(c, "cluster unreachable", [.. train, "--workers", "2", "--cluster", "redis://127.0.0.1:1"], "--cluster: redis://127.0.0.1:1: no Redis server is reachable (the connection was refused)"),
        ];
    }
}
