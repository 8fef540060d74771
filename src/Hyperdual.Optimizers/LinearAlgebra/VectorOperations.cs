using System.Numerics.Tensors;

namespace Hyperdual.Optimizers.LinearAlgebra;

/// <summary>Small dense vector and matrix helpers used by the optimizers and the minimisers.</summary>
public static class VectorOperations
{
    /// <summary>2⁻⁴⁵⁰: entries this large or larger square to normal numbers.</summary>
    private static readonly double SquareSafeMinimum = Math.ScaleB(1.0, -450);

    /// <summary>2⁴⁵⁰: entries up to this large square without overflow, even summed 2⁵⁰ times.</summary>
    private static readonly double SquareSafeMaximum = Math.ScaleB(1.0, 450);

    /// <summary>The dot product aᵀb.</summary>
    /// <param name="a">One vector.</param>
    /// <param name="b">The other, as long.</param>
    /// <returns>The sum of the products.</returns>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The Euclidean norm ‖a‖, scaled by the largest entry so it overflows only when the result does
    /// (a non-finite entry gives NaN or ∞).</summary>
    /// <param name="a">The vector.</param>
    /// <returns>The norm.</returns>
    public static double Norm(ReadOnlySpan<double> a)
    {
        if (a.IsEmpty)
        {
            return 0.0;
        }

        double scale = Math.Abs(TensorPrimitives.MaxMagnitude(a));
        if (scale == 0.0 || !double.IsFinite(scale))
        {
            return scale;
        }

        // Within these bounds no square overflows, the largest square is a normal number, and squares that
        // underflow are below its rounding, so the plain (vectorised) sum of squares is as accurate as the
        // scaled one; outside them every entry is divided by the largest first.
        if (scale >= SquareSafeMinimum && scale <= SquareSafeMaximum)
        {
            return Math.Sqrt(TensorPrimitives.SumOfSquares(a));
        }

        double sum = 0.0;
        foreach (double value in a)
        {
            double scaled = value / scale;
            sum += scaled * scaled;
        }

        return scale * Math.Sqrt(sum);
    }

    /// <summary>The product of a matrix and a vector.</summary>
    /// <param name="matrix">The matrix, rows × columns.</param>
    /// <param name="vector">The vector, as long as a row.</param>
    /// <returns>A new vector of length rows.</returns>
    public static double[] Multiply(double[,] matrix, ReadOnlySpan<double> vector)
    {
        int rows = matrix.GetLength(0);
        int columns = matrix.GetLength(1);
        var result = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0.0;
            for (int j = 0; j < columns; j++)
            {
                sum += matrix[i, j] * vector[j];
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>Whether every entry of <paramref name="values"/> is finite.</summary>
    /// <param name="values">The values.</param>
    /// <returns><see langword="true"/> when no entry is NaN or infinite.</returns>
    public static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every entry of <paramref name="matrix"/> is finite.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns><see langword="true"/> when no entry is NaN or infinite.</returns>
    public static bool AllFinite(double[,] matrix)
    {
        foreach (double value in matrix)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
