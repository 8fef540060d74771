using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// Nested dual numbers (higher derivatives), perturbation confusion, and aliasing.
/// </summary>
public sealed class NestingTests
{
    /// <summary>The derivative of f at x with a dual number: f(x + ε).ε.</summary>
    private static T D<T>(Func<Dual<T>, Dual<T>> f, T x)
        where T : IFloatingPointIeee754<T>
        => f(new Dual<T>(x, T.One)).Epsilon;

    /// <summary>The second derivative of f at x with a hyper-dual number: f(x + ε₁ + ε₂).ε₁ε₂.</summary>
    private static T D2<T>(Func<HyperDual<T>, HyperDual<T>> f, T x)
        where T : IFloatingPointIeee754<T>
        => f(new HyperDual<T>(x, T.One, T.One, T.Zero)).Epsilon12;

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(1.0, -4.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(-2.0, 7.0)]
    public void PerturbationConfusionIsAvoidedWithNestedDuals(double x0, double y0)
    {
        // d/dx [x · d/dy (x·y)] = d/dx [x · x] = 2x: 2 at x = 1, whatever y is. The inner derivative runs on
        // Dual<Dual<double>> (inner ε for y), the outer on Dual<double> (outer ε for x), and x enters the inner
        // function as a constant of the inner type, so the two perturbations are never mixed up.
        double result = D(x => x * D(y => new Dual<Dual<double>>(x) * y, new Dual<double>(y0)), x0);
        Assert.Equal(2 * x0, result, 1e-15);
    }

    [Fact]
    public void SiskindPearlmutterExampleGivesOne()
    {
        // d/dx [x · (d/dy (x + y))|y=1] at x = 1 is 1; confusing the perturbations gives 2.
        double result = D(x => x * D(y => new Dual<Dual<double>>(x) + y, Dual<double>.One), 1.0);
        Assert.Equal(1, result);
    }

    [Theory]
    [InlineData(1.0, 2.0)]
    [InlineData(-0.5, 3.0)]
    public void NestedHyperDualSecondDerivativesDoNotConfusePerturbations(double x0, double y0)
    {
        // d²/dx² [x · d²/dy² (x·y²)] = d²/dx² [x · 2x] = 4, and the mixed first-order version is 2x.
        double second = D2(x => x * D2(y => new HyperDual<HyperDual<double>>(x) * y * y, new HyperDual<double>(y0)), x0);
        Assert.Equal(4, second, 1e-14);

        HyperDual<double> outer = new(x0, 1, 1, 0);
        HyperDual<HyperDual<double>> y = new(new HyperDual<double>(y0), HyperDual<double>.One, HyperDual<double>.One, HyperDual<double>.Zero);
        HyperDual<double> inner = (new HyperDual<HyperDual<double>>(outer) * y).Epsilon1;
        Assert.Equal(2 * x0, (outer * inner).Epsilon1, 1e-15);
    }

    public static TheoryData<string, double, double> ThirdDerivatives() => new()
    {
        // name, x, f'''(x)
        { "Sin", 0.7, -Math.Cos(0.7) },
        { "Exp", 1.3, Math.Exp(1.3) },
        { "Log", 2.0, 2 / 8.0 },
        { "Atan", 0.5, ((6 * 0.25) - 2) / Math.Pow(1.25, 3) },
        { "Sqrt", 4.0, 3.0 / 8 * Math.Pow(4, -2.5) },
        { "Tanh", 0.3, -2 * (1 - (3 * Math.Tanh(0.3) * Math.Tanh(0.3))) / Math.Pow(Math.Cosh(0.3), 2) },
        { "Pow3", 1.7, 6 },
        { "Reciprocal", 2.0, -6 / 16.0 },
    };

