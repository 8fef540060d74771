using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>log(x): σ' = 1/x, σ'' = −1/x² (NaN for x &lt; 0, −∞ at 0, as <c>Math.Log</c>).</summary>
public readonly struct LogFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => T.Log(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T r = T.One / x;
        value = T.Log(x);
        first = r;
        second = -(r * r);
    }
}
