namespace Hyperdual.Data;

/// <summary>One file of a data set as found on disk.</summary>
/// <param name="Name">The official file name (without <c>.gz</c>).</param>
/// <param name="Path">Where it was found (raw or <c>.gz</c>).</param>
/// <param name="Bytes">Its size on disk.</param>
public sealed record DataFileStatus(string Name, string Path, long Bytes);
