using System.Numerics;

namespace Hyperdual;

/// <summary>
/// The derivative parts a number carries beside its value, and how the chain rule acts on them. A number type
/// built on <see cref="ElementaryRules{T}"/> asks its parts only these three things, so one generic-math surface
/// serves every kind of parts: K-direction Taylor coefficients, sparsity patterns, and so on.
/// </summary>
/// <typeparam name="TSelf">The parts type itself.</typeparam>
/// <typeparam name="T">The scalar type of the value the parts belong to.</typeparam>
public interface IDerivativeParts<TSelf, T>
    where TSelf : struct, IDerivativeParts<TSelf, T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The parts of a constant: nothing depends on the inputs.</summary>
    static abstract TSelf Constant { get; }

    /// <summary>The parts of <c>f(x)</c>, given f's rule at x's value (including the rule's kind of point).</summary>
    /// <param name="x">The argument's parts.</param>
    /// <param name="rule">f's value, slope and curvature at x's value.</param>
    /// <returns>The result's parts: <c>zᵢ = f′xᵢ</c>, <c>zᵢⱼ = f′xᵢⱼ + f″xᵢxⱼ</c> for Taylor coefficients.</returns>
    static abstract TSelf Unary(in TSelf x, in UnaryRule<T> rule);

    /// <summary>The parts of <c>f(x, y)</c>, given f's partial derivatives at the arguments' values.</summary>
    /// <param name="x">The first argument's parts.</param>
    /// <param name="y">The second argument's parts.</param>
    /// <param name="rule">f's value and partial derivatives up to second order.</param>
    /// <returns>
    /// The result's parts: <c>zᵢ = fₓxᵢ + f_y yᵢ</c> and
    /// <c>zᵢⱼ = fₓxᵢⱼ + f_y yᵢⱼ + fₓₓxᵢxⱼ + fₓ_y(xᵢyⱼ + xⱼyᵢ) + f_yy yᵢyⱼ</c> for Taylor coefficients.
    /// </returns>
    static abstract TSelf Binary(in TSelf x, in TSelf y, in BinaryRule<T> rule);

    /// <summary>Whether two sets of parts are equal part by part.</summary>
    /// <param name="left">The first parts.</param>
    /// <param name="right">The second parts.</param>
    /// <returns>True when every part is equal.</returns>
    static abstract bool PartsEqual(in TSelf left, in TSelf right);

    /// <summary>A hash code consistent with <see cref="PartsEqual"/>.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The hash code.</returns>
    static abstract int PartsHashCode(in TSelf parts);

    /// <summary>The parts as text, appended after the value when a number is formatted.</summary>
    /// <param name="parts">The parts.</param>
    /// <param name="format">The numeric format of each part, or null.</param>
    /// <param name="provider">The culture, or null.</param>
    /// <returns>The parts' text, starting with a separator (empty for a constant).</returns>
    static abstract string FormatParts(in TSelf parts, string? format, IFormatProvider? provider);
}
