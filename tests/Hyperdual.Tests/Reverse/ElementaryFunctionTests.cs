using static Hyperdual.Tests.Reverse.ReverseAssert;

namespace Hyperdual.Tests.Reverse;

/// <summary>
/// Every elementary function's first derivative in reverse mode against forward mode (<see cref="Dual{T}"/>),
/// a hand-derived closed form and a central difference; and the documented choices at non-differentiable points.
/// </summary>
public sealed class ElementaryFunctionTests
{
    public static TheoryData<string> UnaryNames() => new(UnaryElementary.Names);

    public static TheoryData<string> BinaryNames() => new(BinaryElementary.Names);

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void UnaryDerivativeInReverseEqualsForwardAndTheClosedForm(string name)
    {
        var f = new UnaryElementary(name);
        foreach (double x in UnaryElementary.SamplePoints(name))
        {
            (double value, double[] reverse) = ReverseDerivatives.ValueAndGradient(f, [x]);
            double forward = Derivatives.Gradient(f, [x])[0];
            double closedForm = UnaryElementary.Derivative(name, x);
            // The value as computed by the forward number system (double's *Estimate functions are hardware
            // approximations, the dual and adjoint ones exact).
            ScalarClose(ExactValue(f, x), value, 1e-15, $"{name}({x}) value");
            ScalarClose(forward, reverse[0], 1e-14, $"{name}({x}) reverse vs forward");
            ScalarClose(closedForm, reverse[0], 1e-12, $"{name}({x}) reverse vs closed form");
        }
    }

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void UnaryClosedFormAgreesWithCentralDifferences(string name)
    {
        // The closed forms are themselves checked before they serve as a reference.
        var f = new UnaryElementary(name);
        foreach (double x in UnaryElementary.SamplePoints(name))
        {
            if (name is "bit-increment" or "bit-decrement")
            {
                continue; // value x ± 1 ulp: the difference quotient is 1 up to rounding of the ulp, not useful here.
            }

            double fd = CentralDifference(t => ExactValue(f, t), x);
            ScalarClose(UnaryElementary.Derivative(name, x), fd, 1e-6, $"{name}({x}) closed form vs central difference");
        }
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void BinaryPartialsInReverseEqualForwardTheClosedFormAndCentralDifferences(string name)
    {
        var f = new BinaryElementary(name);
        foreach ((double x, double y) in BinaryElementary.SamplePoints)
        {
            double[] reverse = ReverseDerivatives.Gradient(f, [x, y]);
            double[] forward = Derivatives.Gradient(f, [x, y]);
            (double dx, double dy) = BinaryElementary.Partials(name, x, y);
            VectorClose(forward, reverse, 1e-14, $"{name}({x}, {y}) reverse vs forward");
            VectorClose([dx, dy], reverse, 1e-12, $"{name}({x}, {y}) reverse vs closed form");
            double fdx = CentralDifference(t => f.Evaluate<double>([t, y]), x);
            double fdy = CentralDifference(t => f.Evaluate<double>([x, t]), y);
            VectorClose([dx, dy], [fdx, fdy], 1e-6, $"{name}({x}, {y}) closed form vs central difference");
        }
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void BinaryFunctionOfOneVariableTwiceEqualsForward(string name)
    {
        // f(x, x): both operands are the same node, so its partials are summed in the sweep.
        var f = new DiagonalBinary(name);
        foreach (double x in new[] { 0.7, 2.9 })
        {
            ScalarClose(Derivatives.Gradient(f, [x])[0], ReverseDerivatives.Gradient(f, [x])[0], 1e-14, $"{name}(x, x) at {x}");
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-0.0, -1.0)]
    public void AbsAtZeroTakesTheSlopeOfTheSignBitSide(double x, double slope)
    {
        var f = new UnaryElementary("abs");
        Assert.Equal(slope, ReverseDerivatives.Gradient(f, [x])[0]);
        Assert.Equal(slope, Derivatives.Gradient(f, [x])[0]);
    }

    [Theory]
    [InlineData("sqrt", double.PositiveInfinity)]
    [InlineData("cbrt", double.PositiveInfinity)]
    [InlineData("log", double.PositiveInfinity)]
    [InlineData("pow-2.5", 0.0)]
    [InlineData("hypot-2", 0.0)]
    [InlineData("round", 1.0)]
    public void SingularAndBoundaryPointsAgreeWithForward(string name, double expected)
    {
        var f = new UnaryElementary(name);
        double reverse = ReverseDerivatives.Gradient(f, [0.0])[0];
        Assert.Equal(expected, reverse);
        Assert.Equal(Derivatives.Gradient(f, [0.0])[0], reverse);
    }

    [Theory]
    [InlineData("log", -1.0)]
    [InlineData("sqrt", -1.0)]
    [InlineData("asin", 1.5)]
    [InlineData("acosh", 0.5)]
    [InlineData("atanh", -2.0)]
    public void OutsideTheDomainTheDerivativeIsNaNInBothModes(string name, double x)
    {
        var f = new UnaryElementary(name);
        Assert.True(double.IsNaN(ReverseDerivatives.Gradient(f, [x])[0]), $"{name}({x}) reverse");
        Assert.True(double.IsNaN(Derivatives.Gradient(f, [x])[0]), $"{name}({x}) forward");
    }

    [Theory]
    [InlineData(-1.0, 2.0)]
    [InlineData(3.0, 1.0)]
    [InlineData(3.0, -2.0)]
    public void LogarithmOutsideItsDomainIsNaNInEveryPartial(double x, double newBase)
    {
        var f = new BinaryElementary("log-base");
        Assert.All(ReverseDerivatives.Gradient(f, [x, newBase]), g => Assert.True(double.IsNaN(g)));
        Assert.All(Derivatives.Gradient(f, [x, newBase]), g => Assert.True(double.IsNaN(g)));
    }

    [Fact]
    public void TanhKeepsItsSlopeWhereOneMinusTanhSquaredRoundsToZero()
    {
        // At x = 20, tanh² rounds to 1 but the slope 1/cosh²(20) = 4/(e²⁰ + e⁻²⁰)² ≈ 1.7e−17 is representable.
        double expected = 4.0 / Math.Pow(Math.Exp(20.0) + Math.Exp(-20.0), 2);
        double reverse = ReverseDerivatives.Gradient(new UnaryElementary("tanh"), [20.0])[0];
        Assert.True(Math.Abs(reverse - expected) <= 1e-12 * expected, $"expected {expected}, got {reverse}");
    }

    [Fact]
    public void ZeroPartialThroughAnInfiniteSlopeGivesZeroAsInForward()
    {
        // sqrt(0·x) at x = 1: the slope of sqrt at 0 is +∞ but the inner partial is exactly 0.
        // Forward: the tangent of 0·x is 0, and a zero tangent stays zero. Reverse: 0 × ∞ contributes nothing.
        IScalarFunction f = new Composite(x => Adjoint<double>.Sqrt(x[0] * 0.0), x => Dual<double>.Sqrt(x[0] * 0.0));
        Assert.Equal(0.0, ReverseDerivatives.Gradient(f, [1.0])[0]);
        Assert.Equal(0.0, Derivatives.Gradient(f, [1.0])[0]);
    }

    [Fact]
    public void TiesOfSelectionFunctionsAverageThePartials()
    {
        // Max(x, y) at x = y: the midpoint of the one-sided derivatives, ½ each, as the forward ½(x.ε + y.ε).
        var max = new BinaryElementary("max");
        Assert.Equal([0.5, 0.5], ReverseDerivatives.Gradient(max, [1.5, 1.5]));
        Assert.Equal([0.5, 0.5], Derivatives.Gradient(max, [1.5, 1.5]));
        var min = new BinaryElementary("min-number");
        Assert.Equal([0.5, 0.5], ReverseDerivatives.Gradient(min, [-2.0, -2.0]));
        // Max(x, x): the two halves land on the same node.
        Assert.Equal(1.0, ReverseDerivatives.Gradient(new DiagonalBinary("max"), [0.25])[0]);
    }

    [Fact]
    public void Atan2AtTheOriginHasNoDerivativeInEitherMode()
    {
        var f = new BinaryElementary("atan2");
        double[] reverse = ReverseDerivatives.Gradient(f, [0.0, 0.0]);
        double[] forward = Derivatives.Gradient(f, [0.0, 0.0]);
        Assert.All(reverse, g => Assert.True(double.IsNaN(g)));
        Assert.All(forward, g => Assert.True(double.IsNaN(g)));
    }

    [Fact]
    public void HypotAtTheOriginRecordsTheLeastNormSubgradient()
    {
        // Documented difference: forward gives the one-sided slope hypot(x.ε, y.ε) = 1 per coordinate, which is
        // not linear in the direction; reverse records partials 0.
        var f = new BinaryElementary("hypot");
        Assert.Equal([0.0, 0.0], ReverseDerivatives.Gradient(f, [0.0, 0.0]));
        Assert.Equal([1.0, 1.0], Derivatives.Gradient(f, [0.0, 0.0]));
    }

    [Theory]
    [InlineData(0.0, 2.0, 0.0, 0.0)]   // 0^y, y > 0: ∂x = 2·0 = 0, ∂y = 0 (0^y ≡ 0 nearby)
    [InlineData(-2.0, 3.0, 12.0, double.NaN)] // x < 0: the power rule in x, NaN in y
    [InlineData(2.0, 0.0, 0.0, 0.69314718055994529)] // y = 0: ∂x = 0, ∂y = ln 2
    public void PowWithBothArgumentsVariableAgreesWithTheForwardGradient(double x, double y, double dx, double dy)
    {
        var f = new BinaryElementary("pow");
        double[] reverse = ReverseDerivatives.Gradient(f, [x, y]);
        double[] forward = Derivatives.Gradient(f, [x, y]);
        Assert.Equal(dx, reverse[0], 15);
        Assert.Equal(dy, reverse[1], 15);
        Assert.Equal(forward[0], reverse[0], 15);
        Assert.Equal(forward[1], reverse[1], 15);
    }

    [Fact]
    public void RoundingFunctionsAreConstants()
    {
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(2.4);
            Assert.True(Adjoint<double>.Round(x).IsConstant);
            Assert.True(Adjoint<double>.Floor(x).IsConstant);
            Assert.True(Adjoint<double>.Ceiling(x).IsConstant);
            Assert.True(Adjoint<double>.Truncate(x).IsConstant);
            Assert.Equal(2.0, Adjoint<double>.Round(x).Value);
        }
    }

    private static double ExactValue(IScalarFunction f, double x) => f.Evaluate<Dual<double>>([new Dual<double>(x)]).Value;

    /// <summary>f(x) = g(x, x) for a binary elementary g.</summary>
    private sealed class DiagonalBinary(string name) : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T> => BinaryElementary.Apply(name, x[0], x[0]);
    }
}
