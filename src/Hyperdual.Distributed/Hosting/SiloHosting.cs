using System.Net;
using System.Net.Sockets;
using Hyperdual.Distributed.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Hyperdual.Distributed.Hosting;

/// <summary>Starts the Orleans silo of a run's coordinator, the run's only silo. Workers are Orleans clients
/// (<see cref="WorkerClientHosting"/>): they host no grains and hold no part of the grain directory, so a worker that
/// dies takes nothing of the coordinator grain's with it.</summary>
public static class SiloHosting
{
    /// <summary>The cluster and service id every run's silo and clients share.</summary>
    public const string ClusterId = "hyperdual";

    /// <summary>How long a grain call may wait for its answer: the coordinator's and workers' calls wait for whole steps.</summary>
    public static TimeSpan ResponseTimeout { get; } = TimeSpan.FromMinutes(30);

    /// <summary>Starts the coordinator's silo.</summary>
    /// <param name="cluster">The membership: Redis (checked with <see cref="RedisProbe"/> first), or <c>local:PORT</c>, where
    /// PORT is the gateway port on 127.0.0.1 the local workers connect to.</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The started host; dispose after <c>StopAsync</c>.</returns>
    /// <exception cref="ClusterStartException">Redis does not answer, or the silo could not start (a port is taken).</exception>
    public static async Task<IHost> StartAsync(ClusterAddress cluster, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        RedisProbe.Check(cluster, cancellation);
        int siloPort = FreePort();
        int gatewayPort = cluster.IsRedis ? FreePort() : cluster.Port;
        HostApplicationBuilder builder = Host.CreateApplicationBuilder([]);
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            if (cluster.IsRedis)
            {
                silo.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse($"{cluster.Host}:{cluster.Port}"));
                silo.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = ClusterId;
                    options.ServiceId = ClusterId;
                });
                IPAddress advertised = IsLoopback(cluster.Host) ? IPAddress.Loopback : HostAddress();
                silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: !IsLoopback(cluster.Host));
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, siloPort), ClusterId, ClusterId);
            }

            silo.Configure<SiloOptions>(options => options.SiloName = CoordinatorPlacement.SiloName);
            silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
            silo.Services.AddPlacementDirector<CoordinatorPlacement, CoordinatorPlacementDirector>();
        });
        IHost host = builder.Build();
        try
        {
            await host.StartAsync(cancellation).ConfigureAwait(false);
            return host;
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            host.Dispose();
            throw new ClusterStartException(
                $"the coordinator's silo could not start on ports {siloPort} (silo) and {gatewayPort} (gateway): {StartFailure.Describe(e)}", e);
        }
    }

    /// <summary>A TCP port free on 127.0.0.1 now.</summary>
    /// <returns>The port.</returns>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address));

    private static IPAddress HostAddress() =>
        Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)) ?? IPAddress.Loopback;
}
