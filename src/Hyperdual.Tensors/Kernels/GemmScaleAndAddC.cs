namespace Hyperdual.Tensors.Kernels;

/// <summary><c>beta ≠ 0</c>: <c>C = alpha·acc + beta·C</c>.</summary>
internal readonly struct GemmScaleAndAddC : IGemmCUpdate
{
    /// <inheritdoc/>
    public static bool ReadsC => true;
}
