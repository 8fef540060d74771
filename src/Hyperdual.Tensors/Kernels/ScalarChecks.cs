using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Exact zero/one tests for the alpha and beta scalars. Number types such as <c>HyperDual&lt;T&gt;</c>
/// compare by value only with <c>==</c>, so <c>1 + ε</c> "equals" 1; a shortcut taken on <c>==</c> alone
/// would drop the perturbation. These tests also require <see cref="IEquatable{T}.Equals(T)"/>, which
/// compares every part (for <see cref="float"/> and <see cref="double"/> it agrees with <c>==</c>).
/// </summary>
internal static class ScalarChecks
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactlyZero<T>(T value)
        where T : IFloatingPointIeee754<T> =>
        value == T.Zero && value.Equals(T.Zero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactlyOne<T>(T value)
        where T : IFloatingPointIeee754<T> =>
        value == T.One && value.Equals(T.One);
}
