using System.Diagnostics;
using System.Globalization;

namespace Hyperdual.Cli.Output;

/// <summary>
/// Progress of a long computation on standard error: silent for the first <see cref="Delay"/>, then one
/// line <c>LABEL: NN%</c> at most every <see cref="Delay"/>, so short runs print nothing and long ones are
/// never silent. Safe to report from several threads.
/// </summary>
public sealed class CliProgress : IProgress<double>
{
    /// <summary>How long a run stays silent, and the least time between two lines.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private readonly TextWriter _error;
    private readonly string _label;
    private readonly Func<TimeSpan> _clock;
    private readonly object _gate = new();
    private TimeSpan _nextLine = Delay;

    /// <summary>Creates the reporter.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="label">What is computed, e.g. "derivatives: Hessian by forward-over-reverse (n = 5000)".</param>
    /// <param name="clock">Time since the start (tests pass their own; default a stopwatch started now).</param>
    public CliProgress(TextWriter error, string label, Func<TimeSpan>? clock = null)
    {
        _error = error;
        _label = label;
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }

        _clock = clock;
    }

    /// <inheritdoc/>
    public void Report(double value)
    {
        TimeSpan now = _clock();
        lock (_gate)
        {
            if (now < _nextLine)
            {
                return;
            }

            _nextLine = now + Delay;
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_label}: {Math.Clamp(value, 0, 1):0%}"));
        }
    }
}
