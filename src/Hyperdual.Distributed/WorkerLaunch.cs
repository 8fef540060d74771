namespace Hyperdual.Distributed;

/// <summary>How to start a worker process on this machine: the executable and the arguments before <c>worker</c>
/// (for <c>dotnet hyperdual.dll</c>, the dll).</summary>
/// <param name="FileName">The executable.</param>
/// <param name="Arguments">The arguments that come before the <c>worker</c> command.</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments);
