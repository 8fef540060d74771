namespace Hyperdual.Distributed;

/// <summary>A process could not take its place in a run's cluster: the Redis server does not answer, or this
/// process's silo or client could not start (a port is taken, the membership is unreadable). The message is one
/// line naming what was tried and what went wrong.</summary>
public sealed class ClusterStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line reason.</param>
    /// <param name="inner">The failure underneath, if any.</param>
    public ClusterStartException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
