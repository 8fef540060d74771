using System.Diagnostics;

namespace Hyperdual.Distributed;

/// <summary>The worker processes a local run started on 127.0.0.1: each is <c>worker --cluster local:PORT</c> with its
/// standard input held open by this process, so a worker also ends when the coordinator process ends.</summary>
internal sealed class LocalWorkers : IDisposable
{
    private readonly List<Process> _processes = [];

    public LocalWorkers(WorkerLaunch command, int count, ClusterAddress cluster, Action<int, int> exited)
    {
        for (int i = 0; i < count; i++)
        {
            var start = new ProcessStartInfo(command.FileName)
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = false,
                RedirectStandardError = false,
            };
            foreach (string argument in command.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add("worker");
            start.ArgumentList.Add("--cluster");
            start.ArgumentList.Add(cluster.ToString());
            Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start '{command.FileName}'");
            process.EnableRaisingEvents = true;
            int pid = process.Id;
            process.Exited += (_, _) => exited(pid, SafeExitCode(process));
            _processes.Add(process);
        }
    }

    public IReadOnlyList<int> ProcessIds => [.. _processes.Select(p => p.Id)];

    /// <summary>Waits for the workers to exit on their own, then kills any left.</summary>
    public void WaitForExit(TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        foreach (Process process in _processes)
        {
            TimeSpan left = deadline - DateTime.UtcNow;
            if (!process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose()
    {
        foreach (Process process in _processes)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }
    }

    private static int SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }
}
