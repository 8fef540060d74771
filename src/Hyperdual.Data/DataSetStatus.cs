namespace Hyperdual.Data;

/// <summary>What is known about one published data set on this machine (for <c>hyperdual data info</c>).</summary>
/// <param name="Name">The data set: <c>mnist</c>, <c>fashion-mnist</c>.</param>
/// <param name="Directory">The folder its files were found in, or the cache folder where they belong.</param>
/// <param name="Present">Whether all four files were found.</param>
/// <param name="Verified">Whether all four files have the official SHA-256 digests and parse.</param>
/// <param name="Problem">Why the set is absent or unverified, and what to do; null when verified.</param>
/// <param name="Files">The files found, with their sizes on disk.</param>
/// <param name="TrainCount">The number of training examples (0 unless verified).</param>
/// <param name="TestCount">The number of test examples (0 unless verified).</param>
/// <param name="TrainClassCounts">The number of training examples of each class (empty unless verified).</param>
/// <param name="TestClassCounts">The number of test examples of each class (empty unless verified).</param>
public sealed record DataSetStatus(
    string Name,
    string Directory,
    bool Present,
    bool Verified,
    string? Problem,
    IReadOnlyList<DataFileStatus> Files,
    int TrainCount,
    int TestCount,
    IReadOnlyList<int> TrainClassCounts,
    IReadOnlyList<int> TestClassCounts);
