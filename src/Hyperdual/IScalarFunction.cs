using System.Numerics;

namespace Hyperdual;

/// <summary>
/// A scalar function of a vector, written once over .NET generic math so that it can be evaluated on
/// <see cref="double"/>, <see cref="float"/>, dual and hyper-dual numbers alike.
/// </summary>
public interface IScalarFunction
{
    /// <summary>Evaluates the function at <paramref name="x"/>.</summary>
    /// <typeparam name="T">The number system: a plain floating-point type or a (hyper-)dual number over one.</typeparam>
    /// <param name="x">The point; its length is the function's dimension.</param>
    /// <returns>The function value.</returns>
    T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>;
}
