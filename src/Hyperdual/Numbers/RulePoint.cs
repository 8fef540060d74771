namespace Hyperdual;

/// <summary>Where an elementary function's rule was evaluated, which says how a number type applies it.</summary>
public enum RulePoint
{
    /// <summary>A point where the function is differentiable: the ordinary chain rule.</summary>
    Smooth,

    /// <summary>
    /// A boundary point with an infinite slope (√ at 0, log at 0, asin at ±1, …): the parts are ±∞ where the
    /// incoming tangent is non-zero and 0 where it is zero, so a constant stays a constant.
    /// </summary>
    InfiniteSlope,

    /// <summary>Outside the domain (or a NaN argument): the value and every part are NaN.</summary>
    OutsideDomain,
}
