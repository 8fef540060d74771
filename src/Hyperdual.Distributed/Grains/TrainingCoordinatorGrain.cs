using Orleans.Concurrency;

namespace Hyperdual.Distributed.Grains;

/// <summary>
/// <see cref="ITrainingCoordinatorGrain"/>: reentrant (its calls wait on one another), placed on the coordinator's silo.
/// A worker is lost when the coordinator reports its process gone, or when its share is more than the run's worker
/// timeout later than the attempt's first share (or than the attempt's opening, when no share came at all).
/// </summary>
[Reentrant]
[CoordinatorPlacement]
internal sealed class TrainingCoordinatorGrain : Grain, ITrainingCoordinatorGrain
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    // The run's state lives only in this activation: it must not be collected as idle while a run waits, for instance,
    // on a long evaluation between steps.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromDays(30);
    private readonly List<string> _workers = [];
    private readonly Dictionary<int, string> _lost = [];
    private readonly HashSet<int> _excluded = [];
    private TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunSettings? _settings;
    private StepAttempt? _attempt;
    private bool _started;
    private string? _finished;
    private int _attempts;

    public Task Open(RunSettings settings)
    {
        DelayDeactivation(KeepAlive);
        _settings = settings;
        _opened.TrySetResult();
        return Task.CompletedTask;
    }

    public async Task<WorkerAdmission> Join(string workerName)
    {
        await _opened.Task;
        if (_finished is not null)
        {
            return new WorkerAdmission(-1, "", $"the run has ended ({_finished})");
        }

        if (_started)
        {
            return new WorkerAdmission(-1, "", "the run has already started; workers join before the first step");
        }

        _workers.Add(workerName);
        Signal();
        return new WorkerAdmission(_workers.Count - 1, _settings!.OptionsJson, null);
    }

    public async Task<string[]> WaitForWorkers(int count, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        while (_workers.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(_changed.Task, Task.Delay(Poll));
        }

        return [.. _workers];
    }

    public async Task<StepAssignment> NextStep(int worker, long afterStep, int afterAttempt)
    {
        while (true)
        {
            if (_finished is not null)
            {
                return Stop(_finished);
            }

            if (_lost.TryGetValue(worker, out string? why))
            {
                return Stop($"this worker was declared lost ({why})");
            }

            if (_attempt is { Ended: false } attempt && attempt.Participants.Contains(worker) && (attempt.Step > afterStep || attempt.Attempt > afterAttempt) && !attempt.Shares.ContainsKey(worker))
            {
                (int start, int count) = attempt.ShardOf(worker);
                return new StepAssignment(attempt.Step, attempt.Attempt, start, count, attempt.ExpectedHash is not null, null);
            }

            await Task.WhenAny(_changed.Task, Task.Delay(Poll));
        }
    }

    public Task<ShareReply> Submit(int worker, long step, int attempt, int count, byte[] share, ulong hash)
    {
        if (_finished is not null)
        {
            return Task.FromResult(new ShareReply(ShareVerdict.Stop, null, _finished));
        }

        if (_lost.TryGetValue(worker, out string? why))
        {
            return Task.FromResult(new ShareReply(ShareVerdict.Stop, null, $"this worker was declared lost ({why})"));
        }

        StepAttempt? current = _attempt;
        if (current is null || current.Step != step || current.Attempt != attempt || current.Ended || !current.Participants.Contains(worker))
        {
            return Task.FromResult(new ShareReply(ShareVerdict.Retry, null, $"step {step} attempt {attempt} is no longer open"));
        }

        current.FirstShare ??= DateTime.UtcNow;
        current.Shares[worker] = (count, share, hash);
        Signal();
        return current.Reply.Task;
    }

    public async Task<StepOutcome> RunStep(long step, int batchSize, ulong? expectedHash)
    {
        if (_settings is null)
        {
            throw new OrleansException($"step {step}: the coordinator grain holds no open run (its activation was replaced)");
        }

        _started = true;
        int[] participants = [.. Enumerable.Range(0, _workers.Count).Where(w => !_excluded.Contains(w))];
        var attempt = new StepAttempt(step, _attempts++, participants, batchSize, expectedHash);
        _attempt = attempt;
        Signal();
        TimeSpan timeout = TimeSpan.FromSeconds(_settings.WorkerTimeoutSeconds);
        while (true)
        {
            int[] lost = [.. participants.Where(_lost.ContainsKey)];
            if (lost.Length == 0 && attempt.Shares.Count < participants.Length)
            {
                DateTime since = attempt.FirstShare ?? attempt.Opened;
                if (DateTime.UtcNow - since > timeout)
                {
                    foreach (int w in participants.Where(w => !attempt.Shares.ContainsKey(w)))
                    {
                        _lost[w] = $"no share for step {step} within {timeout.TotalSeconds:G4} s";
                    }

                    lost = [.. participants.Where(_lost.ContainsKey)];
                }
            }

            if (lost.Length > 0)
            {
                _excluded.UnionWith(lost);
                string message = string.Join("; ", lost.Select(w => $"worker {w} ({_workers[w]}) lost: {_lost[w]}"));
                attempt.Reply.TrySetResult(new ShareReply(ShareVerdict.Retry, null, message));
                Signal();
                return new StepOutcome(StepOutcomeKind.WorkersLost, null, [], lost, message, participants);
            }

            if (attempt.Shares.Count == participants.Length)
            {
                return Combine(attempt);
            }

            await Task.WhenAny(_changed.Task, Task.Delay(Poll));
        }
    }

    public Task ReportLost(int worker, string reason)
    {
        if (worker >= 0 && worker < _workers.Count && !_lost.ContainsKey(worker))
        {
            _lost[worker] = reason;
            Signal();
        }

        return Task.CompletedTask;
    }

    public Task Finish(string reason)
    {
        _finished = reason;
        _attempt?.Reply.TrySetResult(new ShareReply(ShareVerdict.Stop, null, reason));
        _opened.TrySetResult();
        Signal();
        return Task.CompletedTask;
    }

    private StepOutcome Combine(StepAttempt attempt)
    {
        int[] sent = [.. attempt.Participants.Select(w => attempt.Shares[w].Share.Length)];
        if (attempt.ExpectedHash is ulong expected)
        {
            foreach (int w in attempt.Participants)
            {
                ulong hash = attempt.Shares[w].Hash;
                if (hash != expected)
                {
                    string message = $"the parameters of worker {w} ({_workers[w]}) differ from the coordinator's before step {attempt.Step} (hash {hash:x16}, expected {expected:x16}); the replicas are no longer identical";
                    attempt.Reply.TrySetResult(new ShareReply(ShareVerdict.Stop, null, message));
                    return new StepOutcome(StepOutcomeKind.Mismatch, null, sent, [], message, attempt.Participants);
                }
            }
        }

        int width = _settings!.PayloadWidth;
        var sum = new WeightedShareSum();
        foreach (int w in attempt.Participants)
        {
            (int count, byte[] share, _) = attempt.Shares[w];
            sum.Add(count, ShareCodec.Decode(share, width));
        }

        byte[] mean = ShareCodec.Encode(sum.Mean(), width);
        attempt.Reply.TrySetResult(new ShareReply(ShareVerdict.Apply, mean, null));
        return new StepOutcome(StepOutcomeKind.Completed, mean, sent, [], $"step {attempt.Step} combined from {attempt.Participants.Length} shares", attempt.Participants);
    }

    private static StepAssignment Stop(string reason) => new(0, 0, 0, 0, false, reason);

    private void Signal()
    {
        TaskCompletionSource changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
