namespace Hyperdual.Tensors.Kernels;

/// <summary>Argument checks shared by the kernels; every failure names the argument and the problem.</summary>
internal static class KernelArguments
{
    /// <summary>Throws when a span is shorter than needed.</summary>
    public static void RequireLength(int length, long required, string paramName)
    {
        if (length < required)
        {
            throw new ArgumentException(
                $"Span '{paramName}' has {length} elements but at least {required} are required.", paramName);
        }
    }

    /// <summary>Throws when a dimension is negative.</summary>
    public static void NonNegative(int value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be non-negative.");
        }
    }

    /// <summary>Throws when a dimension is not positive.</summary>
    public static void Positive(int value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be positive.");
        }
    }

    /// <summary>Elements a row-major matrix view with <paramref name="rows"/> rows of <paramref name="cols"/> used columns and row stride <paramref name="ld"/> spans.</summary>
    public static long MatrixExtent(int rows, int cols, int ld) =>
        rows == 0 || cols == 0 ? 0 : ((long)(rows - 1) * ld) + cols;

    /// <summary>Product of dimensions as a long (no overflow for any int inputs up to four factors).</summary>
    public static long Product(int a, int b, int c, int d) => (long)a * b * c * d;
}
