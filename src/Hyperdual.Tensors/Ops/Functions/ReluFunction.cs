using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// relu(x) = max(x, 0). Piecewise linear; the branch is chosen by the value:
/// case 1, x &gt; 0: σ' = 1; case 2, x ≤ 0: σ' = 0 (the subgradient 0 at x = 0, as PyTorch). σ'' = 0.
/// </summary>
public readonly struct ReluFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => true;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => x > T.Zero ? x : T.Zero;

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        bool positive = x > T.Zero; // case 1 when true, case 2 otherwise
        value = positive ? x : T.Zero;
        first = positive ? T.One : T.Zero;
        second = T.Zero;
    }
}
