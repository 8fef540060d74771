namespace Hyperdual.Distributed.Grains;

/// <summary>The placement of the coordinator grain: always on the silo named <see cref="SiloName"/> (the process
/// that runs <c>hyperdual train</c>), whichever silo first calls it, so the run's state lives with the process that
/// writes its checkpoints and outlives any worker.</summary>
[GenerateSerializer, Immutable]
public sealed class CoordinatorPlacement : PlacementStrategy
{
    /// <summary>The silo name of the coordinator process.</summary>
    public const string SiloName = "hyperdual-coordinator";

    /// <summary>The one instance.</summary>
    public static CoordinatorPlacement Instance { get; } = new();
}
