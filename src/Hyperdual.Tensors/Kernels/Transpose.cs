namespace Hyperdual.Tensors.Kernels;

/// <summary>Whether a GEMM operand is used as stored (row-major) or transposed.</summary>
public enum Transpose
{
    /// <summary>Use the operand as stored: element (i, j) is at <c>i * ld + j</c>.</summary>
    None,

    /// <summary>Use the transpose of the stored operand: element (i, j) is at <c>j * ld + i</c>.</summary>
    Transposed,
}
