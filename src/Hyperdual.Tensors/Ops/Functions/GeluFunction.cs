using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// GELU in its tanh approximation (PyTorch <c>approximate='tanh'</c>; .NET has no generic erf):
/// y = ½x(1 + t), t = tanh(u), u = c(x + a x³), c = √(2/π), a = 0.044715.
/// With u' = c(1 + 3a x²), u'' = 6c a x, t' = (1 − t²)u', t'' = (1 − t²)(u'' − 2t u'²):
/// σ' = ½(1 + t) + ½x t', σ'' = t' + ½x t''.
/// </summary>
public readonly struct GeluFunction : IElementwiseFunction
{
    private const double C = 0.79788456080286535587989211986876; // √(2/π)
    private const double A = 0.044715;

    /// <inheritdoc/>
    public bool IsPiecewiseLinear => false;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T>
    {
        T c = T.CreateTruncating(C), a = T.CreateTruncating(A), half = T.CreateTruncating(0.5);
        T t = T.Tanh(c * (x + (a * x * x * x)));
        return half * x * (T.One + t);
    }

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T c = T.CreateTruncating(C), a = T.CreateTruncating(A), half = T.CreateTruncating(0.5);
        T three = T.CreateTruncating(3.0), six = T.CreateTruncating(6.0), two = T.CreateTruncating(2.0);
        T x2 = x * x;
        T t = T.Tanh(c * (x + (a * x2 * x)));
        T du = c * (T.One + (three * a * x2));
        T ddu = six * c * a * x;
        T sech2 = T.One - (t * t);
        T dt = sech2 * du;
        T ddt = sech2 * (ddu - (two * t * du * du));
        value = half * x * (T.One + t);
        first = (half * (T.One + t)) + (half * x * dt);
        second = dt + (half * x * ddt);
    }
}
