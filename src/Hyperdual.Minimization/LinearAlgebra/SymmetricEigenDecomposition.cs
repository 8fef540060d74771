namespace Hyperdual.Minimization.LinearAlgebra;

/// <summary>
/// The eigendecomposition <c>A = Q diag(λ) Qᵀ</c> of a real symmetric matrix, computed by Householder
/// reduction to tridiagonal form followed by the implicit QL algorithm with Wilkinson-type shifts.
/// Eigenvalues are sorted ascending; column <c>k</c> of <see cref="Vectors"/> is the unit eigenvector of
/// <c>Values[k]</c>.
/// </summary>
public sealed class SymmetricEigenDecomposition
{
    private const int MaxQlIterationsPerEigenvalue = 60;
    private const double MachineEpsilon = 2.220446049250313e-16;

    private SymmetricEigenDecomposition(double[] values, double[,] vectors)
    {
        Values = values;
        Vectors = vectors;
    }

    /// <summary>The eigenvalues in ascending order.</summary>
    public double[] Values { get; }

    /// <summary>The orthonormal eigenvectors, one per column, in the order of <see cref="Values"/>.</summary>
    public double[,] Vectors { get; }

    /// <summary>The matrix order.</summary>
    public int Order => Values.Length;

    /// <summary>Decomposes the symmetric matrix <paramref name="matrix"/> (only its lower triangle is read).</summary>
    /// <param name="matrix">A square symmetric matrix with finite entries.</param>
    /// <returns>The eigenvalues and eigenvectors.</returns>
    /// <exception cref="ArgumentException">The matrix is not square or has a non-finite entry.</exception>
    /// <exception cref="ArithmeticException">The QL iteration did not converge (not expected for finite input).</exception>
    public static SymmetricEigenDecomposition Compute(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"The matrix must be square; it is {n}×{matrix.GetLength(1)}.", nameof(matrix));
        }

        // Work on a full symmetric copy built from the lower triangle (overwritten by the reduction).
        var q = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = matrix[i, j];
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"The matrix has a non-finite entry at ({i}, {j}).", nameof(matrix));
                }

                q[i, j] = value;
                q[j, i] = value;
            }
        }

        var diagonal = new double[n];
        var offDiagonal = new double[n];
        double[,] accumulated = Tridiagonalize(q, diagonal, offDiagonal);
        DiagonalizeTridiagonal(diagonal, offDiagonal, accumulated);
        return SortAscending(diagonal, accumulated);
    }

    /// <summary>
    /// Reduces the symmetric matrix <paramref name="a"/> (overwritten) to tridiagonal form T = QᵀAQ by
    /// Householder reflections H = I − β v vᵀ, one per column; returns Q.
    /// On return <paramref name="diagonal"/>[i] = Tᵢᵢ and <paramref name="offDiagonal"/>[i] = Tᵢ,ᵢ₊₁ (last entry 0).
    /// </summary>
    private static double[,] Tridiagonalize(double[,] a, double[] diagonal, double[] offDiagonal)
    {
        int n = diagonal.Length;
        var q = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            q[i, i] = 1.0;
        }

        var v = new double[n];
        var p = new double[n];
        for (int k = 0; k + 2 < n; k++)
        {
            // Column below the sub-diagonal: x = a[k+1.., k]. Scale to avoid overflow in the norm.
            double scale = 0.0;
            for (int i = k + 1; i < n; i++)
            {
                scale = Math.Max(scale, Math.Abs(a[i, k]));
            }

            if (scale == 0.0)
            {
                continue;
            }

            double normSquared = 0.0;
            for (int i = k + 1; i < n; i++)
            {
                v[i] = a[i, k] / scale;
                normSquared += v[i] * v[i];
            }

            double norm = Math.Sqrt(normSquared);
            // Reflect x onto alpha·e1 with alpha of the opposite sign to x₀ (no cancellation in v₀ = x₀ − alpha).
            double alpha = v[k + 1] >= 0.0 ? -norm : norm;
            v[k + 1] -= alpha;
            double vNormSquared = 0.0;
            for (int i = k + 1; i < n; i++)
            {
                vNormSquared += v[i] * v[i];
            }

            if (vNormSquared == 0.0)
            {
                continue;
            }

            double beta = 2.0 / vNormSquared;

            // Two-sided update of the trailing block B = a[k+1.., k+1..]:
            // p = β B v, w = p − (β/2)(vᵀp) v, B ← B − v wᵀ − w vᵀ.
            double vTp = 0.0;
            for (int i = k + 1; i < n; i++)
            {
                double sum = 0.0;
                for (int j = k + 1; j < n; j++)
                {
                    sum += a[i, j] * v[j];
                }

                p[i] = beta * sum;
                vTp += v[i] * p[i];
            }

            double half = 0.5 * beta * vTp;
            for (int i = k + 1; i < n; i++)
            {
                p[i] -= half * v[i];
            }

            for (int i = k + 1; i < n; i++)
            {
                for (int j = k + 1; j < n; j++)
                {
                    a[i, j] -= v[i] * p[j] + p[i] * v[j];
                }
            }

            // Column k becomes (alpha·scale) e1 below the diagonal.
            a[k + 1, k] = alpha * scale;
            a[k, k + 1] = alpha * scale;
            for (int i = k + 2; i < n; i++)
            {
                a[i, k] = 0.0;
                a[k, i] = 0.0;
            }

            // Q ← Q H.
            for (int r = 0; r < n; r++)
            {
                double dot = 0.0;
                for (int j = k + 1; j < n; j++)
                {
                    dot += q[r, j] * v[j];
                }

                dot *= beta;
                for (int j = k + 1; j < n; j++)
                {
                    q[r, j] -= dot * v[j];
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            diagonal[i] = a[i, i];
            offDiagonal[i] = i + 1 < n ? a[i + 1, i] : 0.0;
        }

        return q;
    }

    /// <summary>
    /// Implicit QL iteration on the symmetric tridiagonal matrix (d, e) with eᵢ coupling i and i+1;
    /// plane rotations are accumulated into the columns of <paramref name="vectors"/>.
    /// </summary>
    private static void DiagonalizeTridiagonal(double[] d, double[] e, double[,] vectors)
    {
        int n = d.Length;
        for (int l = 0; l < n; l++)
        {
            int iterations = 0;
            while (true)
            {
                // Find the first negligible off-diagonal element at or after l.
                int m = l;
                while (m < n - 1)
                {
                    double magnitude = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= MachineEpsilon * magnitude)
                    {
                        break;
                    }

                    m++;
                }

                if (m == l)
                {
                    break;
                }

                if (++iterations > MaxQlIterationsPerEigenvalue)
                {
                    throw new ArithmeticException("The symmetric QL iteration did not converge.");
                }

                // Wilkinson-type shift from the leading 2×2 block of the unreduced part.
                double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                double r = Hypot(g, 1.0);
                g = d[m] - d[l] + e[l] / (g + (g >= 0.0 ? r : -r));
                double s = 1.0;
                double c = 1.0;
                double p = 0.0;
                bool deflatedEarly = false;
                for (int i = m - 1; i >= l; i--)
                {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0.0)
                    {
                        // Underflow: the matrix splits here; restart the sweep.
                        d[i + 1] -= p;
                        e[m] = 0.0;
                        deflatedEarly = true;
                        break;
                    }

                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2.0 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                    int rows = vectors.GetLength(0);
                    for (int k = 0; k < rows; k++)
                    {
                        double upper = vectors[k, i + 1];
                        vectors[k, i + 1] = s * vectors[k, i] + c * upper;
                        vectors[k, i] = c * vectors[k, i] - s * upper;
                    }
                }

                if (deflatedEarly)
                {
                    continue;
                }

                d[l] -= p;
                e[l] = g;
                e[m] = 0.0;
            }
        }
    }

    private static double Hypot(double a, double b)
    {
        double absA = Math.Abs(a);
        double absB = Math.Abs(b);
        if (absA > absB)
        {
            double ratio = absB / absA;
            return absA * Math.Sqrt(1.0 + ratio * ratio);
        }

        if (absB == 0.0)
        {
            return 0.0;
        }

        double ratioB = absA / absB;
        return absB * Math.Sqrt(1.0 + ratioB * ratioB);
    }

    private static SymmetricEigenDecomposition SortAscending(double[] values, double[,] vectors)
    {
        int n = values.Length;
        int[] order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (i, j) => values[i].CompareTo(values[j]));
        var sortedValues = new double[n];
        var sortedVectors = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            sortedValues[k] = values[order[k]];
            for (int r = 0; r < n; r++)
            {
                sortedVectors[r, k] = vectors[r, order[k]];
            }
        }

        return new SymmetricEigenDecomposition(sortedValues, sortedVectors);
    }
}
