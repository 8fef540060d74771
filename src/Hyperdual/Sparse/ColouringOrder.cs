namespace Hyperdual;

/// <summary>The order in which <see cref="StarColouring"/> colours the vertices.</summary>
public enum ColouringOrder
{
    /// <summary>Vertices of larger degree first (ties by index): hubs take the first colours.</summary>
    LargestDegreeFirst,

    /// <summary>Vertices in index order.</summary>
    Natural,
}
