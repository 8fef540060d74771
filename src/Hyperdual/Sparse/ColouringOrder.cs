namespace Hyperdual;

/// <summary>The order in which <see cref="StarColouring"/> colours the vertices.</summary>
public enum ColouringOrder
{
    /// <summary>
    /// Vertices of larger degree first (ties by index), except hubs (degree above <see cref="StarColouring.HubDegree"/>),
    /// which come last, again larger first. A hub coloured before its d neighbours makes each of them scan the hub's
    /// row, O(d²) in all; coloured after them it costs one pass over them. Without hubs this is
    /// <see cref="LargestDegreeFirst"/>.
    /// </summary>
    LargestDegreeFirstHubsLast,

    /// <summary>Vertices of larger degree first (ties by index): hubs take the first colours.</summary>
    LargestDegreeFirst,

    /// <summary>Vertices in index order.</summary>
    Natural,
}
