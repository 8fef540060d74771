namespace Hyperdual.Data;

/// <summary>
/// Data that cannot be used: a missing, malformed or unverified file, an unknown data set, an option out
/// of range. The message is one line for the user: it names the file (and the line and column, for CSV)
/// and says what is wrong and, where there is one, what to do.
/// </summary>
public sealed class DataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence naming the input and the problem.</param>
    public DataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    /// <param name="message">One sentence naming the input and the problem.</param>
    /// <param name="innerException">The underlying error.</param>
    public DataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
