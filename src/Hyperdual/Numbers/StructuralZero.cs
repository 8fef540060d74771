using System.Numerics;

namespace Hyperdual;

/// <summary>
/// Implemented by the dual number types so that a nested number (whose comparisons look only at the
/// value) can still be asked whether every one of its parts is zero.
/// </summary>
internal interface IStructuralZero
{
    /// <summary>Gets whether the value and every perturbation part, recursively, is zero.</summary>
    bool IsStructurallyZero { get; }
}

/// <summary>Zero tests that see through nested dual numbers.</summary>
internal static class StructuralZero
{
    /// <summary>
    /// Whether <paramref name="x"/> is zero in every part: for a plain scalar the same as
    /// <c>T.IsZero</c>; for a nested dual number every part must be zero, not only its value.
    /// </summary>
    public static bool IsZero<T>(T x)
        where T : INumberBase<T>
        => x is IStructuralZero nested ? nested.IsStructurallyZero : T.IsZero(x);

    /// <summary>
    /// <paramref name="derivative"/> × <paramref name="tangent"/>, except that a structurally zero tangent
    /// gives zero even when the derivative is infinite or NaN: a part that does not move stays still.
    /// </summary>
    public static T Times<T>(T derivative, T tangent)
        where T : INumberBase<T>
        => IsZero(tangent) ? T.Zero : derivative * tangent;
}
