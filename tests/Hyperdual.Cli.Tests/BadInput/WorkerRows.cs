using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>worker</c>: every row fails before the worker's client starts (a closed loopback port stands for an unreachable Redis).</summary>
internal static class WorkerRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "worker";
        string[] worker = [c, "--cluster", "redis://127.0.0.1:6379"];
        return
        [
            .. Real(c, worker, "--join-timeout", positive: true),
            Row(c, "missing option", [c], "Option '--cluster' is required"),
            Row(c, "cluster not an address", [c, "--cluster", "somewhere"], "--cluster: 'somewhere' is not redis://HOST:PORT"),
            Row(c, "cluster without port", [c, "--cluster", "redis://host"], "--cluster: 'redis://host' is not redis://HOST:PORT"),
            Row(c, "cluster port out of range", [c, "--cluster", "redis://host:0"], "--cluster: 'redis://host:0' has no port in [1, 65535]"),
            Row(c, "cluster port out of range", [c, "--cluster", "local:99999"], "--cluster: 'local:99999' has no port in [1, 65535]"),
            Row(c, "cluster unreachable", [c, "--cluster", "redis://127.0.0.1:1"], "--cluster: redis://127.0.0.1:1: no Redis server is reachable (the connection was refused)"),
        ];
    }
}
