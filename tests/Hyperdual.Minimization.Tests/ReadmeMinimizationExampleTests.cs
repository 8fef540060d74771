using Hyperdual.Minimization;

namespace Hyperdual.Minimization.Tests;

public sealed class ReadmeMinimizationExampleTests
{
    [Fact]
    public void ExampleReachesTheRosenbrockMinimiser()
    {
        (MinimizationResult newton, MinimizationResult fomoh) = MinimizationExample.Run();
        Assert.All(newton.Minimizer, x => Assert.Equal(1.0, x, 8));
        Assert.True(newton.GradientNorm <= 1e-8, $"Newton ‖∇f‖ = {newton.GradientNorm}");
        Assert.All(fomoh.Minimizer, x => Assert.Equal(1.0, x, 6));
    }

    [Fact]
    public void ReadmeShowsExactlyTheCompiledExample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hyperdual.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        string source = File.ReadAllText(Path.Combine(directory.FullName, "tests", "Hyperdual.Minimization.Tests", "ReadmeMinimizationExample.cs"))
            .ReplaceLineEndings("\n");
        string readme = File.ReadAllText(Path.Combine(directory.FullName, "README.md")).ReplaceLineEndings("\n");
        const string begin = "// begin-readme\n";
        int start = source.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        string example = source[start..source.IndexOf("// end-readme", StringComparison.Ordinal)];
        Assert.Contains("```csharp\n" + example + "```", readme, StringComparison.Ordinal);
    }
}
