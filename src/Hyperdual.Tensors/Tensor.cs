using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>
/// A dense, row-major tensor over one contiguous run of storage. <typeparamref name="T"/> is
/// <see cref="float"/> on the fast path, <see cref="double"/> for verification, or any unmanaged
/// IEEE-754 number such as <c>HyperDual&lt;double&gt;</c> on the slow generic path.
/// </summary>
/// <remarks>
/// A reshape is a view: it shares storage with the tensor it came from. Tensors allocated while a
/// <see cref="Workspace{T}"/> is active live in that workspace's buffers and become invalid when the
/// workspace is released.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed partial class Tensor<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] _storage;
    private readonly int _offset;
    private readonly int[] _shape;

    /// <summary>Creates a zero tensor of the given shape on fresh (never pooled) storage.</summary>
    /// <param name="shape">The dimensions, each at least 0; an empty shape is a scalar.</param>
    public Tensor(params int[] shape)
    {
        _shape = TensorShape.Validate(shape, nameof(shape));
        Length = TensorShape.Product(_shape);
        _storage = new T[Length];
    }

    /// <summary>Wraps <paramref name="data"/> (not copied) as a tensor of the given shape.</summary>
    /// <param name="data">The elements in row-major order; its length must equal the shape's product.</param>
    /// <param name="shape">The dimensions.</param>
    public Tensor(T[] data, params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        _shape = TensorShape.Validate(shape, nameof(shape));
        Length = TensorShape.Product(_shape);
        if (data.Length != Length)
        {
            throw new ArgumentException(
                $"The data has {data.Length} elements but the shape {TensorShape.Format(_shape)} needs {Length}.", nameof(data));
        }

        _storage = data;
    }

    internal Tensor(T[] storage, int offset, int[] shape)
    {
        _storage = storage;
        _offset = offset;
        _shape = shape;
        Length = TensorShape.Product(shape);
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The backing array (shared by views); the tape counts saved tensors by it.</summary>
    /// <summary>A view of rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/> − 1 along the first axis, sharing this tensor's storage.</summary>
    internal Tensor<T> SliceRows(int start, int count)
    {
        int rowLength = _shape[0] == 0 ? 0 : Length / _shape[0];
        int[] shape = (int[])_shape.Clone();
        shape[0] = count;
        return new Tensor<T>(_storage, _offset + (start * rowLength), shape);
    }

    internal T[] Storage => _storage;

    /// <summary>Where this tensor's elements start in <see cref="Storage"/>.</summary>
    internal int Offset => _offset;

    /// <summary>The dimensions.</summary>
    public ReadOnlySpan<int> Shape => _shape;

    /// <summary>The number of dimensions.</summary>
    public int Rank => _shape.Length;

    /// <summary>The elements in row-major order.</summary>
    public Span<T> Span => _storage.AsSpan(_offset, Length);

    /// <summary>The element at a flat row-major index.</summary>
    /// <param name="index">The flat index, 0 ≤ index &lt; <see cref="Length"/>.</param>
    public T this[int index]
    {
        get => Span[index];
        set => Span[index] = value;
    }

    /// <summary>The size of one dimension.</summary>
    /// <param name="axis">The axis; negative counts from the end.</param>
    /// <returns>The size of that dimension.</returns>
    public int Dim(int axis) => _shape[TensorShape.NormalizeAxis(axis, _shape.Length, nameof(axis))];

    /// <summary>Allocates a tensor, from the active <see cref="Workspace{T}"/> when there is one.</summary>
    /// <param name="shape">The dimensions.</param>
    /// <param name="clear">Whether the elements must start at zero (pooled buffers are reused as they are).</param>
    /// <returns>The tensor.</returns>
    public static Tensor<T> Allocate(ReadOnlySpan<int> shape, bool clear = true)
    {
        int[] dims = TensorShape.Validate(shape.ToArray(), nameof(shape));
        int length = TensorShape.Product(dims);
        return new Tensor<T>(Workspace<T>.RentOrAllocate(length, clear), 0, dims);
    }

    /// <summary>Returns a view of the same storage with another shape (one dimension may be −1: inferred).</summary>
    /// <param name="shape">The new dimensions; their product must equal <see cref="Length"/>.</param>
    /// <returns>The view.</returns>
    public Tensor<T> Reshape(params int[] shape)
    {
        int[] dims = TensorShape.ResolveReshape(shape, Length, nameof(shape));
        return new Tensor<T>(_storage, _offset, dims);
    }

    /// <summary>Copies the elements into a new array.</summary>
    /// <returns>The elements in row-major order.</returns>
    public T[] ToArray() => Span.ToArray();

    /// <summary>Creates a tensor of the given shape from double-precision values (converted to <typeparamref name="T"/>).</summary>
    /// <param name="values">The values in row-major order.</param>
    /// <param name="shape">The dimensions.</param>
    /// <returns>A tensor on fresh storage.</returns>
    public static Tensor<T> FromDoubles(ReadOnlySpan<double> values, params int[] shape)
    {
        var tensor = new Tensor<T>(shape);
        if (values.Length != tensor.Length)
        {
            throw new ArgumentException(
                $"{values.Length} values given for the shape {TensorShape.Format(tensor._shape)}, which needs {tensor.Length}.", nameof(values));
        }

        Span<T> span = tensor.Span;
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = T.CreateTruncating(values[i]);
        }

        return tensor;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Tensor<{typeof(T).Name}>{TensorShape.Format(_shape)}";
}
