using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// A read in place, row-major: row i of the tile at <c>a + i·lda</c>, k contiguous. Rows past
/// <c>mValid</c> repeat the last valid row, so nothing outside A is read (their results are not stored).
/// </summary>
internal readonly unsafe struct GemmStridedA : IGemmARows
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T* Row<T>(T* a, nint lda, int row, int mValid)
        where T : unmanaged => a + (Math.Min(row, mValid - 1) * lda);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Step(int rows) => 1;
}
