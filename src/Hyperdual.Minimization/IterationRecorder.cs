namespace Hyperdual.Minimization;

/// <summary>Collects the per-iteration records a run was asked for: the trace in the result, a live callback, or both.</summary>
internal sealed class IterationRecorder
{
    private readonly List<IterationRecord>? _trace;
    private readonly Action<IterationRecord>? _onIteration;

    private IterationRecorder(bool recordTrace, Action<IterationRecord>? onIteration)
    {
        _trace = recordTrace ? [] : null;
        _onIteration = onIteration;
    }

    /// <summary>The recorded trace, or <see langword="null"/> when it was not requested.</summary>
    public IReadOnlyList<IterationRecord>? Trace => _trace;

    /// <summary>A recorder, or <see langword="null"/> when neither a trace nor a callback is wanted (so no record is built).</summary>
    public static IterationRecorder? Create(bool recordTrace, Action<IterationRecord>? onIteration) =>
        recordTrace || onIteration is not null ? new IterationRecorder(recordTrace, onIteration) : null;

    /// <summary>Keeps <paramref name="record"/> and tells the callback.</summary>
    public void Add(IterationRecord record)
    {
        _trace?.Add(record);
        _onIteration?.Invoke(record);
    }
}
