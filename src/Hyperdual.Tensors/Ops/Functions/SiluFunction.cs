using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// silu(x) = x·s with s = sigmoid(x): σ' = s(1 + x(1 − s)), σ'' = s(1 − s)(2 + x(1 − 2s)).
/// </summary>
public readonly struct SiluFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => x * SigmoidFunction.Stable(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T s = SigmoidFunction.Stable(x);
        T ds = s * (T.One - s);
        T two = T.One + T.One;
        value = x * s;
        first = s + (x * ds);
        second = ds * (two + (x * (T.One - (two * s))));
    }
}
