namespace Hyperdual.Distributed;

/// <summary>A worker lost its coordinator in the middle of a run: the coordinator's process or silo is gone, or its
/// calls stopped answering. The worker has applied every step the coordinator released.</summary>
public sealed class CoordinatorLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line reason.</param>
    /// <param name="inner">The failed call underneath.</param>
    public CoordinatorLostException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
