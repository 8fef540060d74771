using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>exp(x): σ' = σ'' = eˣ, by the scalar rule <see cref="ElementaryRules{T}.Exp"/>.</summary>
public readonly struct ExpFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => T.Exp(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        UnaryRule<T> rule = ElementaryRules<T>.Exp(x);
        value = rule.Value;
        first = rule.Slope;
        second = rule.Curvature;
    }
}
