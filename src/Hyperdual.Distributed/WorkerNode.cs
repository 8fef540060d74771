using Hyperdual.Data;
using Hyperdual.Distributed.Grains;
using Hyperdual.Distributed.Hosting;
using Hyperdual.Tensors.Kernels;
using Hyperdual.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyperdual.Distributed;

/// <summary>
/// A worker process: connects to the coordinator's silo as an Orleans client, joins the run, loads the data, builds its replica at the
/// run's initial weights and loops — next assignment, evaluate the shard, submit the share, apply the combined
/// step when told to — until the coordinator says stop.
/// </summary>
public static class WorkerNode
{
    private static readonly TimeSpan JoinRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs the worker to the end of the run.</summary>
    /// <param name="cluster">The cluster to join.</param>
    /// <param name="joinTimeout">How long to keep trying to join.</param>
    /// <param name="log">Where progress lines go.</param>
    /// <param name="cancellation">Stops the worker (it leaves the cluster; the coordinator sees it lost).</param>
    /// <returns>The coordinator's reason for stopping.</returns>
    /// <exception cref="ClusterStartException">The cluster's Redis does not answer, or the client could not start.</exception>
    /// <exception cref="TimeoutException">No coordinator could be joined in time.</exception>
    /// <exception cref="InvalidOperationException">The coordinator refused the worker.</exception>
    /// <exception cref="CoordinatorLostException">The coordinator stopped answering in the middle of the run.</exception>
    public static async Task<string> RunAsync(ClusterAddress cluster, TimeSpan joinTimeout, TextWriter log, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(log);
        DateTime deadline = DateTime.UtcNow + joinTimeout;
        using IHost client = await WorkerClientHosting.StartAsync(cluster, joinTimeout, cancellation).ConfigureAwait(false);
        try
        {
            ITrainingCoordinatorGrain coordinator = client.Services.GetRequiredService<IClusterClient>().GetGrain<ITrainingCoordinatorGrain>(RunKey.Value);
            WorkerAdmission admission = await JoinAsync(coordinator, deadline, joinTimeout, cancellation).ConfigureAwait(false);
            if (admission.Refusal is not null)
            {
                throw new InvalidOperationException($"the coordinator refused this worker: {admission.Refusal}");
            }

            TrainingOptions options = TrainingOptionsJson.Deserialize(admission.OptionsJson);
            KernelSettings.MaxThreads = options.Threads ?? Environment.ProcessorCount;
            DataSplits data = DataCatalog.Load(options.Data with { Seed = options.Seed });
            IReplica replica = ReplicaFactory.Create(options, data.Train);
            log.WriteLine($"worker {admission.Index}: joined ({replica.Parameters.Length} parameters, {data.Train.Count} training examples)");
            try
            {
                return await ServeAsync(coordinator, admission.Index, replica, log, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                throw new CoordinatorLostException($"worker {admission.Index} lost the coordinator at step {replica.Step}: {e.GetType().Name}: {StartFailure.FirstLine(e.Message)}", e);
            }
        }
        finally
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await client.StopAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OrleansException or OperationCanceledException or TimeoutException)
            {
                // The coordinator is gone already; there is nothing left to leave.
            }
        }
    }

    // The worker's loop: next assignment, evaluate the shard, submit the share, apply or wait for the retry.
    private static async Task<string> ServeAsync(ITrainingCoordinatorGrain coordinator, int index, IReplica replica, TextWriter log, CancellationToken cancellation)
    {
        int lastAttempt = -1;
        while (true)
        {
            StepAssignment assignment = await coordinator.NextStep(index, replica.Step, lastAttempt).WaitAsync(cancellation).ConfigureAwait(false);
            if (assignment.StopReason is string stop)
            {
                return stop;
            }

            if (assignment.Step != replica.Step + 1)
            {
                string reason = $"worker {index} is at step {replica.Step} but was assigned step {assignment.Step}";
                await coordinator.ReportLost(index, reason).ConfigureAwait(false);
                return reason;
            }

            byte[] share = ShareCodec.Encode(replica.Evaluate(assignment.ShardStart, assignment.ShardCount), replica.PayloadWidth);
            ulong hash = assignment.HashDue ? ParameterHash.Of(replica.Parameters) : 0UL;
            ShareReply reply = await coordinator.Submit(index, assignment.Step, assignment.Attempt, assignment.ShardCount, share, hash)
                .WaitAsync(cancellation).ConfigureAwait(false);
            lastAttempt = assignment.Attempt;
            switch (reply.Verdict)
            {
                case ShareVerdict.Apply:
                    replica.Apply(ShareCodec.Decode(reply.Mean!, replica.PayloadWidth));
                    break;
                case ShareVerdict.Retry:
                    log.WriteLine($"worker {index}: step {assignment.Step} not applied ({reply.Message}); waiting for the retry");
                    break;
                default:
                    return reply.Message ?? "stopped";
            }
        }
    }

    private static async Task<WorkerAdmission> JoinAsync(ITrainingCoordinatorGrain coordinator, DateTime deadline, TimeSpan timeout, CancellationToken cancellation)
    {
        while (true)
        {
            try
            {
                return await coordinator.Join($"{Environment.MachineName}/{Environment.ProcessId}").WaitAsync(cancellation).ConfigureAwait(false);
            }
            catch (OrleansException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(JoinRetry, cancellation).ConfigureAwait(false);
            }
            catch (OrleansException e)
            {
                throw new TimeoutException($"no coordinator to join within {timeout.TotalSeconds:G4} s ({e.Message})", e);
            }
        }
    }
}
