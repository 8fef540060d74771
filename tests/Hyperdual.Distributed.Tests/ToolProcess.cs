using System.Diagnostics;
using System.Text;

namespace Hyperdual.Distributed.Tests;

/// <summary>The tool run as its own process (<c>dotnet Hyperdual.Cli.dll ARGS</c>), its output collected line by line.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    public ToolProcess(params string[] args)
        : this([], args)
    {
    }

    // launcher: a program that execs the rest of the command line in its own process (empty: none).
    private ToolProcess(string[] launcher, string[] args)
    {
        string[] command = [.. launcher, "dotnet", RepositoryPaths.Cli, .. args];
        var start = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (string arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Starts the tool with SIGINT at its default disposition (GNU env), so that a SIGINT reaches its Ctrl-C
    /// handler even when this test run was started in the background, where SIGINT is ignored and children inherit that.</summary>
    public static ToolProcess Interruptible(params string[] args) => new(["env", "--default-signal=INT"], args);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static (int ExitCode, string Output, string Error) Run(TimeSpan timeout, params string[] args)
    {
        using var tool = new ToolProcess(args);
        int code = tool.WaitForExit(timeout);
        return (code, tool.Output, tool.Error);
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the tool did not finish within {timeout.TotalSeconds} s; output:\n{Output}\nerrors:\n{Error}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits until the standard output holds a line with <paramref name="text"/>, and returns it.</summary>
    public string WaitForLine(string text, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            string? line = Output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
            {
                return line.Trim();
            }

            if (_process.HasExited)
            {
                break;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException($"no line with '{text}'; output:\n{Output}\nerrors:\n{Error}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.Append(line).Append('\n');
        }
    }
}
