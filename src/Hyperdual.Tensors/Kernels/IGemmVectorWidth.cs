namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// One vector width for <see cref="GemmVectorKernel{T, TVector, TWidth}"/>: the vector operations the
/// micro-kernel needs, its register tile height and its cache blocking. Implemented by structs, so the
/// JIT compiles the kernel once per width with every member inlined (the <c>TensorPrimitives</c>
/// operator pattern).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <typeparam name="TVector">The vector of <typeparamref name="T"/> (<c>Vector128&lt;T&gt;</c>, <c>Vector256&lt;T&gt;</c> or <c>Vector512&lt;T&gt;</c>).</typeparam>
internal unsafe interface IGemmVectorWidth<T, TVector>
    where T : unmanaged
    where TVector : unmanaged
{
    /// <summary>Lanes of one vector.</summary>
    static abstract int Count { get; }

    /// <summary>Rows of the register tile: 6 or 8 (the kernel holds 2·Rows accumulators).</summary>
    static abstract int Rows { get; }

    /// <summary>Depth of a k block (see <see cref="IGemmMicroKernel{T}.KC"/>).</summary>
    static abstract int KC { get; }

    /// <summary>Rows of an m block (see <see cref="IGemmMicroKernel{T}.MC"/>).</summary>
    static abstract int MC { get; }

    /// <summary>Columns of an n block (see <see cref="IGemmMicroKernel{T}.NC"/>).</summary>
    static abstract int NC { get; }

    /// <summary>Whether <see cref="LaneMask"/>, <see cref="MaskLoad"/> and <see cref="MaskStore"/> may be called.</summary>
    static abstract bool HasMasks { get; }

    /// <summary>All lanes zero.</summary>
    static abstract TVector Zero { get; }

    /// <summary>Loads <see cref="Count"/> elements.</summary>
    /// <param name="source">The first element.</param>
    /// <returns>The vector.</returns>
    static abstract TVector Load(T* source);

    /// <summary>Stores <see cref="Count"/> elements.</summary>
    /// <param name="value">The vector.</param>
    /// <param name="destination">The first element.</param>
    static abstract void Store(TVector value, T* destination);

    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    /// <param name="value">The element.</param>
    /// <returns>The vector.</returns>
    static abstract TVector Broadcast(T value);

    /// <summary>Lane-wise product.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns><paramref name="left"/>·<paramref name="right"/>.</returns>
    static abstract TVector Multiply(TVector left, TVector right);

    /// <summary>Lane-wise <c>a·b + c</c>, fused where the hardware has FMA (<see cref="VectorArithmetic"/>).</summary>
    /// <param name="a">The first factor.</param>
    /// <param name="b">The second factor.</param>
    /// <param name="c">The addend.</param>
    /// <returns><c>a·b + c</c>.</returns>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector c);

    /// <summary>Lanes whose index plus <paramref name="offset"/> is below <paramref name="count"/> (only when <see cref="HasMasks"/>).</summary>
    /// <param name="count">Valid elements from the first lane of the tile row.</param>
    /// <param name="offset">Index of this vector's first lane in the tile row.</param>
    /// <returns>An all-ones / zero mask.</returns>
    static abstract TVector LaneMask(int count, int offset);

    /// <summary>Loads the lanes selected by <paramref name="mask"/>, zero elsewhere, touching no other memory (only when <see cref="HasMasks"/>).</summary>
    /// <param name="source">The first element.</param>
    /// <param name="mask">From <see cref="LaneMask"/>.</param>
    /// <returns>The vector.</returns>
    static abstract TVector MaskLoad(T* source, TVector mask);

    /// <summary>Stores the lanes selected by <paramref name="mask"/> (only when <see cref="HasMasks"/>).</summary>
    /// <param name="destination">The first element.</param>
    /// <param name="mask">From <see cref="LaneMask"/>.</param>
    /// <param name="value">The vector.</param>
    static abstract void MaskStore(T* destination, TVector mask, TVector value);
}
