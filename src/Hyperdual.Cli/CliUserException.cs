namespace Hyperdual.Cli;

/// <summary>
/// A mistake in what the user asked for (an unknown name, a malformed number, a wrong count). The CLI
/// prints its message as one line <c>error: …</c> and exits with code 1, never with a stack trace.
/// </summary>
/// <param name="message">A sentence naming the input and what is wrong with it.</param>
public sealed class CliUserException(string message) : Exception(message);
