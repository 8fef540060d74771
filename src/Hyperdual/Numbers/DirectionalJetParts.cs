using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Hyperdual;

/// <summary>
/// Second-order Taylor parts in K directions at once: tangents <c>xᵢ</c> (the derivative along direction i) and
/// second parts <c>xᵢⱼ = xⱼᵢ</c> (the second derivative along i and j), stored inline for up to
/// <see cref="MaxDirections"/> directions, so an operation allocates nothing. Evaluating a function on
/// <see cref="ChainRuleNumber{T, TParts}"/> with these parts, seeded with K directions vᵢ, gives
/// <c>vᵢᵀ∇f</c> and <c>vᵢᵀ∇²f vⱼ</c> for every pair in one evaluation (<see cref="Derivatives.Projected(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double[]})"/>).
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
/// <remarks>
/// <para>K is per instance: a constant has K = 0, and an operation on two arguments takes the larger K (the
/// missing directions of the other are exactly zero, even beside a NaN or infinite value). Parts beyond K are
/// zero, so parts that differ only in K are equal. A case that depends on whether an argument is constant
/// (<c>Pow</c>, <c>Log</c> with a base) looks at every direction at once.</para>
/// <para>Storage: the tangents, then the second parts as whole rows of a symmetric matrix (both triangles), so that
/// an operation updates a row with <see cref="System.Runtime.Intrinsics.Vector256{T}"/> lanes;
/// <see cref="Second"/> reads entry (min(i, j), max(i, j)), so what it returns is symmetric to the bit.</para>
/// <para>The chain rule is <see cref="IDerivativeParts{TSelf, T}"/>'s, applied to the rules of
/// <see cref="ElementaryRules{T}"/>. At an <see cref="RulePoint.InfiniteSlope"/> point a term is applied only
/// where what it multiplies is non-zero (for <c>f″xᵢxⱼ</c>: where both tangents are), so a direction that does
/// not move stays still; <see cref="RulePoint.OutsideDomain"/> makes every part NaN. A function whose second
/// partials are all zero (sums, differences, scaling) skips the second-order products.</para>
/// </remarks>
public readonly struct DirectionalJetParts<T> : IDerivativeParts<DirectionalJetParts<T>, T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The most directions one set of parts carries.</summary>
    public const int MaxDirections = 8;

    /// <summary>The tangents, then the K×K second parts row by row, each row <see cref="MaxDirections"/> long.</summary>
    internal const int StorageLength = MaxDirections + (MaxDirections * MaxDirections);

    // Written only through Fill, while a new instance is filled in (Seed, Create, Unary, Binary); never after it is returned.
    private readonly JetPartsBuffer<T> storage;

    private DirectionalJetParts(int count)
    {
        Count = count;
        storage = default;
    }

    /// <summary>Gets the number of directions K (0 for a constant).</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public static DirectionalJetParts<T> Constant => default;

    /// <summary>
    /// The parts of an input seeded with K directions: tangent i is the input's coordinate of direction i, the
    /// second parts zero.
    /// </summary>
    /// <param name="tangents">The K tangents, K ≤ <see cref="MaxDirections"/>.</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentException">More than <see cref="MaxDirections"/> tangents.</exception>
    public static DirectionalJetParts<T> Seed(ReadOnlySpan<T> tangents)
    {
        if (tangents.Length > MaxDirections)
        {
            throw new ArgumentException($"{tangents.Length} tangents; at most {MaxDirections} directions are carried.", nameof(tangents));
        }

        DirectionalJetParts<T> result = new(tangents.Length);
        tangents.CopyTo(Fill(result));
        return result;
    }

    /// <summary>Parts with given tangents and second parts, for an input that already carries second-order parts.</summary>
    /// <param name="tangents">The K tangents, K ≤ <see cref="MaxDirections"/>.</param>
    /// <param name="secondParts">The K(K+1)/2 second parts (i, j), i ≤ j, column by column: (0,0), (0,1), (1,1), (0,2), ….</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentException">More than <see cref="MaxDirections"/> tangents, or not K(K+1)/2 second parts.</exception>
    public static DirectionalJetParts<T> Create(ReadOnlySpan<T> tangents, ReadOnlySpan<T> secondParts)
    {
        DirectionalJetParts<T> result = Seed(tangents);
        int k = tangents.Length;
        if (secondParts.Length != SecondLength(k))
        {
            throw new ArgumentException($"{secondParts.Length} second parts; {k} directions have {SecondLength(k)}.", nameof(secondParts));
        }

        Span<T> parts = Fill(result);
        for (int j = 0, p = 0; j < k; j++)
        {
            for (int i = 0; i <= j; i++, p++)
            {
                parts[SecondIndex(i, j)] = secondParts[p];
                parts[SecondIndex(j, i)] = secondParts[p];
            }
        }

        return result;
    }

    /// <summary>The tangent along direction <paramref name="i"/>: <c>vᵢᵀ∇f</c> for a function's result.</summary>
    /// <param name="i">The direction, 0 ≤ i &lt; <see cref="MaxDirections"/> (0 beyond <see cref="Count"/>).</param>
    /// <returns>The tangent.</returns>
    public T Tangent(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, MaxDirections);
        return storage[i];
    }

    /// <summary>The second part along directions <paramref name="i"/> and <paramref name="j"/>: <c>vᵢᵀ∇²f vⱼ</c> for a function's result.</summary>
    /// <param name="i">One direction, 0 ≤ i &lt; <see cref="MaxDirections"/>.</param>
    /// <param name="j">The other direction, 0 ≤ j &lt; <see cref="MaxDirections"/>.</param>
    /// <returns>The second part (symmetric in i and j).</returns>
    public T Second(int i, int j)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, MaxDirections);
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, MaxDirections);
        // Entry (min, max), so the result is symmetric to the bit.
        return i <= j ? storage[SecondIndex(i, j)] : storage[SecondIndex(j, i)];
    }

    // zᵢ = f′xᵢ, zᵢⱼ = f′xᵢⱼ + f″xᵢxⱼ

    /// <inheritdoc/>
    public static DirectionalJetParts<T> Unary(in DirectionalJetParts<T> x, in UnaryRule<T> rule)
    {
        int k = x.Count;
        DirectionalJetParts<T> result = new(k);
        Span<T> z = Fill(result);
        ReadOnlySpan<T> a = x.storage;
        switch (rule.Point)
        {
            case RulePoint.Smooth:
                JetKernels<T>.Unary(a, z, k, rule.Slope, rule.Curvature);
                break;

            case RulePoint.InfiniteSlope:
                // Each term only where what it multiplies is non-zero.
                T df = rule.Slope;
                T d2f = rule.Curvature;
                for (int i = 0; i < k; i++)
                {
                    z[i] = StructuralZero.Times(df, a[i]);
                    for (int j = 0; j < k; j++)
                    {
                        int p = SecondIndex(i, j);
                        T curvatureTerm = StructuralZero.IsZero(a[i]) || StructuralZero.IsZero(a[j]) ? T.Zero : d2f * a[i] * a[j];
                        z[p] = curvatureTerm + StructuralZero.Times(df, a[p]);
                    }
                }

                break;

            default:
                for (int i = 0; i < k; i++)
                {
                    z[i] = T.NaN;
                    z.Slice(SecondIndex(i, 0), k).Fill(T.NaN);
                }

                break;
        }

        return result;
    }

    // zᵢ = fₓxᵢ + f_y yᵢ, zᵢⱼ = fₓxᵢⱼ + f_y yᵢⱼ + fₓₓxᵢxⱼ + fₓ_y(xᵢyⱼ + xⱼyᵢ) + f_yy yᵢyⱼ

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DirectionalJetParts<T> Binary(in DirectionalJetParts<T> x, in DirectionalJetParts<T> y, in BinaryRule<T> rule)
    {
        int k = Math.Max(x.Count, y.Count);
        DirectionalJetParts<T> result = new(k);
        JetKernels<T>.Binary(x.storage, y.storage, Fill(result), k, rule);
        return result;
    }

    /// <inheritdoc/>
    public static bool PartsEqual(in DirectionalJetParts<T> left, in DirectionalJetParts<T> right)
    {
        ReadOnlySpan<T> a = left.storage;
        ReadOnlySpan<T> b = right.storage;
        for (int p = 0; p < StorageLength; p++)
        {
            if (!a[p].Equals(b[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public static int PartsHashCode(in DirectionalJetParts<T> parts)
    {
        var hash = default(HashCode);
        ReadOnlySpan<T> a = parts.storage;
        for (int p = 0; p < StorageLength; p++)
        {
            hash.Add(a[p]);
        }

        return hash.ToHashCode();
    }

    /// <summary>The parts as <c> + [t₀, …, t_{K−1}]·v + [x₀₀, x₀₁, x₁₁, …]·vv</c> (the second parts column by column); empty for a constant.</summary>
    /// <param name="parts">The parts.</param>
    /// <param name="format">The numeric format of each part, or null.</param>
    /// <param name="provider">The culture, or null.</param>
    /// <returns>The text.</returns>
    public static string FormatParts(in DirectionalJetParts<T> parts, string? format, IFormatProvider? provider)
    {
        int k = parts.Count;
        if (k == 0)
        {
            return string.Empty;
        }

        ReadOnlySpan<T> a = parts.storage;
        var builder = new StringBuilder(" + [");
        Append(builder, a[..k], format, provider);
        builder.Append("]·v + [");
        var upper = new T[SecondLength(k)];
        for (int j = 0, p = 0; j < k; j++)
        {
            for (int i = 0; i <= j; i++, p++)
            {
                upper[p] = parts.Second(i, j);
            }
        }

        Append(builder, upper, format, provider);
        return builder.Append("]·vv").ToString();

        static void Append(StringBuilder builder, ReadOnlySpan<T> values, string? format, IFormatProvider? provider)
        {
            for (int p = 0; p < values.Length; p++)
            {
                builder.Append(p == 0 ? string.Empty : ", ").Append(values[p].ToString(format, provider ?? CultureInfo.CurrentCulture));
            }
        }
    }

    /// <summary>The storage of an instance being filled in, writable: only for one just created here, before it is returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Span<T> Fill(in DirectionalJetParts<T> fresh)
        => MemoryMarshal.CreateSpan(ref Unsafe.As<JetPartsBuffer<T>, T>(ref Unsafe.AsRef(in fresh.storage)), StorageLength);

    /// <summary>Where second part (i, j) is stored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SecondIndex(int i, int j) => MaxDirections + (i * MaxDirections) + j;

    /// <summary>The number of second parts of K directions, K(K+1)/2.</summary>
    private static int SecondLength(int k) => k * (k + 1) / 2;
}
