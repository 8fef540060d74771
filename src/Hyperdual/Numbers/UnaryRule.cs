using System.Numerics;

namespace Hyperdual;

/// <summary>
/// One elementary function's local rule at a point: <c>f(a)</c>, <c>f'(a)</c>, <c>f''(a)</c> and the kind of
/// point (<see cref="RulePoint"/>). <see cref="Dual{T}"/> applies the value and slope, <see cref="HyperDual{T}"/>
/// all three, and the reverse-mode number records the slope on its tape.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
/// <param name="Value">f(a).</param>
/// <param name="Slope">f'(a).</param>
/// <param name="Curvature">f''(a).</param>
/// <param name="Point">The kind of point, which selects the chain rule's form.</param>
public readonly record struct UnaryRule<T>(T Value, T Slope, T Curvature, RulePoint Point)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>A rule at a differentiable point.</summary>
    /// <param name="value">f(a).</param>
    /// <param name="slope">f'(a).</param>
    /// <param name="curvature">f''(a).</param>
    /// <returns>The rule.</returns>
    public static UnaryRule<T> Smooth(T value, T slope, T curvature) => new(value, slope, curvature, RulePoint.Smooth);

    /// <summary>A rule at a boundary point with infinite slope.</summary>
    /// <param name="value">f(a).</param>
    /// <param name="slope">The one-sided limit of f'.</param>
    /// <param name="curvature">The one-sided limit of f''.</param>
    /// <returns>The rule.</returns>
    public static UnaryRule<T> InfiniteSlope(T value, T slope, T curvature) => new(value, slope, curvature, RulePoint.InfiniteSlope);

    /// <summary>The rule outside the domain: NaN throughout.</summary>
    public static UnaryRule<T> OutsideDomain => new(T.NaN, T.NaN, T.NaN, RulePoint.OutsideDomain);
}
