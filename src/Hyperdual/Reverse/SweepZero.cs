using System.Numerics;
using System.Reflection;

namespace Hyperdual;

/// <summary>
/// The zero test of the reverse sweep: <see cref="StructuralZero.IsZero{T}(T)"/> without boxing. For a plain
/// scalar it is <c>T.IsZero</c>; for a nested dual number (a value type implementing <see cref="IStructuralZero"/>)
/// it calls the interface through a generic constraint, once per type bound to a delegate, so the sweep over a
/// <c>GradientTape&lt;Dual&lt;double&gt;&gt;</c> allocates nothing per node.
/// </summary>
/// <typeparam name="T">The scalar type of the tape.</typeparam>
internal static class SweepZero<T>
    where T : INumberBase<T>
{
    /// <summary>Whether <typeparamref name="T"/> is a nested number whose perturbation parts must be zero too.</summary>
    private static readonly bool Nested = typeof(T).IsValueType && typeof(IStructuralZero).IsAssignableFrom(typeof(T));

    /// <summary>The constrained (non-boxing) test for a nested value type, or null.</summary>
    private static readonly Func<T, bool>? NestedTest = Nested ? CreateNestedTest() : null;

    /// <summary>Whether <paramref name="x"/> is zero in every part.</summary>
    public static bool IsZero(T x) => Nested ? NestedTest!(x) : StructuralZero.IsZero(x);

    private static Func<T, bool> CreateNestedTest()
    {
        MethodInfo method = typeof(SweepZero<T>)
            .GetMethod(nameof(IsStructurallyZero), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeof(T));
        return method.CreateDelegate<Func<T, bool>>();
    }

    private static bool IsStructurallyZero<TNested>(TNested x)
        where TNested : struct, IStructuralZero
        => x.IsStructurallyZero;
}
