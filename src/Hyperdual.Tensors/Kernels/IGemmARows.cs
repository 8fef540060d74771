namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// How <see cref="GemmVectorKernel{T, TVector, TWidth}"/> reads A: where row i of the tile starts and how
/// far apart its consecutive k elements lie. Implemented by structs, so the kernel's loop is compiled
/// once per layout with the addressing inlined.
/// </summary>
internal unsafe interface IGemmARows
{
    /// <summary>The first element of tile row <paramref name="row"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="a">Row 0, k 0 of the tile's A.</param>
    /// <param name="lda">Row stride of A (unpacked layouts only).</param>
    /// <param name="row">Row of the tile (0..rows−1).</param>
    /// <param name="mValid">Rows of the tile inside A (1..rows); rows past it must not be read.</param>
    /// <returns>A pointer into A.</returns>
    static abstract T* Row<T>(T* a, nint lda, int row, int mValid)
        where T : unmanaged;

    /// <summary>Elements between k and k + 1 within a row.</summary>
    /// <param name="rows">Rows of the register tile.</param>
    /// <returns>The step.</returns>
    static abstract int Step(int rows);
}
