using System.CommandLine;
using Hyperdual.Cli.Options;
using Hyperdual.Distributed;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// <c>hyperdual worker --cluster redis://HOST:PORT</c>: one worker of a data-parallel run. It connects to the
/// coordinator's silo as an Orleans client (found through the Redis membership table), joins the coordinator
/// (<c>hyperdual train --cluster ... --workers N</c>), loads the run's data itself, and evaluates its shard of every
/// step until the coordinator ends the run. <c>hyperdual train --workers N</c> starts its own workers as
/// <c>worker --cluster local:PORT</c>. An unreachable Redis is a one-line user error; losing the coordinator mid-run
/// ends the worker with exit code 5; Ctrl-C leaves the run (the coordinator declares the worker lost).
/// </summary>
public static class WorkerCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>worker</c> command.</returns>
    public static Command Create()
    {
        var cluster = new Option<string>("--cluster") { Description = "redis://HOST:PORT, the Redis server holding the cluster's membership (local:PORT: the gateway of the coordinator's silo on 127.0.0.1).", Required = true };
        var joinTimeout = CliOptions.Double("--join-timeout", "Seconds to keep trying to join a coordinator.", 300.0, positive: true);
        var command = new Command("worker", "Serve as one worker of a data-parallel training run (see train --workers and --cluster).") { cluster, joinTimeout };
        command.SetAction(parse =>
        {
            TextWriter stderr = parse.InvocationConfiguration.Error;
            ClusterAddress address = DistributedOptionSet.ParseCluster("--cluster", parse.GetValue(cluster)!);
            using var interrupt = new TrainingInterrupt();
            if (!address.IsRedis)
            {
                // A local worker's standard input is held open by the coordinator process: its end means the coordinator is gone.
                _ = Task.Run(() =>
                {
                    using Stream input = Console.OpenStandardInput();
                    var buffer = new byte[64];
                    while (input.Read(buffer) > 0)
                    {
                    }

                    interrupt.Cancel();
                });
            }

            try
            {
                string reason = WorkerNode.RunAsync(address, TimeSpan.FromSeconds(parse.GetValue(joinTimeout)), stderr, interrupt.Token).GetAwaiter().GetResult();
                stderr.WriteLine($"worker: {reason}");
                return ExitCodes.Success;
            }
            catch (OperationCanceledException) when (interrupt.IsRequested)
            {
                stderr.WriteLine(address.IsRedis ? "worker: interrupted; the coordinator declares this worker lost" : "worker: the coordinator process ended");
                return ExitCodes.Success;
            }
            catch (CoordinatorLostException e)
            {
                stderr.WriteLine($"error: --cluster {address}: {e.Message}");
                return ExitCodes.DistributedStopped;
            }
            catch (ClusterStartException e)
            {
                throw new CliUserException($"--cluster: {e.Message}");
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                throw new CliUserException($"--cluster {address}: {e.Message}");
            }
        });
        return command;
    }
}
