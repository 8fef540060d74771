using System.Numerics;

namespace Hyperdual;

// Exponential, logarithmic, power and root functions of ChainRuleNumber<T, TParts>: each the rule of ElementaryRules<T>.
public readonly partial struct ChainRuleNumber<T, TParts>
{
    //
    // IExponentialFunctions
    //

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Exp(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Exp(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Exp10(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Exp10(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp10M1(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Exp10M1(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Exp10M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Exp2(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Exp2(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.Exp2M1(TSelf)"/>
    public static ChainRuleNumber<T, TParts> Exp2M1(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Exp2M1(x.Value));

    /// <inheritdoc cref="IExponentialFunctions{TSelf}.ExpM1(TSelf)"/>
    public static ChainRuleNumber<T, TParts> ExpM1(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.ExpM1(x.Value));

    //
    // ILogarithmicFunctions
    //

    /// <inheritdoc cref="HyperDual{T}.Log(HyperDual{T})"/>
    public static ChainRuleNumber<T, TParts> Log(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Log(x.Value));

    /// <inheritdoc cref="HyperDual{T}.Log(HyperDual{T}, HyperDual{T})"/>
    public static ChainRuleNumber<T, TParts> Log(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> newBase)
    {
        T value = T.Log(x.Value, newBase.Value);
        if (T.IsNaN(value))
        {
            // Case 1: outside the domain.
            return NoDerivative(x, newBase, T.NaN);
        }

        if (newBase.IsConstant)
        {
            // Case 2.
            return Apply(x, ElementaryRules<T>.Logarithm(x.Value, value, T.Log(newBase.Value)));
        }

        // Case 3.
        return WithValue(Log(x) / Log(newBase), value);
    }

    /// <inheritdoc cref="HyperDual{T}.Log10"/>
    public static ChainRuleNumber<T, TParts> Log10(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Log10(x.Value));

    /// <inheritdoc cref="HyperDual{T}.Log10P1"/>
    public static ChainRuleNumber<T, TParts> Log10P1(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Log10P1(x.Value));

    /// <inheritdoc cref="HyperDual{T}.Log2"/>
    public static ChainRuleNumber<T, TParts> Log2(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Log2(x.Value));

    /// <inheritdoc cref="HyperDual{T}.Log2P1"/>
    public static ChainRuleNumber<T, TParts> Log2P1(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Log2P1(x.Value));

    /// <inheritdoc cref="HyperDual{T}.LogP1"/>
    public static ChainRuleNumber<T, TParts> LogP1(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.LogP1(x.Value));

    //
    // IPowerFunctions
    //

    /// <inheritdoc cref="HyperDual{T}.Pow(HyperDual{T}, HyperDual{T})"/>
    public static ChainRuleNumber<T, TParts> Pow(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y)
    {
        T a = x.Value;
        T p = y.Value;
        T f = T.Pow(a, p);
        return ElementaryRules<T>.PowerCaseOf(a, p, x.IsConstant, y.IsConstant) switch
        {
            PowerCase.ConstantExponent => Apply(x, ElementaryRules<T>.Power(a, p, f)),
            PowerCase.ExponentOnPositiveBase => Apply(y, ElementaryRules<T>.ExponentOnConstantBase(T.Log(a), f)),
            PowerCase.ZeroBase => new(f),
            PowerCase.UndefinedInExponent => UndefinedDirection(y, f),
            PowerCase.BothVary => Apply(x, y, ElementaryRules<T>.PowerOfBoth(a, p, f)),
            _ => NoDerivative(x, y, f),
        };
    }

    /// <inheritdoc cref="HyperDual{T}.Pow(HyperDual{T}, T)"/>
    public static ChainRuleNumber<T, TParts> Pow(ChainRuleNumber<T, TParts> x, T y) => Apply(x, ElementaryRules<T>.Power(x.Value, y, T.Pow(x.Value, y)));

    //
    // IRootFunctions
    //

    /// <inheritdoc cref="HyperDual{T}.Cbrt"/>
    public static ChainRuleNumber<T, TParts> Cbrt(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Cbrt(x.Value));

    /// <summary>The Euclidean norm of (x, y), <c>√(x² + y²)</c>.</summary>
    /// <param name="x">The first coordinate.</param>
    /// <param name="y">The second coordinate.</param>
    /// <returns>hypot(x, y) with its derivative parts.</returns>
    /// <remarks>
    /// <list type="number">
    /// <item>(x, y) ≠ (0, 0): the rule <see cref="ElementaryRules{T}.Hypot"/>.</item>
    /// <item>x = y = 0 (a cone point): the one-sided derivative <c>hypot(xᵢ, yᵢ)</c> is not a chain rule, so
    /// the parts are an undefined direction: NaN where either argument's parts are non-zero, 0 where both are
    /// (<see cref="HyperDual{T}.Hypot"/> gives the one-sided derivatives there).</item>
    /// </list>
    /// </remarks>
    public static ChainRuleNumber<T, TParts> Hypot(ChainRuleNumber<T, TParts> x, ChainRuleNumber<T, TParts> y)
    {
        T h = T.Hypot(x.Value, y.Value);
        if (T.IsZero(h))
        {
            // Case 2: the cone point.
            return UndefinedDirection(x, y, h);
        }

        // Case 1.
        return Apply(x, y, ElementaryRules<T>.Hypot(x.Value, y.Value, h));
    }

    /// <inheritdoc cref="HyperDual{T}.RootN"/>
    public static ChainRuleNumber<T, TParts> RootN(ChainRuleNumber<T, TParts> x, int n) => n == 1 ? x : Apply(x, ElementaryRules<T>.RootN(x.Value, n));

    /// <inheritdoc cref="HyperDual{T}.Sqrt"/>
    public static ChainRuleNumber<T, TParts> Sqrt(ChainRuleNumber<T, TParts> x) => Apply(x, ElementaryRules<T>.Sqrt(x.Value));
}
