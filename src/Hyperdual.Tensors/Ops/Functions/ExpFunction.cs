using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>exp(x): σ' = σ'' = eˣ.</summary>
public readonly struct ExpFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => T.Exp(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T e = T.Exp(x);
        value = e;
        first = e;
        second = e;
    }
}
