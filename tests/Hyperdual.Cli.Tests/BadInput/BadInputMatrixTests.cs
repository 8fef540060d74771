using System.CommandLine;

namespace Hyperdual.Cli.Tests.BadInput;

public sealed class BadInputMatrixTests
{
    public static TheoryData<string> Ids => [.. BadInputMatrix.Rows.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void IsRefusedInOneLineAndChangesNothing(string id)
    {
        BadInputRow row = BadInputMatrix.Rows[id];
        using var sandbox = new Sandbox();
        row.Setup?.Invoke(sandbox);
        SortedDictionary<string, string> before = sandbox.Snapshot();
        string[] workingFolderBefore = Directory.GetFileSystemEntries(Environment.CurrentDirectory);

        CliResult result = CliRunner.Run(sandbox.Resolve(row.Args));

        Assert.Equal(row.ExitCode, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(row.Expected.Replace("{sandbox}", sandbox.Root, StringComparison.Ordinal), line);
        Assert.All(row.ExpectedAlso, fragment => Assert.Contains(fragment, line));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.DoesNotContain("System.", result.Error);
        Assert.Equal("", result.Output);
        Assert.Equal(before, sandbox.Snapshot());
        Assert.Equal(workingFolderBefore, Directory.GetFileSystemEntries(Environment.CurrentDirectory));
        Assert.False(Directory.Exists(Path.GetDirectoryName(Sandbox.Unwritable)));
    }

    [Fact]
    public void EveryCommandHasATable()
    {
        string[] commands = CliApplication.CreateRootCommand().Subcommands.Select(c => c.Name).Order().ToArray();
        Assert.Equal(commands, BadInputMatrix.Tables.Keys.Order().ToArray());
        Assert.All(BadInputMatrix.Tables, t => Assert.NotEmpty(t.Value()));
    }

    [Fact]
    public void EveryNumberOptionReadsThroughTheOneParser()
    {
        var numeric = new HashSet<Type> { typeof(int), typeof(long), typeof(ulong), typeof(uint), typeof(double), typeof(float), typeof(decimal) };
        var unparsed = new List<string>();
        void Visit(Command command)
        {
            foreach (Option option in command.Options)
            {
                Type type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
                if (numeric.Contains(type) && option.GetType().GetProperty("CustomParser")!.GetValue(option) is null)
                {
                    unparsed.Add($"{command.Name} {option.Name}");
                }
            }

            foreach (Command sub in command.Subcommands)
            {
                Visit(sub);
            }
        }

        Visit(CliApplication.CreateRootCommand());
        Assert.Empty(unparsed);
    }

    [Fact]
    public void TheSameFaultReadsTheSameOnEveryOption()
    {
        Assert.Equal(
            "error: --lr: expected a positive finite number such as 0.5 or 1e-3, got '1,5'",
            Assert.Single(CliRunner.Run("minimize", "-f", "rosenbrock", "--method", "fgd", "--lr", "1,5").ErrorLines));
        Assert.Equal(
            "error: --hd-tolerance: expected a positive finite number such as 0.5 or 1e-3, got '1,5'",
            Assert.Single(CliRunner.Run("gradcheck", "--model", "mlp", "--hd-tolerance", "1,5").ErrorLines));
    }
}
