namespace Hyperdual.Minimization.LinearAlgebra;

/// <summary>Small dense vector and matrix helpers used by the minimisers.</summary>
internal static class VectorOperations
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public static double Norm(ReadOnlySpan<double> a)
    {
        // Scaled to avoid overflow for large entries.
        double scale = 0.0;
        foreach (double value in a)
        {
            scale = Math.Max(scale, Math.Abs(value));
        }

        if (scale == 0.0 || !double.IsFinite(scale))
        {
            return scale;
        }

        double sum = 0.0;
        foreach (double value in a)
        {
            double scaled = value / scale;
            sum += scaled * scaled;
        }

        return scale * Math.Sqrt(sum);
    }

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

    /// <summary>The quadratic model change <c>gᵀp + ½ pᵀHp</c>.</summary>
    public static double QuadraticModel(ReadOnlySpan<double> gradient, double[,] hessian, ReadOnlySpan<double> step)
    {
        double[] hp = Multiply(hessian, step);
        return Dot(gradient, step) + 0.5 * Dot(step, hp);
    }

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
