namespace Hyperdual.Tensors.Kernels;

/// <summary>A narrow register tile: one vector per row (B panels are still two vectors wide).</summary>
internal readonly struct GemmOneVectorColumn : IGemmTileColumns
{
    /// <inheritdoc/>
    public static int Vectors => 1;
}
