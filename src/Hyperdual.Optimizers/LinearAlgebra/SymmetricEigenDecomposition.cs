using System.Numerics;

namespace Hyperdual.Optimizers.LinearAlgebra;

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

        // Work on a full symmetric row-major copy built from the lower triangle (overwritten by the reduction).
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = matrix[i, j];
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"The matrix has a non-finite entry at ({i}, {j}).", nameof(matrix));
                }

                a[(i * n) + j] = value;
                a[(j * n) + i] = value;
            }
        }

        var diagonal = new double[n];
        var offDiagonal = new double[n];
        double[] vectorsByRow = Tridiagonalize(a, n, diagonal, offDiagonal);
        DiagonalizeTridiagonal(diagonal, offDiagonal, vectorsByRow, n);
        return SortAscending(diagonal, vectorsByRow, n);
    }

    /// <summary>
    /// Reduces the symmetric row-major matrix <paramref name="a"/> (overwritten) to tridiagonal form
    /// T = QᵀAQ by Householder reflections H = I − β v vᵀ, one per column, and returns Qᵀ row-major (row j
    /// of the result is column j of Q, so every update below runs over contiguous memory).
    /// On return <paramref name="diagonal"/>[i] = Tᵢᵢ and <paramref name="offDiagonal"/>[i] = Tᵢ,ᵢ₊₁ (last entry 0).
    /// </summary>
    private static double[] Tridiagonalize(double[] a, int n, double[] diagonal, double[] offDiagonal)
    {
        var qt = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            qt[(i * n) + i] = 1.0;
        }

        var v = new double[n];
        var p = new double[n];
        var w = new double[n];
        for (int k = 0; k + 2 < n; k++)
        {
            int m = n - k - 1; // length of the trailing block
            int first = k + 1;

            // Column below the sub-diagonal: x = a[k+1.., k] (= row k by symmetry). Scale against overflow.
            ReadOnlySpan<double> column = a.AsSpan((k * n) + first, m);
            double scale = 0.0;
            foreach (double value in column)
            {
                scale = Math.Max(scale, Math.Abs(value));
            }

            if (scale == 0.0)
            {
                continue;
            }

            Span<double> vk = v.AsSpan(first, m);
            double normSquared = 0.0;
            for (int i = 0; i < m; i++)
            {
                vk[i] = column[i] / scale;
                normSquared += vk[i] * vk[i];
            }

            double norm = Math.Sqrt(normSquared);
            // Reflect x onto alpha·e1 with alpha of the opposite sign to x₀ (no cancellation in v₀ = x₀ − alpha).
            double alpha = vk[0] >= 0.0 ? -norm : norm;
            vk[0] -= alpha;
            double vNormSquared = Dot(vk, vk);
            if (vNormSquared == 0.0)
            {
                continue;
            }

            double beta = 2.0 / vNormSquared;

            // Two-sided update of the trailing block B: p = β B v, w = p − (β/2)(vᵀp) v, B ← B − v wᵀ − w vᵀ.
            Span<double> pk = p.AsSpan(first, m);
            for (int i = 0; i < m; i++)
            {
                pk[i] = beta * Dot(a.AsSpan(((first + i) * n) + first, m), vk);
            }

            double half = 0.5 * beta * Dot(vk, pk);
            Axpy(pk, -half, vk);
            for (int i = 0; i < m; i++)
            {
                Span<double> row = a.AsSpan(((first + i) * n) + first, m);
                Axpy(row, -vk[i], pk);
                Axpy(row, -pk[i], vk);
            }

            // Column k becomes (alpha·scale) e1 below the diagonal.
            for (int i = first; i < n; i++)
            {
                a[(i * n) + k] = 0.0;
                a[(k * n) + i] = 0.0;
            }

            a[(first * n) + k] = alpha * scale;
            a[(k * n) + first] = alpha * scale;

            // Q ← Q H, i.e. rows j ≥ k+1 of Qᵀ: row_j ← row_j − β v_j (Σᵢ vᵢ row_i).
            Span<double> wk = w.AsSpan();
            wk.Clear();
            for (int j = 0; j < m; j++)
            {
                Axpy(wk, vk[j], qt.AsSpan((first + j) * n, n));
            }

            for (int j = 0; j < m; j++)
            {
                Axpy(qt.AsSpan((first + j) * n, n), -beta * vk[j], wk);
            }
        }

        for (int i = 0; i < n; i++)
        {
            diagonal[i] = a[(i * n) + i];
            offDiagonal[i] = i + 1 < n ? a[((i + 1) * n) + i] : 0.0;
        }

        return qt;
    }

    /// <summary>
    /// Implicit QL iteration on the symmetric tridiagonal matrix (d, e) with eᵢ coupling i and i+1;
    /// plane rotations are accumulated into rows i, i+1 of <paramref name="vectorsByRow"/> (Qᵀ row-major).
    /// </summary>
    private static void DiagonalizeTridiagonal(double[] d, double[] e, double[] vectorsByRow, int n)
    {
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
                g = d[m] - d[l] + (e[l] / (g + (g >= 0.0 ? r : -r)));
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
                    r = ((d[i] - g) * s) + (2.0 * c * b);
                    p = s * r;
                    d[i + 1] = g + p;
                    g = (c * r) - b;
                    Rotate(vectorsByRow.AsSpan(i * n, n), vectorsByRow.AsSpan((i + 1) * n, n), c, s);
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

    /// <summary>(lower, upper) ← (c·lower − s·upper, s·lower + c·upper), elementwise.</summary>
    private static void Rotate(Span<double> lower, Span<double> upper, double c, double s)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vc = new Vector<double>(c);
            var vs = new Vector<double>(s);
            for (; i <= lower.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var lo = new Vector<double>(lower[i..]);
                var up = new Vector<double>(upper[i..]);
                ((vc * lo) - (vs * up)).CopyTo(lower[i..]);
                ((vs * lo) + (vc * up)).CopyTo(upper[i..]);
            }
        }

        for (; i < lower.Length; i++)
        {
            double lo = lower[i];
            double up = upper[i];
            lower[i] = (c * lo) - (s * up);
            upper[i] = (s * lo) + (c * up);
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0.0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            Vector<double> acc = Vector<double>.Zero;
            for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                acc += new Vector<double>(x[i..]) * new Vector<double>(y[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>y ← y + alpha·x.</summary>
    private static void Axpy(Span<double> y, double alpha, ReadOnlySpan<double> x)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<double>(alpha);
            for (; i <= y.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(y[i..]) + (va * new Vector<double>(x[i..]))).CopyTo(y[i..]);
            }
        }

        for (; i < y.Length; i++)
        {
            y[i] += alpha * x[i];
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

    private static SymmetricEigenDecomposition SortAscending(double[] values, double[] vectorsByRow, int n)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (i, j) => values[i].CompareTo(values[j]));
        var sortedValues = new double[n];
        var sortedVectors = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            sortedValues[k] = values[order[k]];
            int offset = order[k] * n;
            for (int r = 0; r < n; r++)
            {
                sortedVectors[r, k] = vectorsByRow[offset + r];
            }
        }

        return new SymmetricEigenDecomposition(sortedValues, sortedVectors);
    }
}
