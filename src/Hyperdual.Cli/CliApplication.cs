using System.CommandLine;

namespace Hyperdual.Cli;

/// <summary>
/// Builds the root command and runs it with one-line error reporting; used by <c>Program</c> and by tests
/// (which pass their own writers).
/// </summary>
public static class CliApplication
{
    /// <summary>Creates the root command with every sub-command.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "hyperdual: exact forward-mode second derivatives (hyper-dual numbers, Taylor jets) and the optimizers built on them.");
        foreach (Command command in CommandCatalog.CreateAll())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        RootCommand root = CreateRootCommand();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line: the errors that name a token (an unknown option or command) first, as they say most.
            IEnumerable<string> messages = parse.Errors
                .Select(e => e.Message.TrimEnd('.'))
                .Distinct()
                .OrderBy(m => m.Contains('\'') ? 0 : 1);
            error.WriteLine($"error: {string.Join("; ", messages)}");
            return ExitCodes.UserError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (CliUserException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (Hyperdual.Data.DataException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("HYPERDUAL_DEBUG") != "1")
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message} (set HYPERDUAL_DEBUG=1 for the stack trace)");
            return ExitCodes.InternalError;
        }
    }
}
