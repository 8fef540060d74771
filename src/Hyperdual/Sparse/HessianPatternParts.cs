using System.Globalization;
using System.Numerics;
using System.Text;

namespace Hyperdual;

/// <summary>
/// Sparsity-tracer parts: the set G of variables the value depends on to first order and the set H of variable
/// pairs it depends on to second order, propagated by the chain rule's structure. Carried by a chain-rule number
/// beside the value, they give the non-zero pattern of the Hessian at the point evaluated.
/// </summary>
/// <remarks>
/// <para>Rules. A constant: G = H = ∅. A unary f(x): G′ = G; H′ = H ∪ (f″ ≠ 0 ? G×G : ∅). A binary f(x, y):
/// G′ = (fₓ ≠ 0 ? Gₓ) ∪ (f_y ≠ 0 ? G_y); H′ = (fₓ ≠ 0 ? Hₓ) ∪ (f_y ≠ 0 ? H_y) ∪ (fₓₓ ≠ 0 ? Gₓ×Gₓ) ∪
/// (fₓ_y ≠ 0 ? Gₓ×G_y) ∪ (f_yy ≠ 0 ? G_y×G_y). A NaN partial (outside the domain) counts as non-zero.</para>
/// <para>The tests read the partial derivatives at the point's values, so the result is the pattern AT that point,
/// which is exactly what recovering the Hessian there needs: an entry whose every second-order contribution has
/// an exactly-zero factor at the point is left out (x·y contributes no (x, x) pair, and no (x, z) pair through a
/// product with y where y = 0). Because the number carries its value, the function's own branches are taken as
/// they would be for plain numbers. The pattern is a superset of the non-zeros of the Hessian at the point.</para>
/// <para>Cost: each operation allocates at most a few small graph nodes that share their operands by reference
/// (a running sum over n terms costs O(n), not O(n²)); the sets are flattened once, by <see cref="Pattern"/>.</para>
/// </remarks>
/// <typeparam name="T">The scalar type of the value.</typeparam>
public readonly struct HessianPatternParts<T> : IDerivativeParts<HessianPatternParts<T>, T>
    where T : IFloatingPointIeee754<T>
{
    private readonly IndexSetNode? gradient;
    private readonly PairSetNode? hessian;

    private HessianPatternParts(IndexSetNode? gradient, PairSetNode? hessian)
    {
        this.gradient = gradient;
        this.hessian = hessian;
    }

    /// <inheritdoc/>
    public static HessianPatternParts<T> Constant => default;

    /// <summary>The parts of the independent variable with index <paramref name="index"/>: G = {index}, H = ∅.</summary>
    /// <param name="index">The variable's index (non-negative).</param>
    /// <returns>The parts.</returns>
    public static HessianPatternParts<T> Variable(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new HessianPatternParts<T>(new IndexSetLeaf(index), null);
    }

    /// <summary>The variables the value depends on to first order, sorted ascending.</summary>
    /// <returns>A new array.</returns>
    public int[] GradientIndices() => PatternFlattening.Indices(gradient);

    /// <summary>The Hessian pattern these parts carry, for <paramref name="dimension"/> variables.</summary>
    /// <param name="dimension">The number of variables; every index seeded must be below it.</param>
    /// <returns>The symmetric pattern, diagonal included.</returns>
    public SparsityPattern Pattern(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        return PatternFlattening.Pattern(hessian, dimension);
    }

    /// <inheritdoc/>
    public static HessianPatternParts<T> Unary(in HessianPatternParts<T> x, in UnaryRule<T> rule) =>
        new(x.gradient, PairSetNode.Union(x.hessian, NonZero(rule.Curvature) ? PairSetNode.Cross(x.gradient, x.gradient) : null));

    /// <inheritdoc/>
    public static HessianPatternParts<T> Binary(in HessianPatternParts<T> x, in HessianPatternParts<T> y, in BinaryRule<T> rule)
    {
        bool fx = NonZero(rule.Fx);
        bool fy = NonZero(rule.Fy);
        IndexSetNode? gradient = IndexSetNode.Union(fx ? x.gradient : null, fy ? y.gradient : null);
        PairSetNode? hessian = PairSetNode.Union(fx ? x.hessian : null, fy ? y.hessian : null);
        if (NonZero(rule.Fxx))
        {
            hessian = PairSetNode.Union(hessian, PairSetNode.Cross(x.gradient, x.gradient));
        }

        if (NonZero(rule.Fxy))
        {
            hessian = PairSetNode.Union(hessian, PairSetNode.Cross(x.gradient, y.gradient));
        }

        if (NonZero(rule.Fyy))
        {
            hessian = PairSetNode.Union(hessian, PairSetNode.Cross(y.gradient, y.gradient));
        }

        return new HessianPatternParts<T>(gradient, hessian);
    }

    /// <inheritdoc/>
    /// <remarks>Compares the sets, which flattens both operands' graphs unless one of them is empty or both share them.</remarks>
    public static bool PartsEqual(in HessianPatternParts<T> left, in HessianPatternParts<T> right) =>
        // A node never holds the empty set, so emptiness is null and comparing with a constant costs nothing.
        (left.gradient is null) == (right.gradient is null) && (left.hessian is null) == (right.hessian is null)
        && (ReferenceEquals(left.gradient, right.gradient) || left.GradientIndices().AsSpan().SequenceEqual(right.GradientIndices()))
        && (ReferenceEquals(left.hessian, right.hessian) || PatternFlattening.PairKeys(left.hessian).SequenceEqual(PatternFlattening.PairKeys(right.hessian)));

    /// <inheritdoc/>
    public static int PartsHashCode(in HessianPatternParts<T> parts)
    {
        var hash = new HashCode();
        foreach (int index in parts.GradientIndices())
        {
            hash.Add(index);
        }

        foreach (long key in PatternFlattening.PairKeys(parts.hessian))
        {
            hash.Add(key);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    /// <remarks>Written as <c> ∇{i, …} ∇²{(i, j), …}</c> with the upper-triangle pairs; the numeric format is not used.</remarks>
    public static string FormatParts(in HessianPatternParts<T> parts, string? format, IFormatProvider? provider)
    {
        if (parts.gradient is null && parts.hessian is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append(" ∇{").AppendJoin(", ", parts.GradientIndices()).Append("} ∇²{");
        List<long> keys = PatternFlattening.PairKeys(parts.hessian);
        for (int k = 0; k < keys.Count; k++)
        {
            text.Append(k == 0 ? "(" : ", (")
                .Append((keys[k] >> 32).ToString(CultureInfo.InvariantCulture)).Append(", ")
                .Append(((int)keys[k]).ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return text.Append('}').ToString();
    }

    /// <summary>Whether a partial derivative may be non-zero: anything but an exact zero (NaN counts as non-zero).</summary>
    private static bool NonZero(T partial) => !T.IsZero(partial);
}
