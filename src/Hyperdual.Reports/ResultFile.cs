namespace Hyperdual.Reports;

/// <summary>One file of a <see cref="ResultFolder"/>: its name in the folder and how to write its content.</summary>
/// <param name="Name">The file name, without any folder (e.g. <c>rosenbrock.csv</c>).</param>
/// <param name="Write">Writes the content into the stream.</param>
public sealed record ResultFile(string Name, Action<Stream> Write)
{
    /// <summary>A text file, UTF-8 without a byte-order mark.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="text">The content.</param>
    /// <returns>The file.</returns>
    public static ResultFile Text(string name, string text)
    {
        byte[] bytes = AtomicFile.Utf8(text);
        return new ResultFile(name, stream => stream.Write(bytes));
    }

    /// <summary>A binary file (a PNG, a checkpoint).</summary>
    /// <param name="name">The file name.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>The file.</returns>
    public static ResultFile Bytes(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ResultFile(name, stream => stream.Write(bytes));
    }
}
