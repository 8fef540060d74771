namespace Hyperdual.Distributed;

/// <summary>The key of the coordinator grain (<see cref="Grains.ITrainingCoordinatorGrain"/>): one run per cluster at a time.</summary>
public static class RunKey
{
    /// <summary>The key.</summary>
    public const string Value = "run";
}
