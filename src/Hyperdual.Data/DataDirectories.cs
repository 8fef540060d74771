namespace Hyperdual.Data;

/// <summary>Where data sets are cached.</summary>
public static class DataDirectories
{
    /// <summary>The environment variable that overrides the default cache folder.</summary>
    public const string EnvironmentVariable = "HYPERDUAL_DATA";

    /// <summary>The cache folder: <paramref name="dataDirectory"/> if given, else <c>$HYPERDUAL_DATA</c>, else <c>~/.cache/hyperdual</c>.</summary>
    /// <param name="dataDirectory">An explicit folder, or null.</param>
    /// <returns>The full path.</returns>
    public static string Resolve(string? dataDirectory)
    {
        if (dataDirectory is not null)
        {
            return dataDirectory.Length == 0
                ? throw new DataException("The data folder is an empty path.")
                : Path.GetFullPath(dataDirectory);
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "hyperdual");
    }
}
