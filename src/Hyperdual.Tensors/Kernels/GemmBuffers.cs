using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Per-thread packing buffer for GEMM: one pinned array per thread and element type, grown on demand
/// and reused, so a GEMM call allocates nothing once a thread has seen its largest block. The
/// returned pointer is 64-byte aligned (full cache lines for 512-bit loads).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal static unsafe class GemmBuffers<T>
    where T : unmanaged
{
    private const int AlignmentBytes = 64;

    [ThreadStatic]
    private static T[]? buffer;

    /// <summary>A 64-byte aligned scratch area of at least <paramref name="length"/> elements, owned by the calling thread.</summary>
    public static T* Get(int length)
    {
        int pad = (AlignmentBytes / sizeof(T)) + 1;
        T[]? current = buffer;
        if (current is null || current.Length < length + pad)
        {
            current = GC.AllocateUninitializedArray<T>(length + pad, pinned: true);
            buffer = current;
        }

        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(current));
        nint aligned = (address + (AlignmentBytes - 1)) & ~(nint)(AlignmentBytes - 1);
        return (T*)aligned;
    }
}
