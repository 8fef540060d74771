using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>1/x: σ' = −1/x², σ'' = 2/x³.</summary>
public readonly struct ReciprocalFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => T.One / x;

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T r = T.One / x;
        T r2 = r * r;
        value = r;
        first = -r2;
        second = (r2 + r2) * r;
    }
}
