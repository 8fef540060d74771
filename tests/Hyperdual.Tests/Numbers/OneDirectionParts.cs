using System.Globalization;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// The smallest derivative parts that follow the second-order chain rule: one direction's tangent and second
/// part, written here independently of the library's parts, so that <see cref="ChainRuleNumber{T, TParts}"/> can
/// be checked against <see cref="HyperDual{T}"/> with ε₁ = ε₂.
/// </summary>
/// <param name="Tangent">The first part.</param>
/// <param name="Second">The second part.</param>
public readonly record struct OneDirectionParts(double Tangent, double Second) : IDerivativeParts<OneDirectionParts, double>
{
    public static OneDirectionParts Constant => default;

    public static OneDirectionParts Unary(in OneDirectionParts x, in UnaryRule<double> rule) => rule.Point switch
    {
        RulePoint.Smooth => new(rule.Slope * x.Tangent, (rule.Curvature * x.Tangent * x.Tangent) + (rule.Slope * x.Second)),
        RulePoint.InfiniteSlope => new(
            x.Tangent == 0 ? 0 : rule.Slope * x.Tangent,
            (x.Tangent == 0 ? 0 : rule.Curvature * x.Tangent * x.Tangent) + (x.Second == 0 ? 0 : rule.Slope * x.Second)),
        _ => new(double.NaN, double.NaN),
    };

    public static OneDirectionParts Binary(in OneDirectionParts x, in OneDirectionParts y, in BinaryRule<double> rule)
        => new(
            (rule.Fx * x.Tangent) + (rule.Fy * y.Tangent),
            (rule.Fx * x.Second) + (rule.Fy * y.Second) + (rule.Fxx * x.Tangent * x.Tangent)
                + (2 * rule.Fxy * x.Tangent * y.Tangent) + (rule.Fyy * y.Tangent * y.Tangent));

    public static bool PartsEqual(in OneDirectionParts left, in OneDirectionParts right)
        => left.Tangent.Equals(right.Tangent) && left.Second.Equals(right.Second);

    public static int PartsHashCode(in OneDirectionParts parts) => HashCode.Combine(parts.Tangent, parts.Second);

    public static string FormatParts(in OneDirectionParts parts, string? format, IFormatProvider? provider)
        => parts.Tangent == 0 && parts.Second == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" [{parts.Tangent.ToString(format, provider)}, {parts.Second.ToString(format, provider)}]");
}
