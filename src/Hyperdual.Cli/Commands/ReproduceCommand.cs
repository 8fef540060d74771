using System.CommandLine;

namespace Hyperdual.Cli.Commands;

/// <summary><c>hyperdual reproduce STUDY</c>: reruns a study from the literature and writes its report; each study is
/// its own sub-command in its own file.</summary>
public static class ReproduceCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>reproduce</c> command with one sub-command per study.</returns>
    public static Command Create() => new("reproduce", "Rerun a study from the literature and write its tables and plots.")
    {
        ReproduceRosenbrockCommand.Create(),
        ReproduceMnistCommand.Create(),
        ReproduceSoaaCommand.Create(),
    };
}
