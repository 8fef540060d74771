namespace Hyperdual.Cli;

/// <summary>The process exit codes of the <c>hyperdual</c> tool.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A user error: bad arguments, unknown names, malformed input, an unwritable output path.</summary>
    public const int UserError = 1;

    /// <summary><c>gradcheck</c> ran but an error exceeded its tolerance.</summary>
    public const int CheckFailed = 2;

    /// <summary><c>minimize</c> stopped without converging: an iteration or evaluation limit, or a step or function-change stop with a gradient that is not small.</summary>
    public const int NotConverged = 3;

    /// <summary><c>minimize</c> diverged (the value, gradient, curvature or step became NaN or infinite), or <c>train</c> or
    /// <c>compare</c> stopped because training diverged (a non-finite loss, derivative or parameter).</summary>
    public const int Diverged = 4;

    /// <summary>A data-parallel <c>train</c> stopped early: a worker was lost under <c>--on-worker-loss stop</c>, or the
    /// workers' parameters stopped being identical. The checkpoint holds the last step every worker applied. Also
    /// <c>bench-distributed</c> when a worker was lost, and a <c>worker</c> that lost its coordinator.</summary>
    public const int DistributedStopped = 5;

    /// <summary>An unexpected internal error (a bug): reported in one line; set <c>HYPERDUAL_DEBUG=1</c> for the stack trace.</summary>
    public const int InternalError = 70;
}
