namespace Hyperdual.Data.Idx;

/// <summary>A parsed IDX file of unsigned bytes: its dimensions and the bytes after the header.</summary>
/// <param name="Path">The file it came from (for messages).</param>
/// <param name="Dimensions">The dimensions, outermost first (e.g. [60000, 28, 28]).</param>
/// <param name="Data">The elements, row-major; exactly the product of the dimensions.</param>
public sealed record IdxFile(string Path, IReadOnlyList<int> Dimensions, ReadOnlyMemory<byte> Data);
