namespace Hyperdual.Tensors.Kernels;

/// <summary>The full register tile: two vectors per row.</summary>
internal readonly struct GemmTwoVectorColumns : IGemmTileColumns
{
    /// <inheritdoc/>
    public static int Vectors => 2;
}
