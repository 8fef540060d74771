namespace Hyperdual.Optimizers.LinearAlgebra;

/// <summary>
/// The Cholesky factorisation <c>A = L Lᵀ</c> of a symmetric positive-definite matrix, with a solver for
/// <c>A x = b</c>.
/// </summary>
public sealed class CholeskyFactorization
{
    private readonly double[,] _lower;

    private CholeskyFactorization(double[,] lower)
    {
        _lower = lower;
    }

    /// <summary>The matrix order.</summary>
    public int Order => _lower.GetLength(0);

    /// <summary>The lower-triangular factor <c>L</c> (entry (i, j) for j ≤ i).</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    /// <returns><c>L[row, column]</c>, zero above the diagonal.</returns>
    public double Lower(int row, int column) => column <= row ? _lower[row, column] : 0.0;

    /// <summary>
    /// Tries to factor the symmetric matrix <paramref name="matrix"/> (only its lower triangle is read).
    /// </summary>
    /// <param name="matrix">A square symmetric matrix.</param>
    /// <param name="factorization">The factorisation when the matrix is numerically positive definite.</param>
    /// <returns><see langword="true"/> when every pivot was positive and finite.</returns>
    /// <exception cref="ArgumentException">The matrix is not square.</exception>
    public static bool TryFactor(double[,] matrix, out CholeskyFactorization? factorization)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"The matrix must be square; it is {n}×{matrix.GetLength(1)}.", nameof(matrix));
        }

        var lower = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            double pivot = matrix[j, j];
            for (int k = 0; k < j; k++)
            {
                pivot -= lower[j, k] * lower[j, k];
            }

            if (!(pivot > 0.0) || !double.IsFinite(pivot))
            {
                factorization = null;
                return false;
            }

            double root = Math.Sqrt(pivot);
            lower[j, j] = root;
            for (int i = j + 1; i < n; i++)
            {
                double sum = matrix[i, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = sum / root;
            }
        }

        factorization = new CholeskyFactorization(lower);
        return true;
    }

    /// <summary>Solves <c>A x = b</c>.</summary>
    /// <param name="rightHandSide">The vector <c>b</c>, of length <see cref="Order"/>.</param>
    /// <returns>The solution <c>x</c>.</returns>
    /// <exception cref="ArgumentException">The vector length differs from the matrix order.</exception>
    public double[] Solve(ReadOnlySpan<double> rightHandSide)
    {
        int n = Order;
        if (rightHandSide.Length != n)
        {
            throw new ArgumentException($"The right-hand side has length {rightHandSide.Length}; the matrix order is {n}.", nameof(rightHandSide));
        }

        var x = rightHandSide.ToArray();
        for (int i = 0; i < n; i++)
        {
            double sum = x[i];
            for (int k = 0; k < i; k++)
            {
                sum -= _lower[i, k] * x[k];
            }

            x[i] = sum / _lower[i, i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int k = i + 1; k < n; k++)
            {
                sum -= _lower[k, i] * x[k];
            }

            x[i] = sum / _lower[i, i];
        }

        return x;
    }
}
