using System.Numerics;

namespace Hyperdual;

// Projected derivatives: the gradient and Hessian seen through K directions, from one evaluation.
public static partial class Derivatives
{
    /// <summary>
    /// f(x), the projected gradient <c>Vᵀ∇f</c> (entry i = <c>vᵢ·∇f</c>) and the projected Hessian <c>VᵀHV</c>
    /// (entry (i, j) = <c>vᵢᵀ∇²f vⱼ</c>) in K directions, from ONE evaluation of <paramref name="f"/> on
    /// <see cref="ChainRuleNumber{T, TParts}"/> with <see cref="DirectionalJetParts{T}"/> (the same numbers as
    /// K(K+1)/2 <see cref="Directional(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/> passes).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="directions">The K directions vᵢ, 1 ≤ K ≤ <see cref="DirectionalJetParts{T}.MaxDirections"/>, each of
    /// the point's length and finite.</param>
    /// <returns>f(x), the K projected gradient entries and the symmetric K×K projected Hessian.</returns>
    /// <exception cref="ArgumentException">A bad point or direction, or K outside 1..MaxDirections; the
    /// exception names the argument.</exception>
    public static (double Value, double[] Gradient, double[,] Hessian) Projected(IScalarFunction f, ReadOnlySpan<double> x, ReadOnlySpan<double[]> directions)
        => Projected<double>(f, x, directions);

    /// <summary>The value, projected gradient and projected Hessian in one evaluation (see the <see cref="double"/> overload).</summary>
    /// <typeparam name="T">The floating-point type.</typeparam>
    /// <param name="f">The function.</param>
    /// <param name="x">The point (non-empty, finite).</param>
    /// <param name="directions">The K directions, 1 ≤ K ≤ <see cref="DirectionalJetParts{T}.MaxDirections"/>, each of the point's length and finite.</param>
    /// <returns>f(x), Vᵀ∇f and VᵀHV.</returns>
    /// <exception cref="ArgumentException">A bad point or direction, or K outside 1..MaxDirections.</exception>
    public static (T Value, T[] Gradient, T[,] Hessian) Projected<T>(IScalarFunction f, ReadOnlySpan<T> x, ReadOnlySpan<T[]> directions)
        where T : IFloatingPointIeee754<T>
    {
        DerivativeArguments.ValidatePoint(f, x);
        int k = directions.Length;
        if (k is < 1 or > DirectionalJetParts<T>.MaxDirections)
        {
            throw new ArgumentException(
                $"{k} directions; between 1 and {DirectionalJetParts<T>.MaxDirections} are carried in one evaluation.", nameof(directions));
        }

        for (int i = 0; i < k; i++)
        {
            if (directions[i] is null)
            {
                throw new ArgumentException($"Direction {i} is null.", nameof(directions));
            }

            DerivativeArguments.ValidateDirection(x, directions[i], nameof(directions));
        }

        int n = x.Length;
        var point = new ChainRuleNumber<T, DirectionalJetParts<T>>[n];
        Span<T> tangents = new T[k];
        for (int c = 0; c < n; c++)
        {
            for (int i = 0; i < k; i++)
            {
                tangents[i] = directions[i][c];
            }

            point[c] = new(x[c], DirectionalJetParts<T>.Seed(tangents));
        }

        ChainRuleNumber<T, DirectionalJetParts<T>> result = f.Evaluate<ChainRuleNumber<T, DirectionalJetParts<T>>>(point);
        DirectionalJetParts<T> parts = result.Parts;
        var gradient = new T[k];
        var hessian = new T[k, k];
        for (int i = 0; i < k; i++)
        {
            gradient[i] = parts.Tangent(i);
            for (int j = 0; j < k; j++)
            {
                hessian[i, j] = parts.Second(i, j);
            }
        }

        return (result.Value, gradient, hessian);
    }
}
