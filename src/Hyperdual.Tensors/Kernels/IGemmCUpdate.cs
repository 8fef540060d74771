namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Whether a tile's store reads C (<c>beta ≠ 0</c>: <c>C = alpha·acc + beta·C</c>) or only writes it
/// (<c>beta = 0</c>: <c>C = alpha·acc</c>, C never read). A struct type parameter of the micro-kernel, so
/// the choice is made once per tile, before its loop, and the stores carry no branch on beta.
/// </summary>
internal interface IGemmCUpdate
{
    /// <summary>Whether C is read and scaled by beta.</summary>
    static abstract bool ReadsC { get; }
}
