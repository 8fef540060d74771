using System.Net;
using System.Net.Sockets;
using System.Text;
using Hyperdual.Distributed.Grains;
using Hyperdual.Distributed.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyperdual.Distributed.Tests;

/// <summary>How a coordinator's silo and a worker's client start, and how they fail: every failure is one line naming
/// what was tried. Only loopback ports are used: closed ones, taken ones, and servers this test plays.</summary>
[Collection(MultiProcessCollection.Name)]
public class ClusterStartTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private static int ClosedPort() => SiloHosting.FreePort();

    [Fact]
    public void AClosedRedisPortIsRefusedInOneLineNamingTheAddress()
    {
        int port = ClosedPort();
        ClusterStartException e = Assert.Throws<ClusterStartException>(() => RedisProbe.Check(new ClusterAddress(true, "127.0.0.1", port)));
        Assert.Equal($"redis://127.0.0.1:{port}: no Redis server is reachable (the connection was refused)", e.Message);
    }

    [Fact]
    public async Task AClosedPortIsReportedAsRefusedWhileTheThreadPoolIsBusy()
    {
        // A thousand blocked work items ahead of anything the probe could queue: its blocking calls still see the
        // refusal at once (asynchronous calls had to wait for a pool thread, and their timeout could win).
        int port = ClosedPort();
        using var release = new ManualResetEventSlim();
        Task[] blockers = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => release.Wait())).ToArray();
        try
        {
            ClusterStartException e = Assert.Throws<ClusterStartException>(() => RedisProbe.Check(new ClusterAddress(true, "127.0.0.1", port)));
            Assert.Equal($"redis://127.0.0.1:{port}: no Redis server is reachable (the connection was refused)", e.Message);
        }
        finally
        {
            release.Set();
        }

        await Task.WhenAll(blockers).WaitAsync(Limit);
    }

    [Fact]
    public async Task AServerThatNeverAnswersTimesOutInOneLine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var done = new CancellationTokenSource();
        Task serve = Task.Run(async () =>
        {
            using TcpClient client = await listener.AcceptTcpClientAsync();
            await Task.Delay(Timeout.Infinite, done.Token).ContinueWith(_ => { });
        });
        ClusterStartException e = Assert.Throws<ClusterStartException>(() => RedisProbe.Check(new ClusterAddress(true, "127.0.0.1", port)));
        Assert.Equal($"redis://127.0.0.1:{port}: no Redis server answered within 5 s", e.Message);
        await done.CancelAsync();
        await serve.WaitAsync(Limit);
    }

    [Fact]
    public async Task AServerThatIsNotRedisIsNamedAsSuch()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task serve = Task.Run(async () =>
        {
            using TcpClient client = await listener.AcceptTcpClientAsync();
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.0 400 Bad Request\r\n"));
            await Task.Delay(500);
        });
        ClusterStartException e = Assert.Throws<ClusterStartException>(() => RedisProbe.Check(new ClusterAddress(true, "127.0.0.1", port)));
        Assert.Equal($"redis://127.0.0.1:{port}: the server answered 'HTTP/1.0 400 Bad Request' to PING; is it a Redis server?", e.Message);
        await serve.WaitAsync(Limit);
    }

    [Fact]
    public void ARedisServerAnswersTheProbe()
    {
        using var redis = new RedisServer();
        RedisProbe.Check(ClusterAddress.Parse(redis.Address));
    }

    [Fact]
    public async Task ACoordinatorSiloWhoseGatewayPortIsTakenFailsInOneLineNamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        ClusterStartException e = await Assert.ThrowsAsync<ClusterStartException>(() => SiloHosting.StartAsync(new ClusterAddress(false, "127.0.0.1", port)).WaitAsync(Limit));
        Assert.StartsWith("the coordinator's silo could not start on ports ", e.Message, StringComparison.Ordinal);
        Assert.Contains($"and {port} (gateway): ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task AWorkerWithNoCoordinatorGivesUpAfterItsJoinTime()
    {
        TimeoutException e = await Assert.ThrowsAsync<TimeoutException>(() => WorkerClientHosting.StartAsync(new ClusterAddress(false, "127.0.0.1", ClosedPort()), TimeSpan.FromSeconds(1)).WaitAsync(Limit));
        Assert.StartsWith("no coordinator to join within 1 s", e.Message, StringComparison.Ordinal);
    }

    // A worker that dies must not be able to take the coordinator grain with it: were workers silos, one of them could hold
    // the grain's directory entry, and its death would deactivate the grain and lose the run's state.
    [Fact]
    public async Task AWorkerReachesTheCoordinatorGrainWithoutJoiningTheClusterAsASilo()
    {
        int gateway = SiloHosting.FreePort();
        using IHost silo = await SiloHosting.StartAsync(new ClusterAddress(false, "127.0.0.1", gateway)).WaitAsync(Limit);
        try
        {
            IGrainFactory grains = silo.Services.GetRequiredService<IGrainFactory>();
            await grains.GetGrain<ITrainingCoordinatorGrain>(RunKey.Value).Open(new RunSettings("{}", 30, 8));
            using IHost worker = await WorkerClientHosting.StartAsync(new ClusterAddress(false, "127.0.0.1", gateway), Limit).WaitAsync(Limit);
            try
            {
                IClusterClient client = worker.Services.GetRequiredService<IClusterClient>();
                WorkerAdmission admission = await client.GetGrain<ITrainingCoordinatorGrain>(RunKey.Value).Join("worker").WaitAsync(Limit);
                Assert.Equal(0, admission.Index);
                Assert.Null(admission.Refusal);
                Dictionary<SiloAddress, SiloStatus> hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
                Assert.Single(hosts);
            }
            finally
            {
                await worker.StopAsync();
            }
        }
        finally
        {
            await silo.StopAsync();
        }
    }
}
