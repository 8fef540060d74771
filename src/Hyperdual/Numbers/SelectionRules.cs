using System.Numerics;

namespace Hyperdual;

/// <summary>
/// The one copy of the choice rules of the selection functions (Max, Min and their variants) and of Clamp,
/// decided on values alone; each number type then returns the chosen argument with its own parts.
/// </summary>
/// <typeparam name="T">The scalar type of the values.</typeparam>
internal static class SelectionRules<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>
    /// Which argument a selection function picks, given the value <paramref name="result"/> that
    /// <typeparamref name="T"/>'s own function chose.
    /// <list type="number">
    /// <item>The values differ: the argument whose value is the result.</item>
    /// <item>The values are equal: a tie (each number type averages the arguments' parts).</item>
    /// <item>NaN: the NaN argument when the result is NaN, otherwise the number chosen over it.</item>
    /// </list>
    /// </summary>
    /// <param name="x">The first argument's value.</param>
    /// <param name="y">The second argument's value.</param>
    /// <param name="result">The value <typeparamref name="T"/>'s function returned.</param>
    /// <returns>The choice.</returns>
    public static Selection Select(T x, T y, T result)
    {
        if (x == y)
        {
            // Case 2: a tie.
            return Selection.Tie;
        }

        if (T.IsNaN(result))
        {
            // Case 3.
            return T.IsNaN(x) ? Selection.First : Selection.Second;
        }

        // Cases 1 and 3 (a number chosen over NaN).
        return result == x ? Selection.First : Selection.Second;
    }

    /// <summary>
    /// Which of the value and the bounds Clamp returns: the lower bound below it, the upper bound above it,
    /// otherwise the value (inside, on a bound, or NaN).
    /// </summary>
    /// <param name="value">The value to clamp.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    public static ClampChoice Clamp(T value, T min, T max)
    {
        if (min > max)
        {
            throw new ArgumentException($"The lower bound {min} is greater than the upper bound {max}.", nameof(min));
        }

        if (value < min)
        {
            // Case 2, below.
            return ClampChoice.LowerBound;
        }

        // Case 2 above, or cases 1, 3 and 4.
        return value > max ? ClampChoice.UpperBound : ClampChoice.Value;
    }
}
