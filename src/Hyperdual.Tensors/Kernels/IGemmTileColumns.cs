namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Vectors per tile row that <see cref="GemmVectorKernel{T, TVector, TWidth}"/> computes: two (the full
/// tile) or one (a narrow tile, no work on the empty half). A struct, so the choice is made at JIT time.
/// </summary>
internal interface IGemmTileColumns
{
    /// <summary>1 or 2.</summary>
    static abstract int Vectors { get; }
}
