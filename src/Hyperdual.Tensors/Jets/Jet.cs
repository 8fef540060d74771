using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>
/// A second-order Taylor jet of a tensor in K directions: the value x₀, the K tangents
/// xᵢ = ∂x/∂tᵢ and the K(K+1)/2 second-order parts xᵢⱼ = ∂²x/∂tᵢ∂tⱼ (i ≤ j, hyper-dual convention,
/// no ½ factors) of x(θ + Σ tᵢvᵢ) at t = 0.
/// </summary>
/// <remarks>
/// All parts lie in ONE contiguous buffer laid out as <c>[1 + K + P, ...shape]</c> (P = K(K+1)/2,
/// pairs in lexicographic order (0,0), (0,1), …, (0,K−1), (1,1), …), so an op that is linear in
/// its input treats the parts as a batch: one GEMM for all of them. Parts known to be zero are not
/// stored: a jet without tangents (data) stores only the value; a jet without second-order parts
/// (parameters, the first layer's output) stores <c>[1 + K, ...shape]</c>. A jet with second-order
/// parts always stores its tangents. Direction indices are 0-based in code.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed partial class Jet<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] _storage;
    private readonly int _offset;
    private readonly int[] _shape;

    internal Jet(T[] storage, int offset, int[] shape, int k, bool hasTangents, bool hasSecondOrder)
    {
        _storage = storage;
        _offset = offset;
        _shape = shape;
        K = k;
        HasTangents = hasTangents || hasSecondOrder;
        HasSecondOrder = hasSecondOrder;
        PartLength = TensorShape.Product(shape);
    }

    /// <summary>The number of directions.</summary>
    public int K { get; }

    /// <summary>The number of second-order parts, K(K+1)/2.</summary>
    public int PairCount => JetLayout.PairCount(K);

    /// <summary>Whether the tangents are stored (otherwise they are zero).</summary>
    public bool HasTangents { get; }

    /// <summary>Whether the second-order parts are stored (otherwise they are zero).</summary>
    public bool HasSecondOrder { get; }

    /// <summary>The shape of the value (and of every part).</summary>
    public ReadOnlySpan<int> Shape => _shape;

    /// <summary>The number of elements of one part.</summary>
    public int PartLength { get; }

    /// <summary>The number of stored parts: 1, 1 + K or 1 + K + K(K+1)/2.</summary>
    public int StoredPartCount => JetLayout.StoredPartCount(K, HasTangents, HasSecondOrder);

    /// <summary>Every stored part, contiguous: value, tangents, second-order parts.</summary>
    public Span<T> Parts => _storage.AsSpan(_offset, StoredPartCount * PartLength);

    /// <summary>The value part x₀.</summary>
    public Span<T> Value => _storage.AsSpan(_offset, PartLength);

    /// <summary>The tangents x₀..x_{K−1} as one contiguous run <c>[K, ...shape]</c> (empty when not stored).</summary>
    public Span<T> Tangents => HasTangents ? _storage.AsSpan(_offset + PartLength, K * PartLength) : [];

    /// <summary>The second-order parts as one contiguous run <c>[P, ...shape]</c> (empty when not stored).</summary>
    public Span<T> SecondOrder => HasSecondOrder ? _storage.AsSpan(_offset + ((1 + K) * PartLength), PairCount * PartLength) : [];

    /// <summary>The tangent along direction <paramref name="i"/> (empty when tangents are not stored).</summary>
    /// <param name="i">The direction, 0 ≤ i &lt; K.</param>
    /// <returns>The tangent xᵢ.</returns>
    public Span<T> Tangent(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, K);
        return HasTangents ? _storage.AsSpan(_offset + ((1 + i) * PartLength), PartLength) : [];
    }

    /// <summary>The second-order part for directions <paramref name="i"/> and <paramref name="j"/> (symmetric; empty when not stored).</summary>
    /// <param name="i">The first direction.</param>
    /// <param name="j">The second direction.</param>
    /// <returns>The part xᵢⱼ.</returns>
    public Span<T> Second(int i, int j)
    {
        int pair = JetLayout.PairIndex(i, j, K);
        return HasSecondOrder ? _storage.AsSpan(_offset + ((1 + K + pair) * PartLength), PartLength) : [];
    }

    /// <summary>The value as a tensor view sharing this jet's storage.</summary>
    /// <returns>The view.</returns>
    public Tensor<T> ValueTensor() => new(_storage, _offset, (int[])_shape.Clone());

    /// <summary>Allocates a jet (from the active <see cref="Workspace{T}"/> when there is one).</summary>
    /// <param name="shape">The shape of one part.</param>
    /// <param name="k">The number of directions (at least 1).</param>
    /// <param name="hasTangents">Whether to store tangents.</param>
    /// <param name="hasSecondOrder">Whether to store second-order parts (implies tangents).</param>
    /// <param name="clear">Whether every stored part must start at zero.</param>
    /// <returns>The jet.</returns>
    public static Jet<T> Allocate(ReadOnlySpan<int> shape, int k, bool hasTangents, bool hasSecondOrder, bool clear = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        int[] dims = TensorShape.Validate(shape.ToArray(), nameof(shape));
        int parts = JetLayout.StoredPartCount(k, hasTangents || hasSecondOrder, hasSecondOrder);
        long length = (long)parts * TensorShape.Product(dims);
        if (length > int.MaxValue)
        {
            throw new ArgumentException($"A jet of shape {TensorShape.Format(dims)} with K = {k} has more than {int.MaxValue} elements.", nameof(shape));
        }

        return new Jet<T>(Workspace<T>.RentOrAllocate((int)length, clear), 0, dims, k, hasTangents, hasSecondOrder);
    }

    /// <summary>Lifts a constant (data, targets) into a jet with K directions and no tangents; the value is copied.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="k">The number of directions.</param>
    /// <returns>The jet.</returns>
    public static Jet<T> Constant(Tensor<T> value, int k)
    {
        ArgumentNullException.ThrowIfNull(value);
        Jet<T> jet = Allocate(value.Shape, k, hasTangents: false, hasSecondOrder: false, clear: false);
        value.Span.CopyTo(jet.Value);
        return jet;
    }

    /// <summary>Returns a jet sharing this storage with another part shape (same element count).</summary>
    /// <param name="shape">The new part shape; one dimension may be −1.</param>
    /// <returns>The view.</returns>
    public Jet<T> Reshape(params int[] shape)
    {
        int[] dims = TensorShape.ResolveReshape(shape, PartLength, nameof(shape));
        return new Jet<T>(_storage, _offset, dims, K, HasTangents, HasSecondOrder);
    }

    /// <summary>Returns a jet with every part of this one, storing tangents and second-order parts (zeros where absent).</summary>
    /// <param name="hasTangents">Whether the result stores tangents.</param>
    /// <param name="hasSecondOrder">Whether the result stores second-order parts.</param>
    /// <returns>This jet when it already has that layout, otherwise a widened copy.</returns>
    public Jet<T> Widen(bool hasTangents, bool hasSecondOrder)
    {
        hasTangents |= hasSecondOrder;
        if (hasTangents == HasTangents && hasSecondOrder == HasSecondOrder)
        {
            return this;
        }

        if ((HasTangents && !hasTangents) || (HasSecondOrder && !hasSecondOrder))
        {
            throw new ArgumentException("Widening cannot drop stored parts.", nameof(hasTangents));
        }

        Jet<T> result = Allocate(_shape, K, hasTangents, hasSecondOrder);
        Parts.CopyTo(result.Parts);
        return result;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Jet<{typeof(T).Name}>{TensorShape.Format(_shape)} K={K}{(HasTangents ? " tangents" : "")}{(HasSecondOrder ? " second-order" : "")}";
}
