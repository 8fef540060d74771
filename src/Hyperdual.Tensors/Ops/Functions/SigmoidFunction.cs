using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// sigmoid(x) = 1/(1 + e^−x), evaluated without overflow (e^x/(1 + e^x) for x &lt; 0):
/// σ' = s(1 − s), σ'' = s(1 − s)(1 − 2s).
/// </summary>
public readonly struct SigmoidFunction : IElementwiseFunction
{
    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => Stable(x);

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T s = Stable(x);
        T d1 = s * (T.One - s);
        value = s;
        first = d1;
        second = d1 * (T.One - (s + s));
    }

    /// <summary>The logistic function without overflow for large |x|.</summary>
    internal static T Stable<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (x >= T.Zero)
        {
            return T.One / (T.One + T.Exp(-x));
        }

        T e = T.Exp(x);
        return e / (T.One + e);
    }
}
