namespace Hyperdual.Cli.Commands;

/// <summary>Ctrl-C as a cancellation for the commands that train (<c>train</c>, <c>train --workers</c>,
/// <c>bench-distributed</c>, <c>worker</c>): the first Ctrl-C cancels <see cref="Token"/> instead of ending the
/// process, so the run stops at the next step boundary and writes its checkpoint. Dispose to stop listening.</summary>
internal sealed class TrainingInterrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly ConsoleCancelEventHandler _onCancel;

    public TrainingInterrupt()
    {
        _onCancel = (_, e) =>
        {
            e.Cancel = true;
            Cancel();
        };
        Console.CancelKeyPress += _onCancel;
    }

    /// <summary>Cancelled by Ctrl-C or <see cref="Cancel"/>.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether Ctrl-C was pressed (or <see cref="Cancel"/> called).</summary>
    public bool IsRequested => _source.IsCancellationRequested;

    /// <summary>Cancels <see cref="Token"/> as Ctrl-C does (for other ends of a run, such as a closed standard input).</summary>
    public void Cancel()
    {
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run is over already.
        }
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= _onCancel;
        _source.Dispose();
    }
}
