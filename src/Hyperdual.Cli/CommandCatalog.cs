using System.CommandLine;
using Hyperdual.Cli.Commands;

namespace Hyperdual.Cli;

/// <summary>Every sub-command of the tool, one line each.</summary>
internal static class CommandCatalog
{
    /// <summary>Creates a fresh instance of every sub-command.</summary>
    /// <returns>The sub-commands in the order <c>--help</c> lists them.</returns>
    public static IEnumerable<Command> CreateAll()
    {
        yield return BenchCommand.Create();
        yield return DistributedBenchCommand.Create();
        yield return CompareCommand.Create();
        yield return DataCommand.Create();
        yield return DerivativesCommand.Create();
        yield return FunctionsCommand.Create();
        yield return GradCheckCommand.Create();
        yield return MinimizeCommand.Create();
        yield return ReproduceCommand.Create();
        yield return TrainCommand.Create();
        yield return WorkerCommand.Create();
    }
}
