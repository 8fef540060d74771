namespace Hyperdual.Cli;

/// <summary>Turns the library's memory refusals (<see cref="MemoryLimitException"/>) into one-line user errors naming the option that asked for the size.</summary>
internal static class MemoryLimits
{
    /// <summary>Runs <paramref name="check"/>; a <see cref="MemoryLimitException"/> becomes <c>OPTION: MESSAGE</c>.</summary>
    /// <param name="option">The option and value that set the size, e.g. <c>--dim 100000000</c>.</param>
    /// <param name="check">A library estimate, such as <see cref="Derivatives.EnsureHessianFits{T}"/>.</param>
    public static void Check(string option, Action check)
    {
        try
        {
            check();
        }
        catch (MemoryLimitException e)
        {
            throw new CliUserException($"{option}: {e.Message}");
        }
    }
}
