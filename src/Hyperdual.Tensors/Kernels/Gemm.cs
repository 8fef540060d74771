using System.Numerics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// General matrix multiply on row-major spans: <c>C = alpha * op(A) * op(B) + beta * C</c>, where
/// <c>op(A)</c> is m×k, <c>op(B)</c> is k×n and <c>C</c> is m×n. When <c>beta</c> is zero, <c>C</c> is
/// not read (NaN in C does not propagate), as in BLAS. "Zero" means exactly zero in every part for
/// number types with perturbation parts (a beta of <c>0 + ε</c> still reads C).
/// </summary>
/// <remarks>
/// <see cref="float"/> and <see cref="double"/> run packed, cache-blocked, register-blocked SIMD
/// kernels at the selected <see cref="SimdLevel"/>; any other element type runs the generic scalar
/// kernel. For a given thread count and level the result is deterministic, and it is bit-identical
/// across thread counts (each element is always summed in the same order).
/// </remarks>
public static class Gemm
{
    /// <summary>
    /// <c>C = alpha * op(A) * op(B) + beta * C</c> at <see cref="KernelSettings.SimdLevel"/> with up to
    /// <see cref="KernelSettings.MaxThreads"/> threads.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="transA">Whether A is used transposed.</param>
    /// <param name="transB">Whether B is used transposed.</param>
    /// <param name="m">Rows of op(A) and C.</param>
    /// <param name="n">Columns of op(B) and C.</param>
    /// <param name="k">Columns of op(A), rows of op(B).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="a">Stored A: m×k row-major (or k×m when transposed) with row stride <paramref name="lda"/>.</param>
    /// <param name="lda">Row stride of stored A.</param>
    /// <param name="b">Stored B: k×n row-major (or n×k when transposed) with row stride <paramref name="ldb"/>.</param>
    /// <param name="ldb">Row stride of stored B.</param>
    /// <param name="beta">Scale of the existing C; zero means C is overwritten without being read.</param>
    /// <param name="c">C: m×n row-major with row stride <paramref name="ldc"/>.</param>
    /// <param name="ldc">Row stride of C.</param>
    public static void Multiply<T>(
        Transpose transA, Transpose transB, int m, int n, int k,
        T alpha, ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Multiply(KernelSettings.SimdLevel, KernelSettings.MaxThreads, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

    /// <summary>
    /// <c>C = alpha * op(A) * op(B) + beta * C</c> at an explicit <paramref name="level"/> with up to
    /// <see cref="KernelSettings.MaxThreads"/> threads.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="level">The SIMD level (ignored, i.e. scalar, for element types other than float and double).</param>
    /// <param name="transA">Whether A is used transposed.</param>
    /// <param name="transB">Whether B is used transposed.</param>
    /// <param name="m">Rows of op(A) and C.</param>
    /// <param name="n">Columns of op(B) and C.</param>
    /// <param name="k">Columns of op(A), rows of op(B).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="a">Stored A: m×k row-major (or k×m when transposed) with row stride <paramref name="lda"/>.</param>
    /// <param name="lda">Row stride of stored A.</param>
    /// <param name="b">Stored B: k×n row-major (or n×k when transposed) with row stride <paramref name="ldb"/>.</param>
    /// <param name="ldb">Row stride of stored B.</param>
    /// <param name="beta">Scale of the existing C; zero means C is overwritten without being read.</param>
    /// <param name="c">C: m×n row-major with row stride <paramref name="ldc"/>.</param>
    /// <param name="ldc">Row stride of C.</param>
    public static void Multiply<T>(
        SimdLevel level, Transpose transA, Transpose transB, int m, int n, int k,
        T alpha, ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Multiply(level, KernelSettings.MaxThreads, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

    /// <summary>
    /// <c>C = alpha * op(A) * op(B) + beta * C</c> at an explicit <paramref name="level"/> with up to
    /// <paramref name="maxThreads"/> threads (1 = run on the calling thread only).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="level">The SIMD level (ignored, i.e. scalar, for element types other than float and double).</param>
    /// <param name="maxThreads">The most threads to use, the calling thread included; at least 1.</param>
    /// <param name="transA">Whether A is used transposed.</param>
    /// <param name="transB">Whether B is used transposed.</param>
    /// <param name="m">Rows of op(A) and C.</param>
    /// <param name="n">Columns of op(B) and C.</param>
    /// <param name="k">Columns of op(A), rows of op(B).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="a">Stored A: m×k row-major (or k×m when transposed) with row stride <paramref name="lda"/>.</param>
    /// <param name="lda">Row stride of stored A.</param>
    /// <param name="b">Stored B: k×n row-major (or n×k when transposed) with row stride <paramref name="ldb"/>.</param>
    /// <param name="ldb">Row stride of stored B.</param>
    /// <param name="beta">Scale of the existing C; zero means C is overwritten without being read.</param>
    /// <param name="c">C: m×n row-major with row stride <paramref name="ldc"/>.</param>
    /// <param name="ldc">Row stride of C.</param>
    public static void Multiply<T>(
        SimdLevel level, int maxThreads, Transpose transA, Transpose transB, int m, int n, int k,
        T alpha, ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Validate(level, maxThreads, transA, transB, m, n, k, a, lda, b, ldb, c, ldc);
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0 || ScalarChecks.IsExactlyZero(alpha))
        {
            ScaleC(m, n, beta, c, ldc);
            return;
        }

        GemmDispatch.Run(level, maxThreads, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    /// <summary>C = beta * C over the m×n view (zeros when beta is zero, without reading C).</summary>
    private static void ScaleC<T>(int m, int n, T beta, Span<T> c, int ldc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < m; i++)
        {
            Span<T> row = c.Slice(i * ldc, n);
            if (ScalarChecks.IsExactlyZero(beta))
            {
                row.Clear();
            }
            else if (!ScalarChecks.IsExactlyOne(beta))
            {
                for (int j = 0; j < row.Length; j++)
                {
                    row[j] = beta * row[j];
                }
            }
        }
    }

    private static void Validate<T>(
        SimdLevel level, int maxThreads, Transpose transA, Transpose transB, int m, int n, int k,
        ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, Span<T> c, int ldc)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown SIMD level.");
        }

        if (!Enum.IsDefined(transA))
        {
            throw new ArgumentOutOfRangeException(nameof(transA), transA, "Unknown transpose value.");
        }

        if (!Enum.IsDefined(transB))
        {
            throw new ArgumentOutOfRangeException(nameof(transB), transB, "Unknown transpose value.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        KernelArguments.NonNegative(m, nameof(m));
        KernelArguments.NonNegative(n, nameof(n));
        KernelArguments.NonNegative(k, nameof(k));

        (int aRows, int aCols) = transA == Transpose.None ? (m, k) : (k, m);
        (int bRows, int bCols) = transB == Transpose.None ? (k, n) : (n, k);
        RequireStride(lda, aCols, nameof(lda));
        RequireStride(ldb, bCols, nameof(ldb));
        RequireStride(ldc, n, nameof(ldc));
        KernelArguments.RequireLength(a.Length, KernelArguments.MatrixExtent(aRows, aCols, lda), nameof(a));
        KernelArguments.RequireLength(b.Length, KernelArguments.MatrixExtent(bRows, bCols, ldb), nameof(b));
        KernelArguments.RequireLength(c.Length, KernelArguments.MatrixExtent(m, n, ldc), nameof(c));
    }

    private static void RequireStride(int ld, int cols, string paramName)
    {
        if (ld < Math.Max(1, cols))
        {
            throw new ArgumentOutOfRangeException(
                paramName, ld, $"Row stride '{paramName}' must be at least max(1, {cols}), the stored row length.");
        }
    }
}
