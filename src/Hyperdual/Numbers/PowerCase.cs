namespace Hyperdual;

/// <summary>
/// Which rule <c>x^y</c> follows, by which arguments vary and where the base lies; the numbered cases
/// documented on <see cref="HyperDual{T}.Pow(HyperDual{T}, HyperDual{T})"/>.
/// </summary>
public enum PowerCase
{
    /// <summary>Case 1: a constant exponent, the power rule <see cref="ElementaryRules{T}.Power"/>.</summary>
    ConstantExponent = 1,

    /// <summary>Case 2: a constant base &gt; 0, the exponential rule <see cref="ElementaryRules{T}.ExponentOnConstantBase"/>.</summary>
    ExponentOnPositiveBase = 2,

    /// <summary>Case 3, y &gt; 0: a constant base 0, where 0^y ≡ 0 nearby; every part 0.</summary>
    ZeroBase = 3,

    /// <summary>Case 3 with y ≤ 0, and case 4 (a constant base &lt; 0): no derivative in y; NaN where y's tangents are non-zero.</summary>
    UndefinedInExponent = 4,

    /// <summary>Case 5: both vary with base &gt; 0, the rule <see cref="ElementaryRules{T}.PowerOfBoth"/>.</summary>
    BothVary = 5,

    /// <summary>Case 6: both vary with base ≤ 0; every perturbation part NaN.</summary>
    BothVaryOnNonPositiveBase = 6,
}
