using Orleans.Placement;

namespace Hyperdual.Distributed.Grains;

/// <summary>Places a grain class by <see cref="CoordinatorPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CoordinatorPlacementAttribute() : PlacementAttribute(CoordinatorPlacement.Instance);
