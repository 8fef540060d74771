namespace Hyperdual.Distributed;

/// <summary>The key of the coordinator grain: one run per cluster at a time.</summary>
internal static class RunKey
{
    public const string Value = "run";
}
