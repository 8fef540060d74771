namespace Hyperdual;

/// <summary>The argument a selection function (Max, Min, …) picks; see <see cref="SelectionRules{T}.Select"/>.</summary>
internal enum Selection
{
    /// <summary>The first argument.</summary>
    First,

    /// <summary>The second argument.</summary>
    Second,

    /// <summary>Equal values: the value, with the average of both arguments' parts.</summary>
    Tie,
}
