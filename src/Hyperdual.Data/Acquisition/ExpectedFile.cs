namespace Hyperdual.Data.Acquisition;

/// <summary>One official file of a data set: its name, the length and SHA-256 digest of its uncompressed content.</summary>
/// <param name="Name">The file name without <c>.gz</c> (e.g. <c>train-images-idx3-ubyte</c>).</param>
/// <param name="Length">The length of the uncompressed content in bytes.</param>
/// <param name="Sha256">The SHA-256 digest of the uncompressed content, lowercase hexadecimal.</param>
public sealed record ExpectedFile(string Name, long Length, string Sha256);
