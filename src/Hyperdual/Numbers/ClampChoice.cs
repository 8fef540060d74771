namespace Hyperdual;

/// <summary>What Clamp returns; see <see cref="SelectionRules{T}.Clamp"/>.</summary>
internal enum ClampChoice
{
    /// <summary>The value itself.</summary>
    Value,

    /// <summary>The lower bound.</summary>
    LowerBound,

    /// <summary>The upper bound.</summary>
    UpperBound,
}
