namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// The vector width a kernel runs with. Every level runs on every machine: a level above what the
/// hardware accelerates runs on .NET's software emulation of that vector type (slowly), so each
/// variant can be tested anywhere.
/// </summary>
public enum SimdLevel
{
    /// <summary>Plain scalar loops (the only path for element types other than <see cref="float"/> and <see cref="double"/>).</summary>
    Scalar,

    /// <summary>128-bit vectors (<see cref="System.Runtime.Intrinsics.Vector128{T}"/>).</summary>
    Vector128,

    /// <summary>256-bit vectors (<see cref="System.Runtime.Intrinsics.Vector256{T}"/>).</summary>
    Vector256,

    /// <summary>512-bit vectors (<see cref="System.Runtime.Intrinsics.Vector512{T}"/>).</summary>
    Vector512,
}
