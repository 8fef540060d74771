using System.Runtime.CompilerServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>A packed by <see cref="GemmPacking"/>: k-major micro-panels, row i of step k at <c>a[k·rows + i]</c>.</summary>
internal readonly unsafe struct GemmPackedA : IGemmARows
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T* Row<T>(T* a, nint lda, int row, int mValid)
        where T : unmanaged => a + row;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Step(int rows) => rows;
}
