namespace Hyperdual.Tests;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void ExampleGivesTheHandComputedDerivatives()
    {
        // Rosenbrock at (−1.2, 1): ∇f = (−400x(y − x²) − 2(1 − x), 200(y − x²)), ∇²f = [[1200x² − 400y + 2, −400x], [−400x, 200]].
        (double[] g, double[,] h, double curvature) = Example.Run();
        Assert.Equal(-215.6, g[0], 10);
        Assert.Equal(-88.0, g[1], 10);
        Assert.Equal(1330.0, h[0, 0], 10);
        Assert.Equal(480.0, h[0, 1], 10);
        Assert.Equal(480.0, h[1, 0], 10);
        Assert.Equal(200.0, h[1, 1], 10);
        Assert.Equal(480.0, curvature, 10);
    }

    [Fact]
    public void ReadmeShowsExactlyTheCompiledExample()
    {
        string root = RepositoryRoot();
        string source = File.ReadAllText(Path.Combine(root, "tests", "Hyperdual.Tests", "ReadmeExample.cs")).ReplaceLineEndings("\n");
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        const string begin = "// begin-readme\n";
        const string end = "// end-readme";
        int start = source.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        string example = source[start..source.IndexOf(end, StringComparison.Ordinal)];
        Assert.Contains("```csharp\n" + example + "```", readme, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hyperdual.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hyperdual.slnx not found above the test binaries.");
    }
}
