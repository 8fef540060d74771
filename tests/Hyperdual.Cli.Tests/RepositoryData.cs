namespace Hyperdual.Cli.Tests;

/// <summary>The data cache inside this checkout (<c>data/</c>, ignored by git): real MNIST is fetched there once
/// per checkout and reused by later test runs.</summary>
internal static class RepositoryData
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "data");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hyperdual.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Hyperdual.slnx) is not above the test binaries.");
    }
}
