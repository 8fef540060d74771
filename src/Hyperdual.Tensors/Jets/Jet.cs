using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>
/// A second-order Taylor jet of a tensor in K directions: the value x₀, the K tangents
/// xᵢ = ∂x/∂tᵢ and the K(K+1)/2 second-order parts xᵢⱼ = ∂²x/∂tᵢ∂tⱼ (i ≤ j, hyper-dual convention,
/// no ½ factors) of x(θ + Σ tᵢvᵢ) at t = 0 — or, with <see cref="JetPairs"/>, a chosen subset of
/// the second-order parts.
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

    internal Jet(T[] storage, int offset, int[] shape, JetPairs pairs, bool hasTangents, bool hasSecondOrder)
    {
        _storage = storage;
        _offset = offset;
        _shape = shape;
        Pairs = pairs;
        K = pairs.K;
        HasTangents = hasTangents || hasSecondOrder;
        HasSecondOrder = hasSecondOrder;
        PartLength = TensorShape.Product(shape);
    }

    /// <summary>The number of directions.</summary>
    public int K { get; }

    /// <summary>The buffer every part lies in (possibly shared with the jet this one is a view of).</summary>
    internal T[] Storage => _storage;

    /// <summary>The second-order parts this jet tracks (all pairs i ≤ j unless chosen otherwise).</summary>
    public JetPairs Pairs { get; }

    /// <summary>The number of tracked second-order parts P (K(K+1)/2 for all pairs).</summary>
    public int PairCount => Pairs.Count;

    /// <summary>Whether the tangents are stored (otherwise they are zero).</summary>
    public bool HasTangents { get; }

    /// <summary>Whether the second-order parts are stored (otherwise they are zero).</summary>
    public bool HasSecondOrder { get; }

    /// <summary>The shape of the value (and of every part).</summary>
    public ReadOnlySpan<int> Shape => _shape;

    /// <summary>The number of elements of one part.</summary>
    public int PartLength { get; }

    /// <summary>The number of stored parts: 1, 1 + K or 1 + K + P.</summary>
    public int StoredPartCount => JetLayout.StoredPartCount(K, PairCount, HasTangents, HasSecondOrder);

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
        int pair = Pairs.IndexOf(i, j);
        if (pair < 0)
        {
            throw new ArgumentException($"The pair ({i}, {j}) is not tracked by this jet ({Pairs}).", nameof(i));
        }

        return SecondAt(pair);
    }

    /// <summary>The second-order part at pair index <paramref name="pair"/> (see <see cref="Pairs"/>; empty when not stored).</summary>
    /// <param name="pair">The pair index, 0 ≤ p &lt; P.</param>
    /// <returns>The part.</returns>
    public Span<T> SecondAt(int pair)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pair);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair, PairCount);
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
    public static Jet<T> Allocate(ReadOnlySpan<int> shape, int k, bool hasTangents, bool hasSecondOrder, bool clear = true) =>
        Allocate(shape, JetPairs.All(k), hasTangents, hasSecondOrder, clear);

    /// <summary>Allocates a jet tracking the given pairs (from the active <see cref="Workspace{T}"/> when there is one).</summary>
    /// <param name="shape">The shape of one part.</param>
    /// <param name="pairs">The directions and tracked second-order pairs.</param>
    /// <param name="hasTangents">Whether to store tangents.</param>
    /// <param name="hasSecondOrder">Whether to store second-order parts (implies tangents).</param>
    /// <param name="clear">Whether every stored part must start at zero.</param>
    /// <returns>The jet.</returns>
    public static Jet<T> Allocate(ReadOnlySpan<int> shape, JetPairs pairs, bool hasTangents, bool hasSecondOrder, bool clear = true)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int[] dims = TensorShape.Validate(shape.ToArray(), nameof(shape));
        int parts = JetLayout.StoredPartCount(pairs.K, pairs.Count, hasTangents || hasSecondOrder, hasSecondOrder);
        long length = (long)parts * TensorShape.Product(dims);
        if (length > int.MaxValue)
        {
            throw new ArgumentException($"A jet of shape {TensorShape.Format(dims)} with K = {pairs.K} has more than {int.MaxValue} elements.", nameof(shape));
        }

        return new Jet<T>(Workspace<T>.RentOrAllocate((int)length, clear), 0, dims, pairs, hasTangents, hasSecondOrder);
    }

    /// <summary>Allocates a jet with this jet's directions and pairs and the given part shape and layout.</summary>
    /// <param name="shape">The shape of one part.</param>
    /// <param name="hasTangents">Whether to store tangents.</param>
    /// <param name="hasSecondOrder">Whether to store second-order parts.</param>
    /// <param name="clear">Whether every stored part must start at zero.</param>
    /// <returns>The jet.</returns>
    public Jet<T> AllocateLike(ReadOnlySpan<int> shape, bool hasTangents, bool hasSecondOrder, bool clear = false) =>
        Allocate(shape, Pairs, hasTangents, hasSecondOrder, clear);

    /// <summary>Lifts a constant (data, targets) into a jet with K directions and no tangents; the value is copied.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="k">The number of directions.</param>
    /// <returns>The jet.</returns>
    public static Jet<T> Constant(Tensor<T> value, int k) => Constant(value, JetPairs.All(k));

    /// <summary>Lifts a constant into a jet with the given directions and pairs and no tangents; the value is copied.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="pairs">The directions and tracked pairs.</param>
    /// <returns>The jet.</returns>
    public static Jet<T> Constant(Tensor<T> value, JetPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(value);
        Jet<T> jet = Allocate(value.Shape, pairs, hasTangents: false, hasSecondOrder: false, clear: false);
        value.Span.CopyTo(jet.Value);
        return jet;
    }

    /// <summary>
    /// Lifts a constant into a jet that shares its storage (no copy): for data an evaluation only reads, such as a
    /// batch's inputs. The jet must not outlive or be written through while the tensor is reused.
    /// </summary>
    /// <param name="value">The constant.</param>
    /// <param name="pairs">The directions and tracked pairs.</param>
    /// <returns>The jet.</returns>
    internal static Jet<T> ConstantView(Tensor<T> value, JetPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(pairs);
        return new Jet<T>(value.Storage, value.Offset, value.Shape.ToArray(), pairs, hasTangents: false, hasSecondOrder: false);
    }

    /// <summary>Returns a jet sharing this storage with another part shape (same element count).</summary>
    /// <param name="shape">The new part shape; one dimension may be −1.</param>
    /// <returns>The view.</returns>
    public Jet<T> Reshape(params int[] shape)
    {
        int[] dims = TensorShape.ResolveReshape(shape, PartLength, nameof(shape));
        return new Jet<T>(_storage, _offset, dims, Pairs, HasTangents, HasSecondOrder);
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

        Jet<T> result = Allocate(_shape, Pairs, hasTangents, hasSecondOrder);
        Parts.CopyTo(result.Parts);
        return result;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Jet<{typeof(T).Name}>{TensorShape.Format(_shape)} K={K}{(HasTangents ? " tangents" : "")}{(HasSecondOrder ? " second-order" : "")}";
}
