namespace Hyperdual.Distributed.Grains;

/// <summary>
/// The coordinator of one data-parallel run, placed on the coordinator's silo. Workers join, then loop: ask for the
/// next assignment (step, attempt, shard), evaluate their shard, submit the share and wait for the verdict; the
/// coordinator opens each step, and the grain's aggregator combines the shares (<see cref="WeightedShareSum"/>,
/// in shard order) and hands the same combined bytes to every participant. A step is applied by everyone or by nobody.
/// </summary>
public interface ITrainingCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Opens the run to workers (coordinator).</summary>
    /// <param name="settings">What every worker is told.</param>
    /// <returns>When done.</returns>
    Task Open(RunSettings settings);

    /// <summary>Joins the run (worker); waits until the run is open.</summary>
    /// <param name="workerName">A name for messages (host and process id).</param>
    /// <returns>The worker's index and the run's settings, or a refusal.</returns>
    Task<WorkerAdmission> Join(string workerName);

    /// <summary>Waits until <paramref name="count"/> workers have joined (coordinator).</summary>
    /// <param name="count">The number of workers.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>The names of the workers joined, by index (fewer than <paramref name="count"/> when the wait timed out).</returns>
    Task<string[]> WaitForWorkers(int count, TimeSpan timeout);

    /// <summary>The worker's next assignment after <paramref name="afterStep"/> (worker); waits until one is open.</summary>
    /// <param name="worker">The worker's index.</param>
    /// <param name="afterStep">The last step the worker applied.</param>
    /// <param name="afterAttempt">The last attempt the worker took part in (−1: none), so a retried step is handed out again.</param>
    /// <returns>The assignment, or the order to stop.</returns>
    Task<StepAssignment> NextStep(int worker, long afterStep, int afterAttempt);

    /// <summary>Submits a share (worker); waits until every participant's share arrived or the attempt ended.</summary>
    /// <param name="worker">The worker's index.</param>
    /// <param name="step">The step.</param>
    /// <param name="attempt">The attempt.</param>
    /// <param name="count">The shard's examples (the share's weight).</param>
    /// <param name="share">The share's bytes (<see cref="ShareCodec"/>).</param>
    /// <param name="hash">The parameter hash before the step, when the assignment asked for it (else 0).</param>
    /// <returns>The verdict.</returns>
    Task<ShareReply> Submit(int worker, long step, int attempt, int count, byte[] share, ulong hash);

    /// <summary>Opens an attempt at <paramref name="step"/> among the workers not lost, shards the batch among them and
    /// waits until it ends (coordinator).</summary>
    /// <param name="step">The step.</param>
    /// <param name="batchSize">The mini-batch size to shard.</param>
    /// <param name="expectedHash">The coordinator's parameter hash before the step when the workers' must be checked; null: no check.</param>
    /// <returns>How the attempt ended.</returns>
    Task<StepOutcome> RunStep(long step, int batchSize, ulong? expectedHash);

    /// <summary>Declares a worker lost at once (coordinator; its process exited).</summary>
    /// <param name="worker">The worker's index.</param>
    /// <param name="reason">Why.</param>
    /// <returns>When done.</returns>
    Task ReportLost(int worker, string reason);

    /// <summary>Ends the run: every waiting and later call of a worker is told to stop.</summary>
    /// <param name="reason">Why (shown by the workers).</param>
    /// <returns>When done.</returns>
    Task Finish(string reason);
}
