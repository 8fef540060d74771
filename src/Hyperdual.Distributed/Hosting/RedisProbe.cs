using System.Net.Sockets;
using System.Text;

namespace Hyperdual.Distributed.Hosting;

/// <summary>Asks a cluster's Redis server for a PONG before any silo or client starts, so that an address with no
/// Redis behind it fails in <see cref="Timeout"/> with one line instead of after the clustering provider's retries.</summary>
public static class RedisProbe
{
    /// <summary>How long the probe waits for the connection and the answer.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks that a Redis server answers at <paramref name="cluster"/> (nothing to check for <c>local:</c>).</summary>
    /// <param name="cluster">The cluster address.</param>
    /// <param name="cancellation">Cancels the probe.</param>
    /// <returns>When the server answered.</returns>
    /// <exception cref="ClusterStartException">No Redis server answered, naming the address and why.</exception>
    public static async Task CheckAsync(ClusterAddress cluster, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (!cluster.IsRedis)
        {
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(Timeout);
        string answer;
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(cluster.Host, cluster.Port, limit.Token).ConfigureAwait(false);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), limit.Token).ConfigureAwait(false);
            var buffer = new byte[64];
            int read = await stream.ReadAsync(buffer, limit.Token).ConfigureAwait(false);
            answer = Encoding.ASCII.GetString(buffer, 0, read).TrimEnd('\r', '\n');
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new ClusterStartException($"{cluster}: no Redis server answered within {Timeout.TotalSeconds:G4} s");
        }
        catch (SocketException e)
        {
            throw new ClusterStartException($"{cluster}: no Redis server is reachable ({StartFailure.Describe(e)})", e);
        }
        catch (IOException e)
        {
            throw new ClusterStartException($"{cluster}: the server closed the connection without answering ({StartFailure.Describe(e)})", e);
        }

        if (answer.StartsWith("-NOAUTH", StringComparison.Ordinal))
        {
            throw new ClusterStartException($"{cluster}: the Redis server asks for a password, which the cluster address cannot carry");
        }

        if (!answer.StartsWith("+PONG", StringComparison.Ordinal))
        {
            string shown = answer.Length == 0 ? "nothing" : $"'{answer}'";
            throw new ClusterStartException($"{cluster}: the server answered {shown} to PING; is it a Redis server?");
        }
    }
}
