using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// tanh(x): σ' = 1 − y², σ'' = −2y(1 − y²) with y = tanh(x). Its own form rather than the scalar rule
/// <see cref="ElementaryRules{T}.Tanh"/> (1/cosh², which keeps the slope where 1 − y² rounds to 0 in double's
/// far tails): one transcendental per element instead of two; the tail slope it loses (|x| &gt; 9 in float32,
/// where σ' &lt; 1e−7) does not move a network's step.
/// </summary>
public readonly struct TanhFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => T.Tanh(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T y = T.Tanh(x);
        T d1 = T.One - (y * y);
        value = y;
        first = d1;
        second = -(y + y) * d1;
    }
}
