using System.Numerics;

namespace Hyperdual;

/// <summary>
/// One elementary function of two arguments at a point: <c>f(x, y)</c> and its partial derivatives up to
/// second order. First-order number types apply <see cref="Fx"/> and <see cref="Fy"/>; the hyper-dual number
/// all five.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
/// <param name="Value">f(x, y).</param>
/// <param name="Fx">∂f/∂x.</param>
/// <param name="Fy">∂f/∂y.</param>
/// <param name="Fxx">∂²f/∂x².</param>
/// <param name="Fxy">∂²f/∂x∂y.</param>
/// <param name="Fyy">∂²f/∂y².</param>
public readonly record struct BinaryRule<T>(T Value, T Fx, T Fy, T Fxx, T Fxy, T Fyy)
    where T : IFloatingPointIeee754<T>;
