namespace Hyperdual.Distributed.Tests;

/// <summary>The checkout's data cache (<c>data/</c>, MNIST fetched there once) and the built tool the
/// multi-process tests start as coordinator and workers.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data { get; } = Path.Combine(Root, "data");

    /// <summary>The tool's dll, built in the same configuration as these tests.</summary>
    public static string Cli { get; } = Path.Combine(AppContext.BaseDirectory, "Hyperdual.Cli.dll");

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
