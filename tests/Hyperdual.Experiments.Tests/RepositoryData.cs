namespace Hyperdual.Experiments.Tests;

/// <summary>The checkout's own data cache, <c>&lt;repo&gt;/data</c> (ignored by git), so a checkout fetches MNIST once.</summary>
internal static class RepositoryData
{
    public static string Directory { get; } = Path.Combine(FindRoot(), "data");

    private static string FindRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Hyperdual.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException($"No Hyperdual.slnx above {AppContext.BaseDirectory}.");
    }
}
