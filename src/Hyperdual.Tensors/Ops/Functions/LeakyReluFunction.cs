using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// leaky_relu(x) = x for x &gt; 0 (case 1, σ' = 1), slope·x otherwise (case 2, σ' = slope).
/// Piecewise linear: σ'' = 0.
/// </summary>
/// <param name="slope">The negative slope.</param>
public readonly struct LeakyReluFunction(double slope) : IElementwiseFunction
{
    /// <summary>The negative slope.</summary>
    public double Slope { get; } = slope;

    /// <inheritdoc/>
    public bool IsPiecewiseLinear => true;

    /// <inheritdoc/>
    public T Value<T>(T x) where T : IFloatingPointIeee754<T> => x > T.Zero ? x : T.CreateTruncating(Slope) * x;

    /// <inheritdoc/>
    public void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>
    {
        T slope = T.CreateTruncating(Slope);
        bool positive = x > T.Zero;
        value = positive ? x : slope * x;
        first = positive ? T.One : slope;
        second = T.Zero;
    }
}
