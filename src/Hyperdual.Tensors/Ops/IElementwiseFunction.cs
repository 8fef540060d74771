using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// A smooth (or piecewise-linear) scalar function σ applied elementwise, given with its first and
/// second derivatives: everything the jet rule <c>yᵢ = σ'(x₀)xᵢ</c>,
/// <c>yᵢⱼ = σ''(x₀)xᵢxⱼ + σ'(x₀)xᵢⱼ</c> needs. Implement it as a struct so the drivers in
/// <see cref="Elementwise"/> are specialised per function.
/// </summary>
public interface IElementwiseFunction
{
    /// <summary>Whether σ'' is zero wherever it exists (relu, leaky relu): then a jet without
    /// second-order parts stays without them.</summary>
    bool IsPiecewiseLinear { get; }

    /// <summary>σ(x). Written with generic math only, so it also runs on hyper-dual numbers.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="x">The argument.</param>
    /// <returns>σ(x).</returns>
    T Value<T>(T x) where T : IFloatingPointIeee754<T>;

    /// <summary>σ(x), σ'(x) and σ''(x) together (they usually share work).</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="x">The argument.</param>
    /// <param name="value">σ(x).</param>
    /// <param name="first">σ'(x).</param>
    /// <param name="second">σ''(x).</param>
    void Evaluate<T>(T x, out T value, out T first, out T second) where T : IFloatingPointIeee754<T>;
}
