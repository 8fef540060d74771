using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Hyperdual.Distributed.Hosting;

/// <summary>Starts the Orleans client of a worker: it finds the coordinator's gateway through the Redis membership
/// table or at <c>local:PORT</c> and keeps trying to connect until the coordinator is up or the join time is over.</summary>
public static class WorkerClientHosting
{
    private static readonly TimeSpan ConnectRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>Starts a worker's client.</summary>
    /// <param name="cluster">Where the coordinator is.</param>
    /// <param name="joinTimeout">How long to keep trying to connect.</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The started host (its <see cref="IClusterClient"/> among its services); dispose after <c>StopAsync</c>.</returns>
    /// <exception cref="ClusterStartException">Redis does not answer, or the client could not start.</exception>
    /// <exception cref="TimeoutException">No coordinator could be reached within <paramref name="joinTimeout"/>.</exception>
    public static async Task<IHost> StartAsync(ClusterAddress cluster, TimeSpan joinTimeout, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        RedisProbe.Check(cluster, cancellation);
        DateTime deadline = DateTime.UtcNow + joinTimeout;
        Exception? last = null;
        HostApplicationBuilder builder = Host.CreateApplicationBuilder([]);
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            if (cluster.IsRedis)
            {
                client.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse($"{cluster.Host}:{cluster.Port}"));
                client.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = SiloHosting.ClusterId;
                    options.ServiceId = SiloHosting.ClusterId;
                });
            }
            else
            {
                client.UseLocalhostClustering(cluster.Port, SiloHosting.ClusterId, SiloHosting.ClusterId);
            }

            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = SiloHosting.ResponseTimeout);
            client.UseConnectionRetryFilter(async (exception, token) =>
            {
                last = exception;
                if (DateTime.UtcNow >= deadline || token.IsCancellationRequested)
                {
                    return false;
                }

                await Task.Delay(ConnectRetry, token).ConfigureAwait(false);
                return true;
            });
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
            if (DateTime.UtcNow >= deadline && last is not null)
            {
                throw new TimeoutException($"no coordinator to join within {joinTimeout.TotalSeconds:G4} s ({StartFailure.Describe(last)})", e);
            }

            throw new ClusterStartException($"{cluster}: this worker's client could not start: {StartFailure.Describe(e)}", e);
        }
    }
}
