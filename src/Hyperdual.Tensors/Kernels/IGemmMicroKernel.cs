using System.Numerics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// A register-blocked GEMM micro-kernel and the cache blocking that suits it. It multiplies a packed
/// A micro-panel (<c>kc</c> steps of <see cref="MR"/> values) by a packed B micro-panel (<c>kc</c> steps of
/// <see cref="NR"/> values) and writes <c>C = alpha·acc + beta·C</c> for the valid <c>mValid × nValid</c>
/// corner of the tile (beta zero: C is not read).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal unsafe interface IGemmMicroKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Rows of the register tile.</summary>
    static abstract int MR { get; }

    /// <summary>Columns of the register tile.</summary>
    static abstract int NR { get; }

    /// <summary>Depth of a k block (a B micro-panel of KC×NR should sit in L1).</summary>
    static abstract int KC { get; }

    /// <summary>Rows of an m block (the packed A block of MC×KC should sit in L2); a multiple of <see cref="MR"/>.</summary>
    static abstract int MC { get; }

    /// <summary>Columns of an n block (the packed B block of KC×NC sits in L3); a multiple of <see cref="NR"/>.</summary>
    static abstract int NC { get; }

    /// <summary>Computes one tile.</summary>
    /// <param name="kc">Depth.</param>
    /// <param name="a">Packed A: kc × MR, k-major.</param>
    /// <param name="b">Packed B: kc × NR, k-major.</param>
    /// <param name="c">Top-left element of the C tile.</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="mValid">Rows of the tile inside C (1..MR).</param>
    /// <param name="nValid">Columns of the tile inside C (1..NR).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="beta">Scale of the existing C; zero means C is not read.</param>
    static abstract void Run(int kc, T* a, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta);

    /// <summary>
    /// <see cref="Run"/> with B read in place: one full panel of <see cref="NR"/> columns whose k steps lie
    /// <paramref name="ldb"/> elements apart (every one of them readable).
    /// </summary>
    /// <param name="kc">The depth.</param>
    /// <param name="a">The packed A panel.</param>
    /// <param name="b">B's first element of the panel.</param>
    /// <param name="ldb">The distance between B's k steps.</param>
    /// <param name="c">C's first element of the tile.</param>
    /// <param name="ldc">C's row stride.</param>
    /// <param name="mValid">The tile's valid rows.</param>
    /// <param name="alpha">The product's factor.</param>
    /// <param name="beta">C's factor.</param>
    static abstract void RunStridedB(int kc, T* a, T* b, nint ldb, T* c, nint ldc, int mValid, T alpha, T beta);

    /// <summary>Computes one tile reading A unpacked, row-major: row i of the tile at <c>a + i·lda</c>, k contiguous.</summary>
    /// <param name="kc">Depth.</param>
    /// <param name="a">Row 0, column 0 of the A block.</param>
    /// <param name="lda">Row stride of A.</param>
    /// <param name="b">Packed B: kc × NR, k-major.</param>
    /// <param name="c">Top-left element of the C tile.</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="mValid">Rows of the tile inside A and C (1..MR); rows past it are never read.</param>
    /// <param name="nValid">Columns of the tile inside C (1..NR).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="beta">Scale of the existing C; zero means C is not read.</param>
    static abstract void RunStridedA(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta);

    /// <summary>Widest tile (≤ NR) <see cref="RunStridedANarrow"/> handles; 0 when the kernel has no narrow variant.</summary>
    static abstract int NarrowWidth { get; }

    /// <summary>
    /// <see cref="RunStridedA"/> for a tile at most <see cref="NarrowWidth"/> columns wide: the same
    /// operations in the same order on the valid columns, without the work on the empty half.
    /// </summary>
    /// <param name="kc">Depth.</param>
    /// <param name="a">Row 0, column 0 of the A block.</param>
    /// <param name="lda">Row stride of A.</param>
    /// <param name="b">Packed B: kc × NR, k-major (only the first NarrowWidth columns are read).</param>
    /// <param name="c">Top-left element of the C tile.</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="mValid">Rows of the tile inside A and C (1..MR).</param>
    /// <param name="nValid">Columns of the tile inside C (1..NarrowWidth).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="beta">Scale of the existing C; zero means C is not read.</param>
    static abstract void RunStridedANarrow(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta);
}
