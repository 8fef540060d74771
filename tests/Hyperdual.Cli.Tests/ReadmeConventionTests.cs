using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;

namespace Hyperdual.Cli.Tests;

/// <summary>The README's command-line conventions hold for the tool as built.</summary>
public sealed partial class ReadmeConventionTests
{
    [Fact]
    public void SetUpIsExactlyTwoCommands()
    {
        string readme = Readme();
        int start = readme.IndexOf("## Set up", StringComparison.Ordinal);
        Match block = CodeBlock().Match(readme, start);
        Assert.True(block.Success);
        Assert.Equal(2, block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void ShortAliasesAreExactlyTheDocumentedOnesAndMeanTheSameEverywhere()
    {
        string readme = Readme();
        Dictionary<string, string> documented = DocumentedAlias().Matches(readme).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.NotEmpty(documented);
        var used = new List<(string Alias, string Name, string Command)>();
        void Visit(Command command)
        {
            foreach (Option option in command.Options.Where(o => o is not HelpOption and not VersionOption))
            {
                used.AddRange(option.Aliases.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => (a, option.Name, command.Name)));
            }

            foreach (Command sub in command.Subcommands)
            {
                Visit(sub);
            }
        }

        Visit(CliApplication.CreateRootCommand());
        Assert.All(used, u => Assert.True(documented.TryGetValue(u.Alias, out string? name) && name == u.Name, $"{u.Command}: {u.Alias} {u.Name}"));
    }

    private static string Readme()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hyperdual.slnx")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory!.FullName, "README.md")).ReplaceLineEndings("\n");
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("`(-[a-z])` `(--[a-z-]+)`")]
    private static partial Regex DocumentedAlias();
}
