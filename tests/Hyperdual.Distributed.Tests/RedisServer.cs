using System.Diagnostics;
using System.Net.Sockets;
using Hyperdual.Distributed.Hosting;

namespace Hyperdual.Distributed.Tests;

/// <summary>A throw-away <c>redis-server</c> on a free loopback port, without persistence (the Debian package
/// redis-server; the CI script installs it).</summary>
internal sealed class RedisServer : IDisposable
{
    private readonly Process _process;

    public RedisServer()
    {
        string? server = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "redis-server")).FirstOrDefault(File.Exists);
        if (server is null)
        {
            throw new InvalidOperationException("redis-server is not installed (apt-get install redis-server; .ci/run installs it)");
        }

        Port = SiloHosting.FreePort();
        var start = new ProcessStartInfo(server) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var wait = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient("127.0.0.1", Port);
                break;
            }
            catch (SocketException) when (wait.Elapsed < TimeSpan.FromSeconds(30) && !_process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    public int Port { get; }

    public string Address => $"redis://127.0.0.1:{Port}";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
