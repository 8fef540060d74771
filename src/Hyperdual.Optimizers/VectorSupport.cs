using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>Whether the optimizers' update loops take the <see cref="Vector{T}"/> path.</summary>
internal static class VectorSupport
{
    /// <summary>Whether <see cref="Vector{T}"/> is hardware-accelerated for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>Whether to use the vector path.</returns>
    public static bool IsAccelerated<T>() where T : unmanaged, INumber<T> => Vector.IsHardwareAccelerated && Vector<T>.IsSupported;
}
