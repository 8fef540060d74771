using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// The register-blocked GEMM micro-kernel for one vector width: a Rows×(2·Count) tile of C held in
/// 2·Rows vector accumulators, per k step two B vector loads and Rows A broadcasts. One loop serves
/// every width (<typeparamref name="TWidth"/>), packed or in-place A (<see cref="IGemmARows"/>) and full
/// or narrow tiles (<see cref="IGemmTileColumns"/>): all three are structs, so the JIT compiles a separate
/// body per combination with the choices folded away.
/// </summary>
/// <remarks>
/// No call may happen while the accumulators are live (every vector register is caller-saved, and
/// the JIT would then keep them in memory inside the loop): every helper here is inlined, and the
/// generic edge path first spills the accumulators to a stack tile and finishes in a separate method.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/> only (the dispatcher guarantees it).</typeparam>
/// <typeparam name="TVector">The vector type of <typeparamref name="TWidth"/>.</typeparam>
/// <typeparam name="TWidth">The vector width: operations, tile rows (6 or 8) and cache blocking.</typeparam>
internal readonly unsafe struct GemmVectorKernel<T, TVector, TWidth> : IGemmMicroKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TVector : unmanaged
    where TWidth : IGemmVectorWidth<T, TVector>
{
    /// <inheritdoc/>
    public static int MR => TWidth.Rows;

    /// <inheritdoc/>
    public static int NR => 2 * TWidth.Count;

    /// <inheritdoc/>
    public static int KC => TWidth.KC;

    /// <inheritdoc/>
    public static int MC => TWidth.MC;

    /// <inheritdoc/>
    public static int NC => TWidth.NC;

    /// <inheritdoc/>
    public static int NarrowWidth => TWidth.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Run(int kc, T* a, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta) =>
        Tile<GemmPackedA, GemmTwoVectorColumns>(kc, a, 0, b, 2 * TWidth.Count, c, ldc, mValid, nValid, alpha, beta);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RunStridedB(int kc, T* a, T* b, nint ldb, T* c, nint ldc, int mValid, T alpha, T beta) =>
        Tile<GemmPackedA, GemmTwoVectorColumns>(kc, a, 0, b, ldb, c, ldc, mValid, 2 * TWidth.Count, alpha, beta);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RunStridedA(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta) =>
        Tile<GemmStridedA, GemmTwoVectorColumns>(kc, a, lda, b, 2 * TWidth.Count, c, ldc, mValid, nValid, alpha, beta);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RunStridedANarrow(int kc, T* a, nint lda, T* b, T* c, nint ldc, int mValid, int nValid, T alpha, T beta) =>
        Tile<GemmStridedA, GemmOneVectorColumn>(kc, a, lda, b, 2 * TWidth.Count, c, ldc, mValid, nValid, alpha, beta);

    /// <summary>
    /// One tile: <c>C = alpha·A·B + beta·C</c> on its valid <c>mValid × nValid</c> corner (beta zero: C is not read).
    /// B's k steps lie <paramref name="bStride"/> elements apart (2·Count in a packed panel, ldb in place).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile<TRows, TColumns>(int kc, T* a, nint lda, T* b, nint bStride, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
        where TRows : IGemmARows
        where TColumns : IGemmTileColumns
    {
        if (beta == T.Zero)
        {
            Tile<TRows, TColumns, GemmOverwriteC>(kc, a, lda, b, bStride, c, ldc, mValid, nValid, alpha, beta);
        }
        else
        {
            Tile<TRows, TColumns, GemmScaleAndAddC>(kc, a, lda, b, bStride, c, ldc, mValid, nValid, alpha, beta);
        }
    }

    /// <summary><see cref="Tile{TRows, TColumns}"/> with the beta case fixed by <typeparamref name="TUpdate"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile<TRows, TColumns, TUpdate>(int kc, T* a, nint lda, T* b, nint bStride, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
        where TRows : IGemmARows
        where TColumns : IGemmTileColumns
        where TUpdate : IGemmCUpdate
    {
        int w = TWidth.Count;
        bool eightRows = TWidth.Rows == 8;
        T* a0 = TRows.Row(a, lda, 0, mValid);
        T* a1 = TRows.Row(a, lda, 1, mValid);
        T* a2 = TRows.Row(a, lda, 2, mValid);
        T* a3 = TRows.Row(a, lda, 3, mValid);
        T* a4 = TRows.Row(a, lda, 4, mValid);
        T* a5 = TRows.Row(a, lda, 5, mValid);
        T* a6 = TRows.Row(a, lda, 6, mValid);
        T* a7 = TRows.Row(a, lda, 7, mValid);
        nint step = TRows.Step(TWidth.Rows);
        TVector c00 = TWidth.Zero, c01 = TWidth.Zero, c10 = TWidth.Zero, c11 = TWidth.Zero;
        TVector c20 = TWidth.Zero, c21 = TWidth.Zero, c30 = TWidth.Zero, c31 = TWidth.Zero;
        TVector c40 = TWidth.Zero, c41 = TWidth.Zero, c50 = TWidth.Zero, c51 = TWidth.Zero;
        TVector c60 = TWidth.Zero, c61 = TWidth.Zero, c70 = TWidth.Zero, c71 = TWidth.Zero;
        for (nint k = 0, end = kc * step; k < end; k += step)
        {
            TVector b0 = TWidth.Load(b);
            TVector b1 = TColumns.Vectors == 2 ? TWidth.Load(b + w) : b0;
            MultiplyAddRow<TColumns>(a0[k], b0, b1, ref c00, ref c01);
            MultiplyAddRow<TColumns>(a1[k], b0, b1, ref c10, ref c11);
            MultiplyAddRow<TColumns>(a2[k], b0, b1, ref c20, ref c21);
            MultiplyAddRow<TColumns>(a3[k], b0, b1, ref c30, ref c31);
            MultiplyAddRow<TColumns>(a4[k], b0, b1, ref c40, ref c41);
            MultiplyAddRow<TColumns>(a5[k], b0, b1, ref c50, ref c51);
            if (eightRows)
            {
                MultiplyAddRow<TColumns>(a6[k], b0, b1, ref c60, ref c61);
                MultiplyAddRow<TColumns>(a7[k], b0, b1, ref c70, ref c71);
            }

            b += bStride;
        }

        TVector alphaV = TWidth.Broadcast(alpha);
        TVector betaV = TWidth.Broadcast(beta);
        if (mValid == TWidth.Rows && nValid == TColumns.Vectors * w)
        {
            StoreRow<TColumns, TUpdate>(c + (0 * ldc), c00, c01, alphaV, betaV);
            StoreRow<TColumns, TUpdate>(c + (1 * ldc), c10, c11, alphaV, betaV);
            StoreRow<TColumns, TUpdate>(c + (2 * ldc), c20, c21, alphaV, betaV);
            StoreRow<TColumns, TUpdate>(c + (3 * ldc), c30, c31, alphaV, betaV);
            StoreRow<TColumns, TUpdate>(c + (4 * ldc), c40, c41, alphaV, betaV);
            StoreRow<TColumns, TUpdate>(c + (5 * ldc), c50, c51, alphaV, betaV);
            if (eightRows)
            {
                StoreRow<TColumns, TUpdate>(c + (6 * ldc), c60, c61, alphaV, betaV);
                StoreRow<TColumns, TUpdate>(c + (7 * ldc), c70, c71, alphaV, betaV);
            }

            return;
        }

        if (TWidth.HasMasks)
        {
            TVector m0 = TWidth.LaneMask(nValid, 0);
            TVector m1 = TWidth.LaneMask(nValid, w);
            MaskStoreRow<TColumns, TUpdate>(c + (0 * ldc), m0, m1, c00, c01, alphaV, betaV);
            if (mValid > 1) { MaskStoreRow<TColumns, TUpdate>(c + (1 * ldc), m0, m1, c10, c11, alphaV, betaV); }
            if (mValid > 2) { MaskStoreRow<TColumns, TUpdate>(c + (2 * ldc), m0, m1, c20, c21, alphaV, betaV); }
            if (mValid > 3) { MaskStoreRow<TColumns, TUpdate>(c + (3 * ldc), m0, m1, c30, c31, alphaV, betaV); }
            if (mValid > 4) { MaskStoreRow<TColumns, TUpdate>(c + (4 * ldc), m0, m1, c40, c41, alphaV, betaV); }
            if (mValid > 5) { MaskStoreRow<TColumns, TUpdate>(c + (5 * ldc), m0, m1, c50, c51, alphaV, betaV); }
            if (eightRows && mValid > 6) { MaskStoreRow<TColumns, TUpdate>(c + (6 * ldc), m0, m1, c60, c61, alphaV, betaV); }
            if (eightRows && mValid > 7) { MaskStoreRow<TColumns, TUpdate>(c + (7 * ldc), m0, m1, c70, c71, alphaV, betaV); }
            return;
        }

        T* tile = stackalloc T[2 * TWidth.Rows * w];
        SpillRow<TColumns>(tile + (0 * 2 * w), c00, c01);
        SpillRow<TColumns>(tile + (1 * 2 * w), c10, c11);
        SpillRow<TColumns>(tile + (2 * 2 * w), c20, c21);
        SpillRow<TColumns>(tile + (3 * 2 * w), c30, c31);
        SpillRow<TColumns>(tile + (4 * 2 * w), c40, c41);
        SpillRow<TColumns>(tile + (5 * 2 * w), c50, c51);
        if (eightRows)
        {
            SpillRow<TColumns>(tile + (6 * 2 * w), c60, c61);
            SpillRow<TColumns>(tile + (7 * 2 * w), c70, c71);
        }

        StoreEdge(tile, c, ldc, mValid, nValid, alpha, beta);
    }

    /// <summary>One k step of one tile row: <c>lo += x·b0</c> and (two columns) <c>hi += x·b1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MultiplyAddRow<TColumns>(T x, TVector b0, TVector b1, ref TVector lo, ref TVector hi)
        where TColumns : IGemmTileColumns
    {
        TVector broadcast = TWidth.Broadcast(x);
        lo = TWidth.MultiplyAdd(broadcast, b0, lo);
        if (TColumns.Vectors == 2)
        {
            hi = TWidth.MultiplyAdd(broadcast, b1, hi);
        }
    }

    /// <summary>A full tile row: <c>alpha·acc</c>, plus <c>beta·C</c> when <typeparamref name="TUpdate"/> reads C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow<TColumns, TUpdate>(T* cRow, TVector lo, TVector hi, TVector alphaV, TVector betaV)
        where TColumns : IGemmTileColumns
        where TUpdate : IGemmCUpdate
    {
        int w = TWidth.Count;
        TWidth.Store(TUpdate.ReadsC ? TWidth.MultiplyAdd(betaV, TWidth.Load(cRow), TWidth.Multiply(lo, alphaV)) : TWidth.Multiply(lo, alphaV), cRow);
        if (TColumns.Vectors == 2)
        {
            TWidth.Store(TUpdate.ReadsC ? TWidth.MultiplyAdd(betaV, TWidth.Load(cRow + w), TWidth.Multiply(hi, alphaV)) : TWidth.Multiply(hi, alphaV), cRow + w);
        }
    }

    /// <summary><see cref="StoreRow{TColumns, TUpdate}"/> on the lanes of masks <paramref name="m0"/>, <paramref name="m1"/> only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MaskStoreRow<TColumns, TUpdate>(T* cRow, TVector m0, TVector m1, TVector lo, TVector hi, TVector alphaV, TVector betaV)
        where TColumns : IGemmTileColumns
        where TUpdate : IGemmCUpdate
    {
        int w = TWidth.Count;
        TWidth.MaskStore(cRow, m0, TUpdate.ReadsC ? TWidth.MultiplyAdd(betaV, TWidth.MaskLoad(cRow, m0), TWidth.Multiply(lo, alphaV)) : TWidth.Multiply(lo, alphaV));
        if (TColumns.Vectors == 2)
        {
            TWidth.MaskStore(cRow + w, m1, TUpdate.ReadsC ? TWidth.MultiplyAdd(betaV, TWidth.MaskLoad(cRow + w, m1), TWidth.Multiply(hi, alphaV)) : TWidth.Multiply(hi, alphaV));
        }
    }

    /// <summary>A tile row's accumulators to the stack tile (one row = two vectors of space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SpillRow<TColumns>(T* tileRow, TVector lo, TVector hi)
        where TColumns : IGemmTileColumns
    {
        TWidth.Store(lo, tileRow);
        if (TColumns.Vectors == 2)
        {
            TWidth.Store(hi, tileRow + TWidth.Count);
        }
    }

    /// <summary>Edge tile: the same arithmetic as a full tile, on the valid rows and columns only.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreEdge(T* tile, T* c, nint ldc, int mValid, int nValid, T alpha, T beta)
    {
        int w = TWidth.Count;
        bool betaZero = beta == T.Zero;
        TVector alphaV = TWidth.Broadcast(alpha);
        TVector betaV = TWidth.Broadcast(beta);
        T* row = stackalloc T[2 * w];
        for (int i = 0; i < mValid; i++)
        {
            T* cRow = c + (i * ldc);
            for (int j = 0; j < 2 * w; j++)
            {
                row[j] = betaZero || j >= nValid ? T.Zero : cRow[j];
            }

            for (int v = 0; v < 2; v++)
            {
                TVector x = TWidth.Multiply(TWidth.Load(tile + (((2 * i) + v) * w)), alphaV);
                TWidth.Store(betaZero ? x : TWidth.MultiplyAdd(betaV, TWidth.Load(row + (v * w)), x), row + (v * w));
            }

            for (int j = 0; j < nValid; j++)
            {
                cRow[j] = row[j];
            }
        }
    }
}
