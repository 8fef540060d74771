using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// softplus(x) = log(1 + eˣ), evaluated as max(x, 0) + log(1 + e^−|x|) so it never overflows:
/// σ' = sigmoid(x), σ'' = s(1 − s).
/// </summary>
public readonly struct SoftplusFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> =>
        (x > T.Zero ? x : T.Zero) + T.Log(T.One + T.Exp(x > T.Zero ? -x : x));

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T s = SigmoidFunction.Stable(x);
        value = Value(x);
        first = s;
        second = s * (T.One - s);
    }
}
