namespace Hyperdual.Tensors;

/// <summary>Shape arithmetic and validation shared by tensors, jets and ops.</summary>
public static class TensorShape
{
    /// <summary>The product of the dimensions (1 for a scalar shape).</summary>
    /// <param name="shape">The dimensions.</param>
    /// <returns>The number of elements.</returns>
    public static int Product(ReadOnlySpan<int> shape)
    {
        long product = 1;
        foreach (int d in shape)
        {
            product *= d;
        }

        return product > int.MaxValue
            ? throw new ArgumentException($"The shape {Format(shape)} has more than {int.MaxValue} elements.", nameof(shape))
            : (int)product;
    }

    /// <summary>Formats a shape as <c>[a, b, c]</c>.</summary>
    /// <param name="shape">The dimensions.</param>
    /// <returns>The text.</returns>
    public static string Format(ReadOnlySpan<int> shape) => "[" + string.Join(", ", shape.ToArray()) + "]";

    internal static int[] Validate(int[]? shape, string paramName)
    {
        ArgumentNullException.ThrowIfNull(shape, paramName);
        foreach (int d in shape)
        {
            if (d < 0)
            {
                throw new ArgumentException($"The shape {Format(shape)} has a negative dimension.", paramName);
            }
        }

        _ = Product(shape);
        return (int[])shape.Clone();
    }

    internal static int NormalizeAxis(int axis, int rank, string paramName)
    {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank)
        {
            throw new ArgumentOutOfRangeException(paramName, axis, $"The axis must lie in [{-rank}, {rank}).");
        }

        return a;
    }

    internal static int[] ResolveReshape(int[]? shape, int length, string paramName)
    {
        ArgumentNullException.ThrowIfNull(shape, paramName);
        int inferred = -1;
        long known = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] == -1)
            {
                if (inferred >= 0)
                {
                    throw new ArgumentException($"The shape {Format(shape)} infers more than one dimension (−1).", paramName);
                }

                inferred = i;
            }
            else if (shape[i] < 0)
            {
                throw new ArgumentException($"The shape {Format(shape)} has a negative dimension.", paramName);
            }
            else
            {
                known *= shape[i];
            }
        }

        int[] result = (int[])shape.Clone();
        if (inferred >= 0)
        {
            if (known == 0 || length % known != 0)
            {
                throw new ArgumentException($"Cannot reshape {length} elements to {Format(shape)}.", paramName);
            }

            result[inferred] = (int)(length / known);
        }
        else if (known != length)
        {
            throw new ArgumentException($"Cannot reshape {length} elements to {Format(shape)}.", paramName);
        }

        return result;
    }

    internal static bool SameShape(ReadOnlySpan<int> a, ReadOnlySpan<int> b) => a.SequenceEqual(b);

    /// <summary>Whether <paramref name="suffix"/> equals the trailing dimensions of <paramref name="shape"/> (a scalar always does).</summary>
    internal static bool IsSuffixOf(ReadOnlySpan<int> suffix, ReadOnlySpan<int> shape)
    {
        if (Product(suffix) == 1)
        {
            return true;
        }

        return suffix.Length <= shape.Length && shape[(shape.Length - suffix.Length)..].SequenceEqual(suffix);
    }
}
