namespace Hyperdual;

/// <summary>
/// A request whose memory, estimated before anything is allocated, exceeds what the process may use.
/// The message says what needed the memory, the estimate and what is available, on one line.
/// </summary>
public sealed class MemoryLimitException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What needed the memory, e.g. "the 100000×100000 Hessian".</param>
    /// <param name="requiredBytes">The estimate.</param>
    /// <param name="availableBytes">What the process may use.</param>
    public MemoryLimitException(string what, double requiredBytes, long availableBytes)
        : base($"{what} needs about {MemoryBudget.Describe(requiredBytes)} of memory; {MemoryBudget.Describe(availableBytes)} is available")
    {
        RequiredBytes = requiredBytes;
        AvailableBytes = availableBytes;
    }

    /// <summary>The estimated bytes the request needs.</summary>
    public double RequiredBytes { get; }

    /// <summary>The bytes the process may use.</summary>
    public long AvailableBytes { get; }
}
