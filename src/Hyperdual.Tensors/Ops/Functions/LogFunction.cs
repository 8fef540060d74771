using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// log(x): σ' = 1/x, σ'' = −1/x², by the scalar rule <see cref="ElementaryRules{T}.Log"/> (at 0: value −∞,
/// slope ±∞, curvature −∞; below 0 every part NaN).
/// </summary>
public readonly struct LogFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => T.Log(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        UnaryRule<T> rule = ElementaryRules<T>.Log(x);
        value = rule.Value;
        first = rule.Slope;
        second = rule.Curvature;
    }
}