    [Theory]
    [MemberData(nameof(ThirdDerivatives))]
    public void HyperDualOfDualGivesTheThirdDerivative(string name, double x, double third)
    {
        // The ε₁ε₂ part is f''; its inner tangent is f'''.
        var input = new HyperDual<Dual<double>>(new Dual<double>(x, 1), Dual<double>.One, Dual<double>.One, Dual<double>.Zero);
        HyperDual<Dual<double>> result = UnaryOracles.Apply(name, input);
        UnaryOracle oracle = UnaryOracles.Get(name);
        Assert.Equal(oracle.D2(x), result.Epsilon12.Value, 1e-13 * (1 + Math.Abs(oracle.D2(x))));
        Assert.Equal(third, result.Epsilon12.Epsilon, 1e-13 * (1 + Math.Abs(third)));
        Assert.Equal(oracle.D2(x), result.Epsilon1.Epsilon, 1e-13 * (1 + Math.Abs(oracle.D2(x))));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-1.1)]
    public void HyperDualOfHyperDualGivesTheFourthDerivative(double x)
    {
        var inner = new HyperDual<double>(x, 1, 1, 0);
        var input = new HyperDual<HyperDual<double>>(inner, HyperDual<double>.One, HyperDual<double>.One, HyperDual<double>.Zero);
        Assert.Equal(Math.Sin(x), HyperDual<HyperDual<double>>.Sin(input).Epsilon12.Epsilon12, 1e-14);
        Assert.Equal(Math.Exp(x), HyperDual<HyperDual<double>>.Exp(input).Epsilon12.Epsilon12, 1e-14);

        HyperDual<HyperDual<double>> x4 = input * input * input * input;
        Assert.Equal(24, x4.Epsilon12.Epsilon12, 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void NestedDualSecondDerivativeAgreesWithHyperDual(int seed)
    {
        // Two modes: Dual<Dual<double>> (forward-over-forward) and HyperDual<double> on the same random
        // expression give the same second directional derivative.
        var random = new Random(seed + 500);
        RandomExpression expression = RandomExpression.Create(random, 4);
        double px = (random.NextDouble() * 2) - 1;
        double py = (random.NextDouble() * 2) - 1;
        double ux = (random.NextDouble() * 2) - 1;
        double uy = (random.NextDouble() * 2) - 1;

        HyperDual<double> h = expression.Evaluate(new HyperDual<double>(px, ux, ux, 0), new HyperDual<double>(py, uy, uy, 0));
        Dual<Dual<double>> dd = expression.Evaluate(
            new Dual<Dual<double>>(new Dual<double>(px, ux), new Dual<double>(ux, 0)),
            new Dual<Dual<double>>(new Dual<double>(py, uy), new Dual<double>(uy, 0)));

        Assert.Equal(h.Value, dd.Value.Value, 1e-14 * (1 + Math.Abs(h.Value)));
        Assert.Equal(h.Epsilon1, dd.Epsilon.Value, 1e-13 * (1 + Math.Abs(h.Epsilon1)));
        Assert.Equal(h.Epsilon1, dd.Value.Epsilon, 1e-13 * (1 + Math.Abs(h.Epsilon1)));
        Assert.Equal(h.Epsilon12, dd.Epsilon.Epsilon, 1e-12 * (1 + Math.Abs(h.Epsilon12)));
    }

    [Fact]
    public void ConstantnessSeesInsideNestedParts()
    {
        // Comparisons look at values, but "is this part zero" for the non-smooth rules must not: an outer
        // part whose value is 0 but whose inner tangent is 1 still moves.
        var moving = new HyperDual<Dual<double>>(new Dual<double>(1), new Dual<double>(0, 1), Dual<double>.Zero, Dual<double>.Zero);
        Assert.True(moving.Epsilon1 == Dual<double>.Zero);
        Assert.False(moving.IsConstant);
        Assert.True(new HyperDual<Dual<double>>(new Dual<double>(1, 5)).IsConstant);
        Assert.False(new Dual<Dual<double>>(Dual<double>.One, new Dual<double>(0, 1)).IsConstant);

        // Pow with a "constant-looking" exponent that still moves inside takes the two-variable rule:
        // d/dt of 2^(3 + t) at t = 0 is 8 ln 2 in the inner part of ε₁.
        var exponent = new HyperDual<Dual<double>>(new Dual<double>(3), new Dual<double>(0, 1), Dual<double>.Zero, Dual<double>.Zero);
        HyperDual<Dual<double>> power = HyperDual<Dual<double>>.Pow(new HyperDual<Dual<double>>(new Dual<double>(2)), exponent);
        Assert.Equal(8 * Math.Log(2), power.Epsilon1.Epsilon, 1e-14);

        // Sqrt at 0: a part that is exactly zero stays 0; one that moves only inside does not.
        var still = new HyperDual<Dual<double>>(Dual<double>.Zero, Dual<double>.One, Dual<double>.Zero, Dual<double>.Zero);
        HyperDual<Dual<double>> root = HyperDual<Dual<double>>.Sqrt(still);
        Assert.Equal(Dual<double>.Zero, root.Epsilon2);
        Assert.Equal(double.PositiveInfinity, root.Epsilon1.Value);
        HyperDual<Dual<double>> innerMove = HyperDual<Dual<double>>.Sqrt(
            new HyperDual<Dual<double>>(Dual<double>.Zero, Dual<double>.Zero, new Dual<double>(0, 1), Dual<double>.Zero));
        Assert.Equal(double.PositiveInfinity, innerMove.Epsilon2.Epsilon);
    }

    [Fact]
    public void AliasingSelfMultiplyAssign()
    {
        // x *= x + x is x ← 2x²: at 3, value 18, first derivatives 4x = 12, second 4.
        var x = new HyperDual<double>(3, 1, 1, 0);
        x *= x + x;
        Assert.Equal(new HyperDual<double>(18, 12, 12, 4), x);

        var d = new Dual<double>(3, 1);
        d *= d + d;
        Assert.Equal(new Dual<double>(18, 12), d);
    }

    [Fact]
    public void AliasingOtherCompoundAssignments()
    {
        var x = new HyperDual<double>(3, 1, 2, 0.5);
        HyperDual<double> copy = x;
        x += x;
        Assert.Equal(new HyperDual<double>(6, 2, 4, 1), x);
        Assert.Equal(new HyperDual<double>(3, 1, 2, 0.5), copy);
        x /= x;
        Assert.Equal(new HyperDual<double>(1, 0, 0, 0), x);
        copy -= copy;
        Assert.Equal(HyperDual<double>.Zero, copy);
    }
}
