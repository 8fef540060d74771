using System.Diagnostics;
using Hyperdual.Data;
using Hyperdual.Distributed.Grains;
using Hyperdual.Distributed.Hosting;
using Hyperdual.Tensors.Kernels;
using Hyperdual.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyperdual.Distributed;

/// <summary>
/// The coordinator of a data-parallel run. It hosts the coordinator grain in its own silo, starts the local workers
/// (or waits for cluster workers to join), then for each step opens an attempt, waits for the combined share and
/// applies it to its own replica — the reference copy it evaluates, checks the workers' hashes against and
/// checkpoints. A step is applied by every worker or by none: the combined share is released only when every
/// participant's share has arrived, and a lost worker ends the attempt for all before anything is released.
/// </summary>
public static class DistributedTrainer
{
    /// <summary>Runs the training of <paramref name="options"/> on workers.</summary>
    /// <param name="options">The run's settings (see <see cref="DistributedSupport.Check"/>).</param>
    /// <param name="data">The splits (the workers load the same data themselves).</param>
    /// <param name="settings">How the run is spread.</param>
    /// <param name="outputDirectory">Where <c>metrics.csv</c>, <c>run.json</c> and the checkpoint go (null: nowhere).</param>
    /// <param name="log">Where progress lines go.</param>
    /// <param name="cancellation">Stops the run at the next step boundary, with a checkpoint (at step 0 when it comes before the first step).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ClusterStartException">The cluster's Redis does not answer, or the coordinator's silo could not start.</exception>
    /// <exception cref="TimeoutException">Fewer workers than <see cref="DistributedSettings.Workers"/> joined in time.</exception>
    public static async Task<DistributedResult> RunAsync(
        TrainingOptions options, DataSplits data, DistributedSettings settings, string? outputDirectory, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        settings.Validate();
        DistributedSupport.Check(options);
        if (options.BatchSize < settings.Workers)
        {
            throw new ArgumentException($"The batch size {options.BatchSize} is smaller than the {settings.Workers} workers.", nameof(settings));
        }

        int threads = KernelSettings.MaxThreads;
        KernelSettings.MaxThreads = options.Threads ?? Environment.ProcessorCount;
        try
        {
            ClusterAddress cluster = settings.Cluster ?? new ClusterAddress(false, "127.0.0.1", SiloHosting.FreePort());
            // The start takes seconds and is not interrupted: a cancellation before the first step stops the run at step 0.
            using IHost silo = await SiloHosting.StartAsync(cluster, CancellationToken.None).ConfigureAwait(false);
            try
            {
                ITrainingCoordinatorGrain grain = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrainingCoordinatorGrain>(RunKey.Value);
                var run = new CoordinatorRun(options, data, settings, outputDirectory, log, grain);
                return await run.ExecuteAsync(cluster, cancellation).ConfigureAwait(false);
            }
            finally
            {
                using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await silo.StopAsync(stopping.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            KernelSettings.MaxThreads = threads;
        }
    }

    // The coordinator's side of one run.
    private sealed class CoordinatorRun(
        TrainingOptions options, DataSplits data, DistributedSettings settings, string? outputDirectory, TextWriter log, ITrainingCoordinatorGrain grain)
    {
        private readonly IReplica _replica = ReplicaFactory.Create(options, data.Train);
        private readonly LabelledDataSet _heldOut = data.Validation ?? data.Test;
        private readonly List<StepRecord> _steps = [];
        private readonly List<EvaluationRecord> _evaluations = [];
        private readonly List<string> _events = [];
        private double _trainingSeconds;

        public async Task<DistributedResult> ExecuteAsync(ClusterAddress cluster, CancellationToken cancellation)
        {
            int width = _replica.PayloadWidth;
            int workerThreads = options.Threads ?? (settings.Cluster is null ? Math.Max(1, Environment.ProcessorCount / settings.Workers) : Environment.ProcessorCount);
            string json = TrainingOptionsJson.Serialize(options with { Threads = settings.Cluster is null ? workerThreads : options.Threads });
            await grain.Open(new RunSettings(json, settings.WorkerTimeoutSeconds, width)).ConfigureAwait(false);
            Dictionary<int, int> indexOfProcess = [];
            LocalWorkers? local = null;
            try
            {
                if (settings.Cluster is null)
                {
                    local = new LocalWorkers(settings.WorkerLaunch!, settings.Workers, cluster, (pid, code) =>
                    {
                        lock (indexOfProcess)
                        {
                            if (indexOfProcess.TryGetValue(pid, out int index))
                            {
                                _ = grain.ReportLost(index, $"its process {pid} exited with code {code}");
                            }
                        }
                    });
                    log.WriteLine($"started {settings.Workers} worker processes on 127.0.0.1 (pids {string.Join(", ", local.ProcessIds)})");
                }

                string[] joined;
                try
                {
                    joined = await grain.WaitForWorkers(settings.Workers, TimeSpan.FromSeconds(settings.JoinTimeoutSeconds)).WaitAsync(cancellation).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    joined = [];
                }

                if (joined.Length < settings.Workers && !cancellation.IsCancellationRequested)
                {
                    string reason = $"only {joined.Length} of {settings.Workers} workers joined within {settings.JoinTimeoutSeconds:G4} s";
                    await FinishAsync(reason).ConfigureAwait(false);
                    throw new TimeoutException(reason);
                }

                lock (indexOfProcess)
                {
                    for (int i = 0; i < joined.Length; i++)
                    {
                        if (int.TryParse(joined[i].AsSpan(joined[i].LastIndexOf('/') + 1), out int pid))
                        {
                            indexOfProcess[pid] = i;
                        }
                    }
                }

                log.WriteLine($"{joined.Length} workers joined: {string.Join(", ", joined.Select((name, i) => $"{i} {name}"))}");
                DistributedResult result = await TrainAsync(joined.Length, cancellation).ConfigureAwait(false);
                local?.WaitForExit(TimeSpan.FromSeconds(10));
                return result;
            }
            catch
            {
                await FinishAsync("the coordinator failed").ConfigureAwait(false);
                throw;
            }
            finally
            {
                local?.Dispose();
            }
        }

        private async Task<DistributedResult> TrainAsync(int workers, CancellationToken cancellation)
        {
            Evaluate();
            string? stopReason = null;
            bool interrupted = false;
            bool diverged = false;
            double sharedBytes = 0.0;
            long shares = 0;
            int meanBytes = 0;
            int active = workers;
            while (_replica.Step < options.Steps)
            {
                if (cancellation.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }

                long step = _replica.Step + 1;
                ulong? expected = (step - 1) % settings.CheckEvery == 0 ? ParameterHash.Of(_replica.Parameters) : null;
                long started = Stopwatch.GetTimestamp();
                StepOutcome outcome;
                try
                {
                    outcome = await grain.RunStep(step, options.BatchSize, expected).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OrleansException or TimeoutException)
                {
                    stopReason = $"step {step} could not be run ({e.GetType().Name}: {StartFailure.FirstLine(e.Message)}); stopped at step {_replica.Step}, the last step every worker applied";
                    break;
                }

                if (outcome.Kind == StepOutcomeKind.WorkersLost)
                {
                    active = outcome.Participants.Length - outcome.Lost.Length;
                    _events.Add($"step {step}: {outcome.Message}");
                    if (settings.OnWorkerLoss == WorkerLossPolicy.Stop || active == 0)
                    {
                        stopReason = $"{outcome.Message}; stopped at step {_replica.Step}, the last step every worker applied";
                        break;
                    }

                    string resharded = $"step {step}: continuing with {active} workers, the batch of {options.BatchSize} re-sharded among them";
                    _events.Add(resharded);
                    log.WriteLine($"{outcome.Message}; {resharded}");
                    continue;
                }

                if (outcome.Kind == StepOutcomeKind.Mismatch)
                {
                    stopReason = outcome.Message;
                    break;
                }

                StepRecord record;
                try
                {
                    record = _replica.Apply(ShareCodec.Decode(outcome.Mean!, _replica.PayloadWidth));
                }
                catch (NonFiniteShareException e)
                {
                    diverged = true;
                    stopReason = $"training diverged at step {step}: {e.Message}";
                    break;
                }

                double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                record = record with { Seconds = seconds, DerivativeSeconds = seconds - record.Seconds };
                _steps.Add(record);
                _trainingSeconds += seconds;
                sharedBytes += outcome.SentBytes.Sum();
                shares += outcome.SentBytes.Length;
                meanBytes = outcome.Mean!.Length;
                if (step % options.EvaluateEvery == 0 || step == options.Steps)
                {
                    Evaluate();
                }

                if (options.CheckpointEvery > 0 && step % options.CheckpointEvery == 0 && step != options.Steps)
                {
                    WriteCheckpoint();
                }
            }

            await FinishAsync(stopReason ?? (interrupted ? "the run was interrupted" : "the run is complete")).ConfigureAwait(false);
            if (stopReason is not null && (_evaluations.Count == 0 || _evaluations[^1].Step != _replica.Step))
            {
                Evaluate();
            }

            WriteCheckpoint();
            var training = new TrainingResult(options, _replica.Step, interrupted || stopReason is not null, (double[])_replica.Parameters.Clone(), [.. _steps], [.. _evaluations], 0);
            if (outputDirectory is not null)
            {
                RunFiles.WriteRunDescription(outputDirectory, training, data);
            }

            return new DistributedResult(training, stopReason, shares == 0 ? 0.0 : sharedBytes / shares, meanBytes, _steps.Count == 0 ? 0.0 : 1.0 / training.MedianStepSeconds, active, [.. _events])
            {
                Diverged = diverged,
            };
        }

        // Tells the workers the run is over; a failure to tell them does not change how the run ended (a worker whose
        // coordinator is gone stops on its own).
        private async Task FinishAsync(string reason)
        {
            try
            {
                await grain.Finish(reason).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                log.WriteLine($"the workers could not be told that the run ended ({StartFailure.FirstLine(e.Message)})");
            }
        }

        private void Evaluate()
        {
            (double loss, double accuracy) = _replica.EvaluateHeldOut(_heldOut, options.EvaluationBatchSize);
            _evaluations.Add(new EvaluationRecord(_replica.Step, loss, accuracy, _trainingSeconds));
        }

        private void WriteCheckpoint()
        {
            if (outputDirectory is null)
            {
                return;
            }

            var checkpoint = new TrainingCheckpoint(options, _replica.Step, 0, _trainingSeconds, (double[])_replica.Parameters.Clone(), _replica.SaveOptimizerState(), [.. _steps], [.. _evaluations]);
            CheckpointFile.Write(Path.Combine(outputDirectory, CheckpointFile.FileName), checkpoint);
            RunFiles.WriteMetrics(outputDirectory, _steps, _evaluations);
        }
    }
}
