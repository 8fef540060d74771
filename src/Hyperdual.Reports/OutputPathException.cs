namespace Hyperdual.Reports;

/// <summary>
/// An output path that cannot be written as asked: a folder where a file is wanted, a file where a
/// folder is wanted, something that is neither a regular file nor a stream (character device, FIFO), a
/// parent that is a file, or a place the process may not write. The message is one sentence naming the
/// path; nothing was created or changed.
/// </summary>
/// <param name="message">One line naming the path and what is wrong with it.</param>
/// <param name="inner">The underlying I/O error, if any.</param>
public sealed class OutputPathException(string message, Exception? inner = null) : IOException(message, inner);
