namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>
/// One row of the bad-input matrix: a command line that must be refused with <see cref="ExitCode"/>,
/// exactly one line on standard error containing <see cref="Expected"/>, nothing on standard output, no
/// stack trace and no file created or changed. In <see cref="Args"/>, <c>{sandbox}</c> stands for a
/// fresh folder holding the fixtures of <see cref="Sandbox"/>; <see cref="Setup"/> may add more.
/// </summary>
internal sealed record BadInputRow(string Command, string Fault, string[] Args, string Expected, Action<Sandbox>? Setup = null, int ExitCode = ExitCodes.UserError)
{
    /// <summary>Further fragments the error line must contain.</summary>
    public IReadOnlyList<string> ExpectedAlso { get; init; } = [];

    /// <summary>A unique, readable name: command, fault class and arguments.</summary>
    public string Id => $"{Command} | {Fault} | {string.Join(' ', Args.Select(a => a.Length == 0 ? "''" : a))}";
}
