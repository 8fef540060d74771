using System.Numerics;

namespace Hyperdual;

/// <summary>
/// The argument checks shared by <see cref="Derivatives"/> (forward mode) and <see cref="ReverseDerivatives"/>
/// (reverse mode), so both reject bad input with the same exceptions, names and messages.
/// </summary>
internal static class DerivativeArguments
{
    internal static void ValidatePoint<T>(IScalarFunction f, ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(f);
        if (x.IsEmpty)
        {
            throw new ArgumentException("The point must have at least one coordinate.", nameof(x));
        }

        for (int i = 0; i < x.Length; i++)
        {
            if (!T.IsFinite(x[i]))
            {
                throw new ArgumentException($"Coordinate {i} of the point is {x[i]}; every coordinate must be finite.", nameof(x));
            }
        }
    }

    internal static void ValidateDirection<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> direction, string paramName)
        where T : IFloatingPointIeee754<T>
    {
        if (direction.Length != x.Length)
        {
            throw new ArgumentException(
                $"The direction has {direction.Length} coordinates but the point has {x.Length}.", paramName);
        }

        for (int i = 0; i < direction.Length; i++)
        {
            if (!T.IsFinite(direction[i]))
            {
                throw new ArgumentException($"Coordinate {i} of the direction is {direction[i]}; every coordinate must be finite.", paramName);
            }
        }
    }

    /// <summary>Refuses an n×n matrix of <typeparamref name="T"/> that cannot fit in memory, before it is allocated.</summary>
    internal static void EnsureMatrixFits<T>(int n, string what) =>
        MemoryBudget.Ensure((double)n * n * System.Runtime.CompilerServices.Unsafe.SizeOf<T>(), $"the {n}×{n} {what}");
}
