using System.Net;
using System.Net.Sockets;
using Hyperdual.Distributed.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Hyperdual.Distributed.Hosting;

/// <summary>Starts the Orleans silo of a coordinator or worker process.</summary>
public static class SiloHosting
{
    /// <summary>The cluster and service id every run's silos share.</summary>
    public const string ClusterId = "hyperdual";

    /// <summary>How long a grain call may wait for its answer: the coordinator's calls wait for whole steps.</summary>
    public static TimeSpan ResponseTimeout { get; } = TimeSpan.FromMinutes(30);

    /// <summary>Starts a silo.</summary>
    /// <param name="cluster">The membership: Redis, or localhost clustering with the coordinator's silo as primary.</param>
    /// <param name="coordinator">Whether this is the coordinator's silo (it hosts the coordinator grain; for
    /// <c>local:</c> clustering its silo port is <paramref name="cluster"/>'s port).</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The started host; dispose after <c>StopAsync</c>.</returns>
    public static async Task<IHost> StartAsync(ClusterAddress cluster, bool coordinator, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        HostApplicationBuilder builder = Host.CreateApplicationBuilder([]);
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            int siloPort = coordinator && !cluster.IsRedis ? cluster.Port : FreePort();
            int gatewayPort = FreePort();
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
                silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, cluster.Port), ClusterId, ClusterId);
            }

            silo.Configure<SiloOptions>(options => options.SiloName = coordinator ? CoordinatorPlacement.SiloName : $"hyperdual-worker-{Environment.ProcessId}");
            silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
            silo.Services.AddPlacementDirector<CoordinatorPlacement, CoordinatorPlacementDirector>();
        });
        IHost host = builder.Build();
        await host.StartAsync(cancellation).ConfigureAwait(false);
        return host;
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
