using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hyperdual.Distributed.Hosting;

/// <summary>Asks a cluster's Redis server for a PONG before any silo or client starts, so that an address with no
/// Redis behind it fails in <see cref="Timeout"/> with one line instead of after the clustering provider's retries.</summary>
/// <remarks>
/// The probe makes blocking socket calls, each bounded by what is left of <see cref="Timeout"/>: a refused connection
/// is an answer the operating system gives at once, and with asynchronous calls a busy thread pool could run the
/// timeout's continuation before the refusal's and report a refused connection as a timeout.
/// </remarks>
public static class RedisProbe
{
    /// <summary>How long the probe waits for the connection and the answer.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks that a Redis server answers at <paramref name="cluster"/> (nothing to check for <c>local:</c>).</summary>
    /// <param name="cluster">The cluster address.</param>
    /// <param name="cancellation">Checked before the probe starts.</param>
    /// <exception cref="ClusterStartException">No Redis server answered, naming the address and why.</exception>
    public static void Check(ClusterAddress cluster, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        cancellation.ThrowIfCancellationRequested();
        if (!cluster.IsRedis)
        {
            return;
        }

        string answer;
        long started = Stopwatch.GetTimestamp();
        try
        {
            using Socket socket = Connect(cluster, started);
            socket.SendTimeout = Remaining(started);
            socket.Send("PING\r\n"u8);
            socket.ReceiveTimeout = Remaining(started);
            var buffer = new byte[64];
            int read = socket.Receive(buffer);
            answer = Encoding.ASCII.GetString(buffer, 0, read).TrimEnd('\r', '\n');
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
        {
            throw new ClusterStartException($"{cluster}: no Redis server answered within {Timeout.TotalSeconds:G4} s");
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.Shutdown)
        {
            throw new ClusterStartException($"{cluster}: the server closed the connection without answering ({StartFailure.Describe(e)})", e);
        }
        catch (SocketException e)
        {
            throw new ClusterStartException($"{cluster}: no Redis server is reachable ({StartFailure.Describe(e)})", e);
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

    /// <summary>A connected socket to the first of the host's addresses that accepts, within the time left.</summary>
    private static Socket Connect(ClusterAddress cluster, long started)
    {
        IPAddress[] addresses = IPAddress.TryParse(cluster.Host, out IPAddress? literal) ? [literal] : Dns.GetHostAddresses(cluster.Host);
        SocketException? last = null;
        foreach (IPAddress address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            try
            {
                try
                {
                    socket.Connect(new IPEndPoint(address, cluster.Port));
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
                {
                    // The connection is under way: it has succeeded or failed once the socket turns writable.
                    if (!socket.Poll(TimeSpan.FromMilliseconds(Remaining(started)), SelectMode.SelectWrite))
                    {
                        throw new SocketException((int)SocketError.TimedOut);
                    }

                    var error = (SocketError)(int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
                    if (error != SocketError.Success)
                    {
                        throw new SocketException((int)error);
                    }
                }

                socket.Blocking = true;
                return socket;
            }
            catch (SocketException e) when (e.SocketErrorCode != SocketError.TimedOut)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>Milliseconds left of <see cref="Timeout"/> (at least 1).</summary>
    private static int Remaining(long started) => Math.Max(1, (int)(Timeout - Stopwatch.GetElapsedTime(started)).TotalMilliseconds);
}
