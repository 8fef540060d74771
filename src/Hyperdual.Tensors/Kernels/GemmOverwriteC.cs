namespace Hyperdual.Tensors.Kernels;

/// <summary><c>beta = 0</c>: C is written, never read (NaN already in C does not propagate).</summary>
internal readonly struct GemmOverwriteC : IGemmCUpdate
{
    /// <inheritdoc/>
    public static bool ReadsC => false;
}
